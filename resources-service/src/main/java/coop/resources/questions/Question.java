package coop.resources.questions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import coop.platform.contracts.IntegrationEvent;
import coop.platform.contracts.resources.AnswerAccepted;
import coop.platform.contracts.resources.Participant;
import coop.platform.contracts.resources.QuestionAnswered;
import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;
import coop.platform.moderation.Actor;
import coop.platform.moderation.Moderation;
import coop.platform.web.problem.ProblemException;
import coop.resources.library.Theme;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A question with everything that hangs on it: its answers, comments, upvotes, the
 * accepted answer, who follows it, and the messages telling of it. One document, so that
 * each change (an answer and the e-mail it causes, an acceptance) is one single-document
 * write; {@code @Version} keeps two people from overwriting each other's change.
 * <p>
 * Every post (the question, an answer, a comment) is moderated after publication: live as
 * soon as written, a coach or the staff can hide it with a reason and show it again.
 */
@Document("questions")
public class Question implements HasOutbox {

	/** Longest excerpt of an answer put in an e-mail. */
	static final int EXCERPT = 300;

	@Id
	private String id;

	private Space space;

	private String title;

	private String body;

	private List<Theme> themes = new ArrayList<>();

	private Author author;

	private Instant askedAt;

	private Instant changedAt;

	private Instant lastActivityAt;

	/** When anything searchable changed (text, answers, comments, moderation). */
	private Instant revisedAt;

	private Moderation moderation;

	/** Whether the question itself is hidden (kept with the moderation, for queries). */
	private boolean hidden;

	private List<String> votes = new ArrayList<>();

	private List<Comment> comments = new ArrayList<>();

	private List<Answer> answers = new ArrayList<>();

	/** Live answers (for the list and its « sans réponse » filter). */
	private int answerCount;

	private String acceptedAnswerId;

	private String acceptedBy;

	private List<Author> followers = new ArrayList<>();

	@Version
	private Long version;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected Question() {
	}

	static Question ask(Space space, String title, String body, List<Theme> themes, Author author, Instant at) {
		Question question = new Question();
		question.id = UUID.randomUUID().toString();
		question.space = space;
		question.title = title;
		question.body = body;
		question.themes = new ArrayList<>(themes);
		question.author = author;
		question.askedAt = at;
		question.changedAt = at;
		question.lastActivityAt = at;
		question.revisedAt = at;
		question.moderation = Moderation.published(author.actor(), at);
		question.followers.add(author);
		return question;
	}

	// ---- Changes
	// -------------------------------------------------------------------------

	void edit(String title, String body, List<Theme> themes, Author editor, Instant at) {
		this.moderation = this.moderation.editPublished(editor.actor(), at);
		this.title = title;
		this.body = body;
		this.themes = new ArrayList<>(themes);
		this.changedAt = at;
		this.revisedAt = at;
	}

	Answer answer(String body, Author by, Instant at, String questionUrl) {
		Answer answer = new Answer(UUID.randomUUID().toString(), body, by, at, at, Moderation.published(by.actor(), at),
				List.of(), List.of());
		this.answers.add(answer);
		follow(by, true);
		touched(at);
		if (!by.subject().equals(this.author.subject())) {
			tell(new QuestionAnswered(this.id, answer.id(), this.title, anchored(questionUrl, answer.id()),
					this.author.participant(), by.name(), by.role().marked(), excerpt(body)), at);
		}
		return answer;
	}

	void editAnswer(String answerId, String body, Author editor, Instant at) {
		changeAnswer(answerId,
				(answer) -> answer.edited(body, answer.moderation().editPublished(editor.actor(), at), at));
		this.revisedAt = at;
	}

	Comment comment(String on, String body, Author by, Instant at) {
		Comment comment = new Comment(UUID.randomUUID().toString(), body, by, at, Moderation.published(by.actor(), at));
		if (on == null || on.equals(this.id)) {
			this.comments.add(comment);
		}
		else {
			Answer answer = answer(on)
				.orElseThrow(() -> ProblemException.invalid("on", "Cette réponse n'existe plus : rechargez la page."));
			if (!answer.live()) {
				throw ProblemException.invalid("on", "Cette réponse est masquée : elle ne peut plus être commentée.");
			}
			changeAnswer(on, (a) -> a.withComment(comment));
		}
		touched(at);
		return comment;
	}

	void accept(String answerId, Author by, Instant at, String questionUrl) {
		Answer answer = answer(answerId).filter(Answer::live)
			.orElseThrow(() -> ProblemException.invalid("answerId", "Cette réponse n'existe pas ou a été masquée."));
		if (answerId.equals(this.acceptedAnswerId)) {
			return;
		}
		this.acceptedAnswerId = answerId;
		this.acceptedBy = by.name();
		touched(at);
		List<Participant> told = this.followers.stream()
			.filter((follower) -> !follower.subject().equals(by.subject()))
			.map(Author::participant)
			.toList();
		if (!told.isEmpty()) {
			tell(new AnswerAccepted(this.id, answerId, this.title, anchored(questionUrl, answerId), by.name(),
					answer.author().name(), answer.author().subject(), excerpt(answer.body()), told), at);
		}
	}

