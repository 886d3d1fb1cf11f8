package coop.platform.moderation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The moderation of one content, embedded in the document that holds it (a resource, a
 * showcase). Immutable: each step returns the next value and appends to the audit trail,
 * so the holder saves both with its content in one single-document write.
 * <p>
 * The holder keeps two copies of its content: the <em>live</em> one (shown to everyone
 * the visibility allows, version {@link #publishedVersion()}) and the <em>working</em>
 * one (version {@link #version()}). While a newer version is written or waits for review
 * the live version stays published; validating copies the working content over the live
 * one.
 * <p>
 * Rules: a step must follow from the state; nobody validates or rejects a version they
 * created, edited or own; a rejection and a withdrawal need a reason. Who may take which
 * step (roles, coach of the owner…) is the holding service's decision.
 *
 * @param state where the working version stands
 * @param version the working version, from 1
 * @param owner subject of the person the content belongs to
 * @param versionAuthors subjects who created or changed the working version
 * @param publishedVersion the live version, or {@code null} when none was ever validated
 * @param publishedAt when the live version was validated
 * @param reason why the last rejection or withdrawal happened (shown to the author)
 * @param reviewBy the date a reviewer wants to look at it again, or {@code null}
 * @param audit every step, oldest first
 */
public record Moderation(ModerationState state, int version, String owner, List<String> versionAuthors,
		Integer publishedVersion, Instant publishedAt, String reason, LocalDate reviewBy, List<ModerationEntry> audit) {

	/** Longest reason kept, in characters. */
	public static final int MAX_REASON = 2000;

	public Moderation {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(owner, "owner");
		versionAuthors = (versionAuthors != null) ? List.copyOf(versionAuthors) : List.of();
		audit = (audit != null) ? List.copyOf(audit) : List.of();
	}

	/** A new draft, version 1, owned by its author. */
	public static Moderation create(Actor author, Instant at) {
		return create(author, author.subject(), at);
	}

	/**
	 * A new draft written by {@code author} for {@code owner} (a coach writing for an
	 * entrepreneur).
	 */
	public static Moderation create(Actor author, String owner, Instant at) {
		Moderation start = new Moderation(ModerationState.DRAFT, 1, owner, List.of(author.subject()), null, null, null,
				null, List.of());
		return start.log(ModerationStep.CREATED, author, at, null);
	}

	/**
	 * A content moderated after publication (a question, an answer, a comment): live as
	 * soon as written, version 1 published by its author; a moderator can still withdraw
	 * it with a reason ({@link #withdraw}) and restore it.
	 */
	public static Moderation published(Actor author, Instant at) {
		Moderation start = new Moderation(ModerationState.VALIDATED, 1, author.subject(), List.of(author.subject()), 1,
				at, null, null, List.of());
		return start.log(ModerationStep.CREATED, author, at, null);
	}

	/**
	 * A content moderated after publication changed: the new version is live at once. A
	 * withdrawn one stays offline and cannot change until a moderator restores it.
	 */
	public Moderation editPublished(Actor editor, Instant at) {
		expect("modifier", ModerationState.VALIDATED);
		int next = this.version + 1;
		return new Moderation(ModerationState.VALIDATED, next, this.owner, withAuthor(List.of(), editor), next, at,
				null, this.reviewBy, this.audit)
			.log(ModerationStep.EDITED, editor, at, null);
	}

	/**
	 * The content changed. A draft or a rejected version is changed in place; a published
	 * or withdrawn one starts a new version as a draft while the published one stays live
	 * (a withdrawn one stays offline). A version under review cannot change.
	 */
	public Moderation edit(Actor editor, Instant at) {
		return switch (this.state) {
			case DRAFT, REJECTED ->
				new Moderation(this.state, this.version, this.owner, withAuthor(this.versionAuthors, editor),
						this.publishedVersion, this.publishedAt, this.reason, this.reviewBy, this.audit)
					.log(ModerationStep.EDITED, editor, at, null);
			case VALIDATED -> new Moderation(ModerationState.DRAFT, this.version + 1, this.owner,
					List.of(editor.subject()), this.publishedVersion, this.publishedAt, null, this.reviewBy, this.audit)
				.log(ModerationStep.EDITED, editor, at, null);
			case WITHDRAWN ->
				new Moderation(ModerationState.DRAFT, this.version + 1, this.owner, List.of(editor.subject()), null,
						null, null, this.reviewBy, this.audit)
					.log(ModerationStep.EDITED, editor, at, null);
			case SUBMITTED -> throw ModerationException
				.wrongState("Cette version attend sa validation : elle ne peut pas être modifiée avant la décision.");
		};
	}

	/** The working version is proposed for review. */
	public Moderation submit(Actor actor, Instant at) {
		expect("soumettre", ModerationState.DRAFT, ModerationState.REJECTED);
		return with(ModerationState.SUBMITTED, this.publishedVersion, this.publishedAt, null)
			.log(ModerationStep.SUBMITTED, actor, at, null);
	}

	/** A reviewer publishes the working version: it becomes the live one. */
	public Moderation validate(Actor reviewer, Instant at) {
		expect("valider", ModerationState.SUBMITTED);
		notOwn(reviewer, "valider");
		return with(ModerationState.VALIDATED, this.version, at, null).log(ModerationStep.VALIDATED, reviewer, at,
				null);
	}

	/** A reviewer refuses the working version; the live version, if any, stays live. */
	public Moderation reject(Actor reviewer, String reason, Instant at) {
		expect("refuser", ModerationState.SUBMITTED);
		String why = requireReason(reason);
		notOwn(reviewer, "refuser");
		return with(ModerationState.REJECTED, this.publishedVersion, this.publishedAt, why).log(ModerationStep.REJECTED,
				reviewer, at, why);
	}

	/** A reviewer takes the content offline, with a reason. */
	public Moderation withdraw(Actor reviewer, String reason, Instant at) {
		if (!isLive()) {
			throw ModerationException
				.wrongState("Seule une ressource publiée peut être retirée (elle est « " + this.state.label() + " »).");
		}
		String why = requireReason(reason);
		return with(ModerationState.WITHDRAWN, this.publishedVersion, this.publishedAt, why)
			.log(ModerationStep.WITHDRAWN, reviewer, at, why);
	}

	/**
	 * A withdrawn content is published again in its last published version; a newer
	 * version that was waiting goes back to draft.
	 */
	public Moderation restore(Actor reviewer, Instant at) {
		expect("rétablir", ModerationState.WITHDRAWN);
		ModerationState next = (this.publishedVersion == this.version) ? ModerationState.VALIDATED
				: ModerationState.DRAFT;
		return with(next, this.publishedVersion, this.publishedAt, null).log(ModerationStep.RESTORED, reviewer, at,
				null);
	}

	/** A reviewer wants to look at it again by that date ({@code null}: no date). */
	public Moderation reviewAgainBy(LocalDate date, Actor reviewer, Instant at) {
		return new Moderation(this.state, this.version, this.owner, this.versionAuthors, this.publishedVersion,
				this.publishedAt, this.reason, date, this.audit)
			.log(ModerationStep.REVIEW_DATE_SET, reviewer, at, (date != null) ? date.toString() : null);
	}

	/** Whether a version is shown to its readers now. */
	public boolean isLive() {
		return this.publishedVersion != null && this.state != ModerationState.WITHDRAWN;
	}

	/**
	 * Whether the working version differs from the live one (a newer draft, submission or
	 * rejection).
	 */
	public boolean hasPendingVersion() {
		return this.state != ModerationState.WITHDRAWN && !Objects.equals(this.publishedVersion, this.version);
	}

	/** Whether a reviewer should decide now. */
	public boolean awaitsReview() {
		return this.state == ModerationState.SUBMITTED;
	}

	/** Whether that person owns the content or wrote its working version. */
	public boolean contributedBy(String subject) {
		return this.owner.equals(subject) || this.versionAuthors.contains(subject);
	}

	/** The latest entry of the trail. */
	public ModerationEntry lastStep() {
		return this.audit.get(this.audit.size() - 1);
	}

	private Moderation with(ModerationState next, Integer published, Instant publishedAt, String why) {
		return new Moderation(next, this.version, this.owner, this.versionAuthors, published, publishedAt, why,
				this.reviewBy, this.audit);
	}

	private Moderation log(ModerationStep step, Actor actor, Instant at, String note) {
		List<ModerationEntry> trail = new ArrayList<>(this.audit);
		trail.add(new ModerationEntry(step, this.version, actor.subject(), actor.name(), at, note));
		return new Moderation(this.state, this.version, this.owner, this.versionAuthors, this.publishedVersion,
				this.publishedAt, this.reason, this.reviewBy, trail);
	}

	private void expect(String verb, ModerationState... allowed) {
		for (ModerationState candidate : allowed) {
			if (candidate == this.state) {
				return;
			}
		}
		throw ModerationException
			.wrongState("Impossible de " + verb + " : cette version est « " + this.state.label() + " ».");
	}

	private void notOwn(Actor reviewer, String verb) {
		if (contributedBy(reviewer.subject())) {
			throw new ModerationException(ModerationException.OWN_CONTRIBUTION, "Vous ne pouvez pas " + verb
					+ " votre propre contribution : un autre accompagnateur doit s'en charger.");
		}
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw ModerationException.reasonRequired();
		}
		String trimmed = reason.strip();
		if (trimmed.length() > MAX_REASON) {
			throw ModerationException.reasonTooLong();
		}
		return trimmed;
	}

	private static List<String> withAuthor(List<String> authors, Actor editor) {
		if (authors.contains(editor.subject())) {
			return authors;
		}
		List<String> more = new ArrayList<>(authors);
		more.add(editor.subject());
		return more;
	}

}
