package coop.resources.questions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import coop.platform.moderation.Actor;
import coop.platform.moderation.Moderation;
import coop.platform.moderation.ModerationEntry;
import coop.platform.moderation.ModerationStep;
import coop.platform.web.PageResponse;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.platform.web.security.CurrentUser;
import coop.platform.web.security.Roles;
import coop.resources.ResourcesProperties;
import coop.resources.questions.QuestionRequests.AnswerRequest;
import coop.resources.questions.QuestionRequests.CommentRequest;
import coop.resources.questions.QuestionRequests.HideRequest;
import coop.resources.questions.QuestionRequests.QuestionRequest;
import coop.resources.questions.QuestionViews.AnswerView;
import coop.resources.questions.QuestionViews.AuthorView;
import coop.resources.questions.QuestionViews.CommentView;
import coop.resources.questions.QuestionViews.PostState;
import coop.resources.questions.QuestionViews.QuestionSummary;
import coop.resources.questions.QuestionViews.QuestionView;
import coop.resources.questions.QuestionViews.ThemeView;
import coop.resources.search.IndexSource;
import coop.resources.search.SearchDocument;
import coop.resources.search.SearchIndexing;
import coop.resources.search.SearchKind;
import coop.resources.search.Status;
import coop.resources.search.Visibility;
import coop.resources.text.Markdown;
import coop.resources.library.Theme;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The questions-and-answers space: who reads, writes and moderates what, each change
 * saved with its messages in one write and then queued for the index. This is also the
 * index's source of questions.
 */
@Service
public class QuestionService implements IndexSource {

	static final ProblemType HIDDEN = ProblemType.of("question-hidden", HttpStatus.CONFLICT, "Question masquée");

	static final ProblemType OWN_POST = ProblemType.of("own-post", HttpStatus.CONFLICT, "Votre propre message");

	/**
	 * Tries of a change that others keep overtaking (each after a short random pause).
	 */
	private static final int ATTEMPTS = 10;

	private final Questions questions;

	private final MongoTemplate mongo;

	private final SearchIndexing indexing;

	private final ResourcesProperties properties;

	private final Clock clock;

	QuestionService(Questions questions, MongoTemplate mongo, SearchIndexing indexing, ResourcesProperties properties,
			Clock clock) {
		this.questions = questions;
		this.mongo = mongo;
		this.indexing = indexing;
		this.properties = properties;
		this.clock = clock;
	}

	// ---- Who may do what
	// ----------------------------------------------------------------

	static boolean moderates(CurrentUser user) {
		return user.hasRole(Roles.COACH) || user.isStaff();
	}

	static List<Space> spacesOf(CurrentUser user) {
		if (moderates(user)) {
			return List.of(Space.MEMBERS, Space.COACHES);
		}
		return user.hasRole(Roles.ENTREPRENEUR) ? List.of(Space.MEMBERS) : List.of();
	}

	private static boolean reads(CurrentUser user, Question question) {
		return spacesOf(user).contains(question.space())
				&& (question.isLive() || moderates(user) || question.author().subject().equals(user.subject()));
	}

	private Question readable(CurrentUser user, String id) {
		return this.questions.findById(id)
			.filter((question) -> reads(user, question))
			.orElseThrow(() -> ProblemException.notFound("Cette question n'existe pas ou n'est plus visible."));
	}

	private static void requireLive(Question question) {
		if (!question.isLive()) {
			throw new ProblemException(HIDDEN,
					"Cette question a été masquée par un modérateur : elle ne reçoit plus de réponses ni de votes.");
		}
	}

	// ---- Reading
	// ------------------------------------------------------------------------

	PageResponse<QuestionSummary> list(CurrentUser user, Space space, Theme theme, String filter, int page, int size) {
		List<Space> spaces = spacesOf(user);
		if (space != null) {
			if (!spaces.contains(space)) {
				throw ProblemException
					.forbidden("Cet espace est réservé aux accompagnateurs et à l'équipe permanente.");
			}
			spaces = List.of(space);
		}
		List<Criteria> where = new ArrayList<>();
		where.add(Criteria.where("space").in(spaces));
		if (!moderates(user)) {
			where.add(new Criteria().orOperator(Criteria.where("hidden").is(false),
					Criteria.where("author.subject").is(user.subject())));
		}
		if (theme != null) {
			where.add(Criteria.where("themes").is(theme));
		}
		if ("sans-reponse".equals(filter)) {
			where.add(Criteria.where("answerCount").is(0));
		}
		else if ("resolues".equals(filter)) {
			where.add(Criteria.where("acceptedAnswerId").ne(null));
		}
		else if ("miennes".equals(filter)) {
			where.add(Criteria.where("author.subject").is(user.subject()));
		}
		else if ("suivies".equals(filter)) {
			where.add(Criteria.where("followers.subject").is(user.subject()));
		}
		Query query = Query.query(new Criteria().andOperator(where.toArray(Criteria[]::new)));
		long total = this.mongo.count(query, Question.class);
		PageRequest pageable = PageRequest.of(page, size,
				Sort.by(Sort.Order.desc("lastActivityAt"), Sort.Order.asc("_id")));
		List<Question> found = this.mongo.find(Query.of(query).with(pageable), Question.class);
		return PageResponse.of(new PageImpl<>(found, pageable, total), this::summary);
	}

