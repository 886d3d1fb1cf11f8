package coop.members.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import coop.platform.contracts.IntegrationEvent;
import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One GDPR request and its progress: who it is about, who asked, which services answered.
 * Once an erasure is done (or an export's archive has expired) the person's address and
 * names are removed from it: what stays is the audit (dates, services, counts).
 * <p>
 * {@code openKey} is the address and kind while the request is open (then its own id):
 * its unique index makes a request asked twice at once one request.
 */
@Document("privacy_requests")
class PrivacyRequest implements HasOutbox {

	enum RequestStatus {

		/** An erasure waiting for the end of its grace period. */
		SCHEDULED,
		/** Told to every service; waiting for their answers. */
		WAITING,
		/** Every service answered: archive built, or erasure done. */
		DONE,
		/**
		 * Staff undid an erasure in its grace period, or an erasure overtook an export.
		 */
		CANCELLED

	}

	enum RequestChannel {

		STAFF, SELF, EMAIL_LINK

	}

	record Answer(Instant answeredAt, String summary, int deleted, int anonymised) {
	}

	@Id
	private String id;

	private PrivacyRequested.Kind kind;

	@Indexed
	private String email;

	@Indexed
	private String subject;

	private String firstName;

	private String lastName;

	private String antenna;

	private RequestChannel channel;

	private String askedBy;

	@Indexed
	private RequestStatus status;

	@Indexed(unique = true)
	private String openKey;

	private Instant requestedAt;

	private Instant dueAt;

	private Instant publishedAt;

	private Instant completedAt;

	private boolean accountSuspended;

	private List<String> expected = new ArrayList<>();

	private Map<String, Answer> answers = new LinkedHashMap<>();

	private String archiveId;

	private Instant archiveExpiresAt;

	@Indexed(sparse = true)
	private String tokenDigest;

	@Version
	private Long version;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected PrivacyRequest() {
	}

	PrivacyRequest(PrivacyRequested.Kind kind, Member person, String antenna, RequestChannel channel, String askedBy,
			List<String> expected, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.kind = kind;
		this.email = person.email().trim().toLowerCase(Locale.ROOT);
		this.subject = person.subject();
		this.firstName = person.firstName();
		this.lastName = person.lastName();
		this.antenna = antenna;
		this.channel = channel;
		this.askedBy = askedBy;
		this.expected = new ArrayList<>(expected);
		this.requestedAt = now;
		this.openKey = this.email + ":" + kind;
	}

	void schedule(Instant dueAt, boolean accountSuspended) {
		this.status = RequestStatus.SCHEDULED;
		this.dueAt = dueAt;
		this.accountSuspended = accountSuspended;
	}

	void publish(Instant now) {
		this.status = RequestStatus.WAITING;
		this.publishedAt = now;
		this.outbox.add(OutboxEntry
			.of(new PrivacyRequested(UUID.fromString(this.id), this.kind, person(), this.requestedAt), now));
	}

	void answer(String service, Answer answer) {
		this.answers.put(service, answer);
	}

	boolean fullyAnswered() {
		return this.answers.keySet().containsAll(this.expected);
	}

	List<String> waitingFor() {
		return this.expected.stream().filter((service) -> !this.answers.containsKey(service)).toList();
	}

	void archived(String archiveId, String tokenDigest, Instant expiresAt, Instant now) {
		this.archiveId = archiveId;
		this.tokenDigest = tokenDigest;
		this.archiveExpiresAt = expiresAt;
		done(now);
	}

	void done(Instant now) {
		this.status = RequestStatus.DONE;
		this.completedAt = now;
		this.openKey = "closed:" + this.id;
	}

	void cancel(Instant now) {
		this.status = RequestStatus.CANCELLED;
		this.completedAt = now;
		this.openKey = "closed:" + this.id;
	}

	/** Removes the archive's trace and the person's identity: only the audit stays. */
	void forgetPerson() {
		this.email = null;
		this.subject = null;
		this.firstName = null;
		this.lastName = null;
		this.archiveId = null;
		this.tokenDigest = null;
		if (this.channel != RequestChannel.STAFF) {
			this.askedBy = null; // the person's own subject
		}
	}

	void record(IntegrationEvent event, Instant now) {
		this.outbox.add(OutboxEntry.of(event, now));
	}

	Member person() {
		return new Member(this.subject, this.firstName, this.lastName, this.email);
	}

	@Override
	public List<OutboxEntry> outbox() {
		return this.outbox;
	}

	String id() {
		return this.id;
	}

	PrivacyRequested.Kind kind() {
		return this.kind;
	}

	String email() {
		return this.email;
	}

	String subject() {
		return this.subject;
	}

	String firstName() {
		return this.firstName;
	}

	String lastName() {
		return this.lastName;
	}

	String antenna() {
		return this.antenna;
	}

	RequestChannel channel() {
		return this.channel;
	}

	RequestStatus status() {
		return this.status;
	}

	Instant requestedAt() {
		return this.requestedAt;
	}

	Instant dueAt() {
		return this.dueAt;
	}

	Instant completedAt() {
		return this.completedAt;
	}

	boolean accountSuspended() {
		return this.accountSuspended;
	}

	List<String> expected() {
		return this.expected;
	}

	Map<String, Answer> answers() {
		return this.answers;
	}

	String archiveId() {
		return this.archiveId;
	}

	Instant archiveExpiresAt() {
		return this.archiveExpiresAt;
	}

}