	void unaccept() {
		this.acceptedAnswerId = null;
		this.acceptedBy = null;
	}

	/** Adds or takes back the person's upvote on a post; answers its author. */
	Author vote(String postId, String subject, boolean up) {
		if (postId.equals(this.id)) {
			this.votes = voted(this.votes, subject, up);
			return this.author;
		}
		Answer answer = answer(postId).orElseThrow(() -> ProblemException.notFound("Cette réponse n'existe plus."));
		changeAnswer(postId, (a) -> a.withVotes(voted(a.votes(), subject, up)));
		return answer.author();
	}

	void follow(Author who, boolean on) {
		this.followers.removeIf((follower) -> follower.subject().equals(who.subject()));
		if (on) {
			this.followers.add(who);
		}
	}

	/**
	 * Hides a post with a reason, or shows it again; answers whether the question itself
	 * changed.
	 */
	boolean moderate(String postId, boolean hide, String reason, Actor moderator, Instant at) {
		UnaryOperator<Moderation> step = (moderation) -> hide ? moderation.withdraw(moderator, reason, at)
				: moderation.restore(moderator, at);
		this.revisedAt = at;
		if (postId.equals(this.id)) {
			this.moderation = step.apply(this.moderation);
			this.hidden = !this.moderation.isLive();
			return true;
		}
		if (answer(postId).isPresent()) {
			changeAnswer(postId, (a) -> a.withModeration(step.apply(a.moderation())));
			if (hide && postId.equals(this.acceptedAnswerId)) {
				unaccept();
			}
			recount();
			return false;
		}
		if (this.comments.stream().anyMatch((c) -> c.id().equals(postId))) {
			this.comments = this.comments.stream()
				.map((c) -> c.id().equals(postId) ? c.withModeration(step.apply(c.moderation())) : c)
				.collect(java.util.stream.Collectors.toCollection(ArrayList::new));
			return false;
		}
		for (Answer answer : List.copyOf(this.answers)) {
			if (answer.comments().stream().anyMatch((c) -> c.id().equals(postId))) {
				changeAnswer(answer.id(),
						(a) -> a.withComments(a.comments()
							.stream()
							.map((c) -> c.id().equals(postId) ? c.withModeration(step.apply(c.moderation())) : c)
							.toList()));
				return false;
			}
		}
		throw ProblemException.notFound("Ce message n'existe plus.");
	}

	/** The author of a post of this question (the question, an answer or a comment). */
	Optional<Author> authorOf(String postId) {
		if (postId.equals(this.id)) {
			return Optional.of(this.author);
		}
		Optional<Answer> answer = answer(postId);
		if (answer.isPresent()) {
			return Optional.of(answer.get().author());
		}
		return allComments().stream().filter((c) -> c.id().equals(postId)).map(Comment::author).findFirst();
	}

	private List<Comment> allComments() {
		List<Comment> all = new ArrayList<>(this.comments);
		this.answers.forEach((a) -> all.addAll(a.comments()));
		return all;
	}

	private void changeAnswer(String answerId, UnaryOperator<Answer> change) {
		boolean found = false;
		for (int i = 0; i < this.answers.size(); i++) {
			if (this.answers.get(i).id().equals(answerId)) {
				this.answers.set(i, change.apply(this.answers.get(i)));
				found = true;
			}
		}
		if (!found) {
			throw ProblemException.notFound("Cette réponse n'existe plus.");
		}
		recount();
	}

	private void recount() {
		this.answerCount = (int) this.answers.stream().filter(Answer::live).count();
	}

	private void touched(Instant at) {
		this.lastActivityAt = at;
		this.revisedAt = at;
		recount();
	}

	private void tell(IntegrationEvent event, Instant at) {
		this.outbox.add(OutboxEntry.of(event, at));
	}

	private static List<String> voted(List<String> votes, String subject, boolean up) {
		List<String> next = new ArrayList<>(votes);
		next.remove(subject);
		if (up) {
			next.add(subject);
		}
		return next;
	}

	private static String anchored(String questionUrl, String answerId) {
		return questionUrl + "#reponse-" + answerId;
	}

	/** The beginning of a Markdown text as plain words, for an e-mail. */
	static String excerpt(String markdown) {
		String plain = markdown.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
			.replaceAll("[*_`>#|~]+", "")
			.replaceAll("\\s+", " ")
			.strip();
		return (plain.length() <= EXCERPT) ? plain : plain.substring(0, EXCERPT - 1).strip() + "…";
	}

	// ---- Erasure
	// -------------------------------------------------------------------------