	QuestionView get(CurrentUser user, String id) {
		return view(user, readable(user, id));
	}

	// ---- Changes
	// ------------------------------------------------------------------------

	QuestionView ask(CurrentUser user, QuestionRequest request) {
		Space space = (request.space() != null) ? request.space() : Space.MEMBERS;
		if (!spacesOf(user).contains(space)) {
			throw ProblemException.forbidden((space == Space.COACHES)
					? "L'espace des accompagnateurs est réservé aux accompagnateurs et à l'équipe permanente."
					: "Les questions sont réservées aux entrepreneurs, aux accompagnateurs et à l'équipe permanente.");
		}
		checkMarkdown(request.body());
		Question question = Question.ask(space, request.title().strip(), request.body(), distinct(request.themes()),
				Author.of(user), now());
		this.questions.save(question);
		this.indexing.changed(toDocument(question));
		return view(user, question);
	}

	QuestionView edit(CurrentUser user, String id, QuestionRequest request) {
		checkMarkdown(request.body());
		return change(user, id, (question, at) -> {
			mine(user, question.author(), "Seule la personne qui a posé la question peut la modifier.");
			question.edit(request.title().strip(), request.body(), distinct(request.themes()), Author.of(user), at);
		});
	}

	QuestionView answer(CurrentUser user, String id, AnswerRequest request) {
		checkMarkdown(request.body());
		return change(user, id, (question, at) -> {
			requireLive(question);
			question.answer(request.body(), Author.of(user), at, url(question));
		});
	}

	QuestionView editAnswer(CurrentUser user, String id, String answerId, AnswerRequest request) {
		checkMarkdown(request.body());
		return change(user, id, (question, at) -> {
			Answer answer = question.answer(answerId)
				.orElseThrow(() -> ProblemException.notFound("Cette réponse n'existe plus."));
			mine(user, answer.author(), "Seule la personne qui a écrit la réponse peut la modifier.");
			question.editAnswer(answerId, request.body(), Author.of(user), at);
		});
	}

	QuestionView comment(CurrentUser user, String id, CommentRequest request) {
		return change(user, id, (question, at) -> {
			requireLive(question);
			question.comment(request.on(), request.body().strip(), Author.of(user), at);
		});
	}

	QuestionView accept(CurrentUser user, String id, String answerId) {
		return change(user, id, (question, at) -> {
			requireLive(question);
			mayAccept(user, question);
			question.accept(answerId, Author.of(user), at, url(question));
		});
	}

	QuestionView unaccept(CurrentUser user, String id) {
		return change(user, id, (question, at) -> {
			mayAccept(user, question);
			question.unaccept();
		});
	}

	QuestionView vote(CurrentUser user, String id, String postId, boolean up) {
		return change(user, id, (question, at) -> {
			requireLive(question);
			Author author = question.authorOf(postId)
				.orElseThrow(() -> ProblemException.notFound("Ce message n'existe plus."));
			if (author.subject().equals(user.subject())) {
				throw new ProblemException(OWN_POST, "Vous ne pouvez pas voter pour votre propre message.");
			}
			question.vote(postId, user.subject(), up);
		});
	}

	QuestionView follow(CurrentUser user, String id, boolean on) {
		return change(user, id, (question, at) -> question.follow(Author.of(user), on));
	}

	QuestionView moderate(CurrentUser user, String id, String postId, HideRequest request) {
		if (!moderates(user)) {
			throw ProblemException
				.forbidden("Seuls les accompagnateurs et l'équipe permanente peuvent masquer un message.");
		}
		return change(user, id, (question, at) -> question.moderate(postId, request.hidden(), request.reason(),
				new Actor(user.subject(), Author.of(user).name()), at));
	}

