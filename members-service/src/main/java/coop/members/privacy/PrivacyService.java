package coop.members.privacy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import coop.members.MembersProperties;
import coop.members.cooperative.CooperativeService;
import coop.members.retention.RetentionReports;
import coop.platform.contracts.privacy.RetentionApplied;
import coop.platform.contracts.privacy.RetentionKind;
import coop.members.people.PeopleService;
import coop.members.people.Person;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.contracts.members.ErasureScheduled;
import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.PrivacyArchiveReady;
import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.privacy.PrivacyAnswered;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.platform.web.security.CurrentUser;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Runs every GDPR request. An export is told to every service at once; an erasure
 * suspends the account at once and is told to every service when its grace period ends
 * ({@link #runDue}). Each service answers with {@link PrivacyAnswered}; when all have,
 * the export's archive is built (one JSON file per service and a summary in French) and
 * its link e-mailed, or the erasure is recorded as done and the person's identity removed
 * from the request. A service that is down makes the request wait: it completes when the
 * service answers.
 */
@Service
public class PrivacyService {

	static final ProblemType ERASURE_PENDING = ProblemType.of("erasure-pending", HttpStatus.CONFLICT,
			"Effacement en cours");

	static final ProblemType NOT_UNDOABLE = ProblemType.of("erasure-not-undoable", HttpStatus.CONFLICT,
			"Effacement impossible à annuler");

	static final ProblemType INVALID_LINK = ProblemType.of("invalid-link", HttpStatus.NOT_FOUND, "Lien invalide");

	static final String PARTS = "privacy_parts";

	private static final Logger log = LoggerFactory.getLogger(PrivacyService.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final List<PrivacyRequest.RequestStatus> OPEN = List.of(PrivacyRequest.RequestStatus.SCHEDULED,
			PrivacyRequest.RequestStatus.WAITING);

	private final PrivacyRequests requests;

	private final PeopleService people;

	private final MongoTemplate mongo;

	private final GridFSBucket files;

	private final PrivacyProperties properties;

	private final MembersProperties members;

	private final Clock clock;

	private final CooperativeService cooperative;

	private final RetentionReports reports;

	PrivacyService(PrivacyRequests requests, PeopleService people, MongoTemplate mongo, GridFSBucket files,
			PrivacyProperties properties, MembersProperties members, Clock clock, CooperativeService cooperative,
			RetentionReports reports) {
		this.cooperative = cooperative;
		this.reports = reports;
		this.requests = requests;
		this.people = people;
		this.mongo = mongo;
		this.files = files;
		this.properties = properties;
		this.members = members;
		this.clock = clock;
	}

	/** Staff ask for the export or the erasure of a person (with an account or not). */
	PrivacyRequest askAsStaff(CurrentUser staff, PrivacyRequested.Kind kind, String email) {
		Optional<Person> person = this.people.findByEmail(email);
		if (person.isPresent() && !this.people.manages(staff, person.get())) {
			throw ProblemException.notFound("Cette personne n'existe pas.");
		}
		return ask(kind, person.map(PrivacyService::member).orElse(new Member(null, null, null, email)),
				person.map(Person::antenna).orElse(null), PrivacyRequest.RequestChannel.STAFF, staff.subject());
	}

	/** A logged-in person asks for their own data or its erasure. */
	PrivacyRequest askForMyself(CurrentUser user, PrivacyRequested.Kind kind) {
		Person person = this.people.findBySubject(user.subject())
			.orElseThrow(() -> ProblemException.notFound("Votre fiche n'existe pas encore : l'équipe la crée."));
		return ask(kind, member(person), person.antenna(), PrivacyRequest.RequestChannel.SELF, user.subject());
	}

	/**
	 * A person asked through an e-mail's signed link, checked by notification-service.
	 */
	void askedByEmailLink(String email, PrivacyRequested.Kind kind) {
		if (kind == null || email == null || email.isBlank()) {
			return;
		}
		Optional<Person> person = this.people.findByEmail(email);
		try {
			ask(kind, person.map(PrivacyService::member).orElse(new Member(null, null, null, email)),
					person.map(Person::antenna).orElse(null), PrivacyRequest.RequestChannel.EMAIL_LINK, null);
		}
		catch (ProblemException refused) {
			// an export during a pending erasure: nothing to do, the erasure goes on
			log.info("Privacy request through an e-mail link refused: {}", refused.getMessage());
		}
	}

	/**
	 * One open request per person and kind: asked again, the same request answers. An
	 * export while an erasure is pending is refused; an erasure while an export runs is
	 * accepted (the export, asked first, completes during the grace period; one still
	 * waiting when the erasure runs is cancelled and its archive deleted).
	 */
	PrivacyRequest ask(PrivacyRequested.Kind kind, Member person, String antenna, PrivacyRequest.RequestChannel channel,
			String askedBy) {
		String email = person.email().trim().toLowerCase(Locale.ROOT);
		List<PrivacyRequest> open = this.requests.findByEmailAndStatusIn(email, OPEN);
		Optional<PrivacyRequest> same = open.stream().filter((r) -> r.kind() == kind).findFirst();
		if (same.isPresent()) {
			return same.get();
		}
		if (kind == PrivacyRequested.Kind.EXPORT
				&& open.stream().anyMatch((r) -> r.kind() == PrivacyRequested.Kind.ERASURE)) {
			throw new ProblemException(ERASURE_PENDING,
					"L'effacement de ces données est déjà demandé : elles ne peuvent plus être exportées. "
							+ "L'équipe peut annuler l'effacement avant sa date.");
		}
		Instant now = this.clock.instant();
		PrivacyRequest request = new PrivacyRequest(kind, person, antenna, channel, askedBy, this.properties.services(),
				now);
		if (kind == PrivacyRequested.Kind.ERASURE) {
			Instant dueAt = now.plus(this.properties.erasureGrace());
			request.schedule(dueAt, false);
			request.record(new ErasureScheduled(java.util.UUID.fromString(request.id()), person, dueAt), now);
		}
		else {
			request.publish(now);
		}
		try {
			request = this.requests.save(request);
		}
		catch (DuplicateKeyException twice) {
			// asked at the same moment by another call: that one is the request
			return this.requests.findByEmailAndStatusIn(email, OPEN)
				.stream()
				.filter((r) -> r.kind() == kind)
				.findFirst()
				.orElseThrow(() -> twice);
		}
		if (kind == PrivacyRequested.Kind.ERASURE && person.subject() != null) {
			boolean suspended = this.people.findBySubject(person.subject())
				.map(this.people::suspendForErasure)
				.orElse(false);
			if (suspended) {
				request.schedule(request.dueAt(), true);
				request = this.requests.save(request);
			}
		}
		return request;
	}

	/**
	 * Staff undo an erasure before its date: nothing was erased; the account works again.
	 */
	PrivacyRequest undo(CurrentUser staff, String id) {
		PrivacyRequest request = visible(staff, id);
		if (request.kind() != PrivacyRequested.Kind.ERASURE
				|| request.status() != PrivacyRequest.RequestStatus.SCHEDULED) {
			throw new ProblemException(NOT_UNDOABLE, "Seul un effacement qui n'a pas encore eu lieu peut être annulé.");
		}
		request.cancel(this.clock.instant());
		PrivacyRequest saved = this.requests.save(request);
		if (saved.accountSuspended() && saved.subject() != null) {
			this.people.restoreAfterUndo(saved.subject());
		}
		return saved;
	}

	List<PrivacyRequest> list(CurrentUser staff) {
		boolean everyone = staff.managesEveryAntenna(this.members.headOfficeAntenna());
		return this.requests.findTop200ByOrderByRequestedAtDesc()
			.stream()
			.filter((r) -> everyone
					|| (r.antenna() != null && staff.managesAntenna(r.antenna(), this.members.headOfficeAntenna())))
			.toList();
	}

	List<PrivacyRequest> mine(CurrentUser user) {
		return this.requests.findBySubjectOrderByRequestedAtDesc(user.subject());
	}

	PrivacyRequest visible(CurrentUser staff, String id) {
		return this.requests.findById(id)
			.filter((r) -> staff.managesEveryAntenna(this.members.headOfficeAntenna())
					|| (r.antenna() != null && staff.managesAntenna(r.antenna(), this.members.headOfficeAntenna())))
			.orElseThrow(() -> ProblemException.notFound("Cette demande n'existe pas."));
	}

	/**
	 * A service's answer. Recorded once per service (a repeated answer replaces the same
	 * entry); the request completes when the last expected service has answered.
	 */
	void answered(PrivacyAnswered answer) {
		answered(answer, List.of());
	}

	void answered(PrivacyAnswered answer, List<IntegrationEvent> alongside) {
		if (answer.requestId() == null || answer.service() == null) {
			return;
		}
		Optional<PrivacyRequest> found = this.requests.findById(answer.requestId().toString());
		if (found.isEmpty() || found.get().status() != PrivacyRequest.RequestStatus.WAITING) {
			return; // done, or cancelled by an erasure: a late answer changes nothing
		}
		PrivacyRequest request = found.get();
		if (request.kind() == PrivacyRequested.Kind.EXPORT) {
			String json = coop.platform.contracts.ContractJson.mapper()
				.writeValueAsString((answer.part() != null) ? answer.part() : Map.of());
			this.mongo.upsert(Query.query(Criteria.where("_id").is(request.id() + ":" + answer.service())),
					new Update().set("requestId", request.id()).set("service", answer.service()).set("json", json),
					PARTS);
		}
		Instant now = this.clock.instant();
		request.answer(answer.service(),
				new PrivacyRequest.Answer((answer.answeredAt() != null) ? answer.answeredAt() : now, answer.summary(),
						answer.deleted(), answer.anonymised()));
		alongside.forEach((event) -> request.record(event, now));
		PrivacyRequest saved = this.requests.save(request);
		if (saved.fullyAnswered()) {
			complete(saved);
		}
	}

	/**
	 * Erasures whose grace period ended are told to every service (each claimed by one
	 * single-document write guarded by its version: two runs at once publish it once);
	 * requests every service answered but not completed are completed; expired archives
	 * are deleted.
	 * @return how many erasures were started
	 */
	int runDue(Instant now) {
		int started = 0;
		for (PrivacyRequest due : this.requests
			.findByStatusAndDueAtLessThanEqual(PrivacyRequest.RequestStatus.SCHEDULED, now)) {
			due.publish(now);
			try {
				this.requests.save(due);
			}
			catch (OptimisticLockingFailureException claimedElsewhere) {
				continue;
			}
			started++;
			forgetEarlierRequests(due, now);
		}
		for (PrivacyRequest waiting : this.requests.findByStatus(PrivacyRequest.RequestStatus.WAITING)) {
			if (waiting.fullyAnswered()) {
				complete(waiting);
			}
		}
		int archives = 0;
		for (PrivacyRequest expired : this.requests.findByArchiveExpiresAtLessThanEqualAndArchiveIdNotNull(now)) {
			archives += deleteArchive(expired) ? 1 : 0;
		}
		if (archives > 0) {
			// the retention report: the archives' lifetime is staff's period
			this.reports.record(new RetentionApplied(java.util.UUID.randomUUID(), "members-service", now,
					java.util.List.of(new RetentionApplied.Removed(RetentionKind.EXPORT_ARCHIVES, archives, now))));
		}
		return started;
	}

	/**
	 * An erasure starts: that person's exports still waiting stop, their archives go, and
	 * every earlier request (an undone erasure, a finished export) forgets them.
	 */
	private void forgetEarlierRequests(PrivacyRequest erasure, Instant now) {
		for (PrivacyRequest earlier : this.requests.findByEmail(erasure.email())) {
			if (earlier.id().equals(erasure.id()) || earlier.status() == PrivacyRequest.RequestStatus.SCHEDULED) {
				continue;
			}
			if (earlier.status() == PrivacyRequest.RequestStatus.WAITING) {
				if (earlier.kind() != PrivacyRequested.Kind.EXPORT) {
					continue;
				}
				earlier.cancel(now);
			}
			String archive = earlier.archiveId();
			earlier.forgetPerson();
			try {
				this.requests.save(earlier);
			}
			catch (OptimisticLockingFailureException changed) {
				continue; // the next run takes it again
			}
			this.mongo.remove(Query.query(Criteria.where("requestId").is(earlier.id())), PARTS);
			if (archive != null) {
				deleteFile(archive);
			}
		}
	}

	private void complete(PrivacyRequest request) {
		Instant now = this.clock.instant();
		if (request.kind() == PrivacyRequested.Kind.ERASURE) {
			request.done(now);
			request.forgetPerson();
			try {
				this.requests.save(request);
			}
			catch (OptimisticLockingFailureException completedElsewhere) {
				// another instance completed it
			}
			return;
		}
		byte[] zip = new Archives().build(request, parts(request), now);
		ObjectId fileId = this.files.uploadFromStream("donnees-personnelles.zip", new ByteArrayInputStream(zip),
				new GridFSUploadOptions()
					.metadata(new Document("privacyRequest", request.id()).append("contentType", "application/zip")));
		String token = token();
		// staff's retention period of export archives (the cooperative's settings)
		Instant expiresAt = now
			.plus(java.time.Duration.ofDays(this.cooperative.current().retention().exportArchives()));
		request.archived(fileId.toHexString(), digest(token), expiresAt, now);
		request.record(new PrivacyArchiveReady(java.util.UUID.fromString(request.id()), request.person(),
				this.members.publicUrl() + "/api/members/public/privacy/archives/" + token, expiresAt), now);
		try {
			this.requests.save(request);
		}
		catch (OptimisticLockingFailureException completedElsewhere) {
			deleteFile(fileId.toHexString());
			return;
		}
		this.mongo.remove(Query.query(Criteria.where("requestId").is(request.id())), PARTS);
	}

	private Map<String, String> parts(PrivacyRequest request) {
		Map<String, String> parts = new LinkedHashMap<>();
		for (Document part : this.mongo.find(Query.query(Criteria.where("requestId").is(request.id())), Document.class,
				PARTS)) {
			parts.put(part.getString("service"), part.getString("json"));
		}
		return parts;
	}

	/** The archive of a signed link; a forged, altered or expired link finds nothing. */
	Archive archive(String token) {
		Instant now = this.clock.instant();
		return Optional.ofNullable(token)
			.filter((t) -> t.length() >= 20 && t.length() <= 100)
			.flatMap((t) -> this.requests.findByTokenDigest(digest(t)))
			.filter((r) -> r.archiveId() != null && r.archiveExpiresAt() != null && r.archiveExpiresAt().isAfter(now))
			.map((r) -> new Archive(r.archiveId(), this.files))
			.orElseThrow(() -> new ProblemException(INVALID_LINK,
					"Ce lien n'est pas valide ou a expiré. Demandez à nouveau vos données si besoin."));
	}

	/** Deletes an expired archive; false when another run did. */
	private boolean deleteArchive(PrivacyRequest request) {
		String archive = request.archiveId();
		request.forgetPerson();
		try {
			this.requests.save(request);
		}
		catch (OptimisticLockingFailureException changed) {
			return false;
		}
		deleteFile(archive);
		return true;
	}

	private void deleteFile(String id) {
		try {
			this.files.delete(new ObjectId(id));
		}
		catch (com.mongodb.MongoGridFSException gone) {
			// already deleted
		}
	}

	record Archive(String id, GridFSBucket files) {

		java.io.InputStream open() {
			return this.files.openDownloadStream(new ObjectId(this.id));
		}

	}

	static Member member(Person person) {
		return new Member(person.subject(), person.firstName(), person.lastName(), person.email());
	}

	private static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String digest(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