	/**
	 * The person is erased: their question, answers and comments stay for the others
	 * under a pseudonym (no name, no address; their full name or address written in any
	 * post of it replaced), they follow nothing any more, their upvotes still count under
	 * the pseudonym, and messages waiting to be sent that name them go.
	 * @return the posts anonymised, or -1 when the question did not name them at all
	 */
	int forget(Predicate<Author> isPerson, String pseudonym, String anonymousName, Predicate<String> namesPerson,
			UnaryOperator<Moderation> pseudonymise, UnaryOperator<String> scrub, Instant at) {
		int posts = 0;
		String title = scrub.apply(this.title);
		String body = scrub.apply(this.body);
		boolean changed = !title.equals(this.title) || !body.equals(this.body);
		this.title = title;
		this.body = body;
		if (isPerson.test(this.author)) {
			this.author = anonymous(this.author, pseudonym, anonymousName);
			posts++;
		}
		for (int i = 0; i < this.answers.size(); i++) {
			Answer answer = this.answers.get(i);
			Author by = answer.author();
			if (isPerson.test(by)) {
				by = anonymous(by, pseudonym, anonymousName);
				posts++;
			}
			List<Comment> comments = new ArrayList<>();
			for (Comment comment : answer.comments()) {
				comments.add(forgotten(comment, isPerson, pseudonym, anonymousName, pseudonymise, scrub));
			}
			posts += (int) answer.comments().stream().filter((c) -> isPerson.test(c.author())).count();
			Answer next = new Answer(answer.id(), scrub.apply(answer.body()), by, answer.at(), answer.changedAt(),
					pseudonymise.apply(answer.moderation()), answer.votes(), comments);
			changed |= !next.equals(answer);
			this.answers.set(i, next);
		}
		posts += (int) this.comments.stream().filter((c) -> isPerson.test(c.author())).count();
		this.comments = this.comments.stream()
			.map((c) -> forgotten(c, isPerson, pseudonym, anonymousName, pseudonymise, scrub))
			.collect(java.util.stream.Collectors.toCollection(ArrayList::new));
		Moderation moderation = pseudonymise.apply(this.moderation);
		changed |= !moderation.equals(this.moderation) || posts > 0;
		this.moderation = moderation;
		changed |= this.followers.removeIf(isPerson);
		if (this.acceptedBy != null && namesPerson.test(this.acceptedBy)) {
			this.acceptedBy = anonymousName;
			changed = true;
		}
		changed |= this.outbox.removeIf((entry) -> namesPerson.test(entry.envelope()));
		if (posts == 0 && !changed) {
			return -1;
		}
		this.revisedAt = at;
		return posts;
	}

	/** The person's upvotes count on under the pseudonym. */
	boolean revote(String subject, String pseudonym) {
		boolean changed = false;
		if (this.votes.contains(subject)) {
			this.votes.replaceAll((s) -> s.equals(subject) ? pseudonym : s);
			changed = true;
		}
		for (int i = 0; i < this.answers.size(); i++) {
			Answer answer = this.answers.get(i);
			if (answer.votes().contains(subject)) {
				this.answers.set(i, answer
					.withVotes(answer.votes().stream().map((s) -> s.equals(subject) ? pseudonym : s).toList()));
				changed = true;
			}
		}
		return changed;
	}

	private static Comment forgotten(Comment comment, Predicate<Author> isPerson, String pseudonym,
			String anonymousName, UnaryOperator<Moderation> pseudonymise, UnaryOperator<String> scrub) {
		Author by = isPerson.test(comment.author()) ? anonymous(comment.author(), pseudonym, anonymousName)
				: comment.author();
		return new Comment(comment.id(), scrub.apply(comment.body()), by, comment.at(),
				pseudonymise.apply(comment.moderation()));
	}

	private static Author anonymous(Author author, String pseudonym, String anonymousName) {
		return new Author(pseudonym, anonymousName, null, null, null, author.role());
	}

	// ---- Reading
	// -------------------------------------------------------------------------

	Optional<Answer> answer(String answerId) {
		return this.answers.stream().filter((a) -> a.id().equals(answerId)).findFirst();
	}

	boolean isLive() {
		return this.moderation.isLive();
	}

	public String id() {
		return this.id;
	}

	Space space() {
		return this.space;
	}

	String title() {
		return this.title;
	}

	String body() {
		return this.body;
	}

	List<Theme> themes() {
		return List.copyOf(this.themes);
	}

	Author author() {
		return this.author;
	}

	Instant askedAt() {
		return this.askedAt;
	}

	Instant changedAt() {
		return this.changedAt;
	}

	Instant lastActivityAt() {
		return this.lastActivityAt;
	}

	Instant revisedAt() {
		return this.revisedAt;
	}

	Moderation moderation() {
		return this.moderation;
	}

	List<String> votes() {
		return List.copyOf(this.votes);
	}

	List<Comment> comments() {
		return List.copyOf(this.comments);
	}

	List<Answer> answers() {
		return List.copyOf(this.answers);
	}

	int answerCount() {
		return this.answerCount;
	}

	String acceptedAnswerId() {
		return this.acceptedAnswerId;
	}

	String acceptedBy() {
		return this.acceptedBy;
	}

	boolean followedBy(String subject) {
		return this.followers.stream().anyMatch((f) -> f.subject().equals(subject));
	}

	@Override
	public List<OutboxEntry> outbox() {
		return this.outbox;
	}

}