	/**
	 * Loads, changes and saves the question; a change made meanwhile by someone else is
	 * read again and the change applied on top of it.
	 */
	private QuestionView change(CurrentUser user, String id, BiConsumer<Question, Instant> change) {
		for (int attempt = 1;; attempt++) {
			Question question = readable(user, id);
			change.accept(question, now());
			try {
				this.questions.save(question);
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
				pause(attempt);
				continue;
			}
			this.indexing.changed(toDocument(question));
			return view(user, question);
		}
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void mine(CurrentUser user, Author author, String refusal) {
		if (!author.subject().equals(user.subject())) {
			throw ProblemException.forbidden(refusal);
		}
	}

	private static void mayAccept(CurrentUser user, Question question) {
		if (!question.author().subject().equals(user.subject()) && !moderates(user)) {
			throw ProblemException.forbidden(
					"Seules la personne qui a posé la question et les accompagnateurs peuvent accepter une réponse.");
		}
	}

	private static void checkMarkdown(String body) {
		Markdown.problem(body).ifPresent((problem) -> {
			throw ProblemException.invalid("body", problem);
		});
	}

	private static List<Theme> distinct(List<Theme> themes) {
		return themes.stream().distinct().toList();
	}

	private Instant now() {
		return this.clock.instant();
	}

	String url(Question question) {
		return this.properties.publicUrl() + "/intranet/questions/" + question.id();
	}

	// ---- Views
	// --------------------------------------------------------------------------

	private QuestionSummary summary(Question question) {
		return new QuestionSummary(question.id(), question.title(), Question.excerpt(question.body()), question.space(),
				question.space().label(), ThemeView.of(question.themes()), AuthorView.of(question.author()),
				question.askedAt(), question.lastActivityAt(), question.answerCount(),
				question.acceptedAnswerId() != null, question.votes().size(), !question.isLive());
	}

	private QuestionView view(CurrentUser user, Question question) {
		boolean moderator = moderates(user);
		List<AnswerView> answers = question.answers()
			.stream()
			.filter((answer) -> shown(user, moderator, answer.moderation(), answer.author()))
			.sorted(Comparator.comparing((Answer answer) -> !answer.id().equals(question.acceptedAnswerId()))
				.thenComparing((Answer answer) -> -answer.votes().size())
				.thenComparing(Answer::at))
			.map((answer) -> new AnswerView(answer.id(), answer.body(), Markdown.html(answer.body()),
					AuthorView.of(answer.author()), answer.at(), answer.changedAt(),
					answer.id().equals(question.acceptedAnswerId()),
					state(user, moderator, answer.author(), answer.moderation(), answer.votes()),
					comments(user, moderator, answer.comments())))
			.toList();
		return new QuestionView(question.id(), question.title(), question.body(), Markdown.html(question.body()),
				question.space(), question.space().label(), ThemeView.of(question.themes()),
				AuthorView.of(question.author()), question.askedAt(), question.changedAt(),
				state(user, moderator, question.author(), question.moderation(), question.votes()),
				comments(user, moderator, question.comments()), answers, question.acceptedAnswerId(),
				question.acceptedBy(), question.followedBy(user.subject()),
				question.isLive() && (moderator || question.author().subject().equals(user.subject())), moderator);
	}

	private static List<CommentView> comments(CurrentUser user, boolean moderator, List<Comment> comments) {
		return comments.stream()
			.filter((comment) -> shown(user, moderator, comment.moderation(), comment.author()))
			.map((comment) -> new CommentView(comment.id(), comment.body(), AuthorView.of(comment.author()),
					comment.at(), state(user, moderator, comment.author(), comment.moderation(), List.of())))
			.toList();
	}

	/** A hidden post is shown to its author and to moderators only. */
	private static boolean shown(CurrentUser user, boolean moderator, Moderation moderation, Author author) {
		return moderation.isLive() || moderator || author.subject().equals(user.subject());
	}

	private static PostState state(CurrentUser user, boolean moderator, Author author, Moderation moderation,
			List<String> votes) {
		boolean hidden = !moderation.isLive();
		String hiddenBy = null;
		if (hidden && moderator) {
			hiddenBy = lastWithdrawal(moderation).map(ModerationEntry::actorName).orElse(null);
		}
		return new PostState(votes.size(), votes.contains(user.subject()), author.subject().equals(user.subject()),
				moderation.version() > 1, hidden, hidden ? moderation.reason() : null, hiddenBy);
	}

	private static Optional<ModerationEntry> lastWithdrawal(Moderation moderation) {
		List<ModerationEntry> audit = moderation.audit();
		for (int i = audit.size() - 1; i >= 0; i--) {
			if (audit.get(i).step() == ModerationStep.WITHDRAWN) {
				return Optional.of(audit.get(i));
			}
		}
		return Optional.empty();
	}

	// ---- The index's source of questions
	// -------------------------------------------------

	@Override
	public SearchKind kind() {
		return SearchKind.QUESTION;
	}

	@Override
	public Stream<SearchDocument> all() {
		return this.questions.findAll().stream().map(this::toDocument);
	}

	@Override
	public Optional<SearchDocument> find(String sourceId) {
		return this.questions.findById(sourceId).map(this::toDocument);
	}

	SearchDocument toDocument(Question question) {
		Visibility visibility = (question.space() == Space.COACHES) ? Visibility.COACHES : Visibility.MEMBERS;
		Status status = question.isLive() ? Status.PUBLISHED : Status.HIDDEN;
		List<String> extra = new ArrayList<>();
		question.comments().stream().filter((c) -> c.moderation().isLive()).forEach((c) -> extra.add(c.body()));
		for (Answer answer : question.answers()) {
			if (answer.live()) {
				extra.add(answer.body());
				answer.comments().stream().filter((c) -> c.moderation().isLive()).forEach((c) -> extra.add(c.body()));
			}
		}
		return SearchDocument
			.builder(SearchKind.QUESTION, question.id(),
					SearchDocument.Access.of(visibility, status).ownedBy(question.author().subject(), null))
			.title(question.title())
			.summary(Question.excerpt(question.body()))
			.body(question.body())
			.extra(String.join("\n\n", extra))
			.themes(question.themes().stream().map(Theme::label).toList())
			.author(question.author().name())
			.url(url(question))
			.date(question.askedAt())
			.changedAt(question.revisedAt())
			.build();
	}

}
