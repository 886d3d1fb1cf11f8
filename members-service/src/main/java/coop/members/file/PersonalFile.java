package coop.members.file;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import coop.platform.contracts.IntegrationEvent;
import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An entrepreneur's personal file, one per Keycloak subject. Every change appends a line
 * to its history and the message telling other services of it, saved together in one
 * single-document write.
 */
@Document("personal_files")
public class PersonalFile implements HasOutbox {

	/** More objectives than this is a plan, not an agreement. */
	static final int MAX_OBJECTIVES = 20;

	/** Documents a file holds at most: beyond, older ones are to be removed first. */
	static final int MAX_DOCUMENTS = 100;

	/** The oldest lines of the history go beyond this many. */
	static final int MAX_HISTORY = 1000;

	@Id
	private String subject;

	private String activity;

	private String analyticalCode;

	private Contact contact;

	private ContactProposal contactProposal;

	private Agreement agreement = Agreement.NONE;

	private List<Objective> objectives = new ArrayList<>();

	private List<ReachedMilestone> milestones = new ArrayList<>();

	private List<SharedDocument> documents = new ArrayList<>();

	private List<Change> history = new ArrayList<>();

	private Instant changedAt;

	@Version
	private Long version;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected PersonalFile() {
	}

	PersonalFile(String subject) {
		this.subject = subject;
	}

	void activity(String activity) {
		this.activity = activity;
	}

	void analyticalCode(String code) {
		this.analyticalCode = code;
	}

	void contact(Contact contact) {
		this.contact = contact;
	}

	void propose(Contact proposed, Instant at) {
		this.contactProposal = new ContactProposal(proposed, at);
	}

	void closeProposal() {
		this.contactProposal = null;
	}

	void agreement(Agreement agreement) {
		this.agreement = agreement;
	}

	Objective addObjective(String label, ObjectiveKind kind, BigDecimal targetAmount, ObjectiveStatus status,
			LocalDate dueOn) {
		Objective objective = new Objective(UUID.randomUUID().toString(), label, kind, targetAmount, status, dueOn);
		this.objectives.add(objective);
		return objective;
	}

	void replaceObjective(Objective objective) {
		this.objectives.replaceAll((o) -> o.id().equals(objective.id()) ? objective : o);
	}

	void removeObjective(String id) {
		this.objectives.removeIf((o) -> o.id().equals(id));
	}

	Optional<Objective> objective(String id) {
		return this.objectives.stream().filter((o) -> o.id().equals(id)).findFirst();
	}

	void reach(Milestone milestone, LocalDate on) {
		this.milestones.removeIf((m) -> m.milestone() == milestone);
		this.milestones.add(new ReachedMilestone(milestone, on));
		this.milestones.sort(Comparator.comparing(ReachedMilestone::milestone));
	}

	boolean unreach(Milestone milestone) {
		return this.milestones.removeIf((m) -> m.milestone() == milestone);
	}

	Optional<ReachedMilestone> reached(Milestone milestone) {
		return this.milestones.stream().filter((m) -> m.milestone() == milestone).findFirst();
	}

	void addDocument(SharedDocument document) {
		if (this.documents == null) {
			this.documents = new ArrayList<>();
		}
		this.documents.add(document);
	}

	boolean removeDocument(String id) {
		return this.documents != null && this.documents.removeIf((d) -> d.id().equals(id));
	}

	Optional<SharedDocument> document(String id) {
		return documents().stream().filter((d) -> d.id().equals(id)).findFirst();
	}

	/** Records who changed what, and the message for the other services. */
	void changed(Change change, IntegrationEvent message) {
		this.history.add(change);
		if (this.history.size() > MAX_HISTORY) {
			this.history.subList(0, this.history.size() - MAX_HISTORY).clear();
		}
		this.changedAt = change.at();
		if (message != null) {
			this.outbox.add(OutboxEntry.of(message, change.at()));
		}
	}

	@Override
	public List<OutboxEntry> outbox() {
		return this.outbox;
	}

	public String subject() {
		return this.subject;
	}

	public String activity() {
		return this.activity;
	}

	public String analyticalCode() {
		return this.analyticalCode;
	}

	public Contact contact() {
		return this.contact;
	}

	public ContactProposal contactProposal() {
		return this.contactProposal;
	}

	public Agreement agreement() {
		return (this.agreement != null) ? this.agreement : Agreement.NONE;
	}

	public List<Objective> objectives() {
		return List.copyOf(this.objectives);
	}

	public List<ReachedMilestone> milestones() {
		return List.copyOf(this.milestones);
	}

	/** The documents exchanged with the coach, oldest first. */
	public List<SharedDocument> documents() {
		return (this.documents != null) ? List.copyOf(this.documents) : List.of();
	}

	public List<Change> history() {
		return List.copyOf(this.history);
	}

	public Instant changedAt() {
		return this.changedAt;
	}

	/** How to reach the entrepreneur besides their e-mail (the login's). */
	public record Contact(@Nullable String phone, @Nullable String street, @Nullable String postalCode,
			@Nullable String town) {
	}

	/**
	 * New contact details the entrepreneur proposed, waiting for their coach or staff.
	 */
	public record ContactProposal(Contact proposed, Instant proposedAt) {
	}

	/**
	 * The accompaniment agreement: the CAPE (contrat d'appui au projet d'entreprise),
	 * then the CESA (contrat d'entrepreneur salarié associé).
	 */
	public record Agreement(@Nullable LocalDate capeStartsOn, @Nullable LocalDate capeEndsOn,
			@Nullable LocalDate cesaStartsOn) {

		static final Agreement NONE = new Agreement(null, null, null);

	}

	/**
	 * @param targetAmount euros, for a revenue objective
	 * @param status for another objective
	 */
	public record Objective(String id, String label, ObjectiveKind kind, BigDecimal targetAmount,
			ObjectiveStatus status, LocalDate dueOn) {
	}

	public record ReachedMilestone(Milestone milestone, LocalDate reachedOn) {
	}

	/**
	 * A document put in the file, its bytes in GridFS ({@code platform-files}).
	 *
	 * @param id the GridFS file's id
	 * @param name its name as stored (the extension of its real type)
	 * @param sharedByRole how the one who shared it relates to the file
	 */
	public record SharedDocument(String id, String name, String mediaType, long size, Instant sharedAt,
			String sharedBySubject, String sharedByName, String sharedByRole) {
	}

	/** A line of the history: who did what, in French. */
	public record Change(Instant at, @Nullable String actorSubject, String actorName, String summary) {
	}

}
