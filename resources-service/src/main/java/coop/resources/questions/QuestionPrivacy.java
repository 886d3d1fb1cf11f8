package coop.resources.questions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import coop.resources.library.Pseudonyms;
import coop.resources.search.SearchIndexing;
import coop.resources.search.SearchKind;

import org.springframework.stereotype.Component;

/**
 * A person's data in the questions and answers: what they asked, answered and commented,
 * the questions they follow and their upvotes.
 * <p>
 * Erasure keeps the posts for the others (a question and its answers help the next
 * person) under a pseudonym: no name, no address; the index is rebuilt from them. The
 * person follows nothing any more; their upvotes count on under the pseudonym.
 */
@Component
public class QuestionPrivacy {

	private final Questions questions;

	private final SearchIndexing indexing;

	private final Clock clock;

	QuestionPrivacy(Questions questions, SearchIndexing indexing, Clock clock) {
		this.questions = questions;
		this.indexing = indexing;
		this.clock = clock;
	}

	public Map<String, Object> export(String subject, String emailKey) {
		Predicate<Author> isPerson = person(subject, emailKey);
		List<Map<String, Object>> asked = new ArrayList<>();
		List<Map<String, Object>> answered = new ArrayList<>();
		List<Map<String, Object>> commented = new ArrayList<>();
		List<String> followed = new ArrayList<>();
		int upvotes = 0;
		for (Question question : this.questions.findAll()) {
			if (isPerson.test(question.author())) {
				Map<String, Object> line = post(question.title(), question.body(), question.askedAt());
				line.put("space", question.space().name());
				line.put("hidden", !question.isLive());
				asked.add(line);
			}
			for (Answer answer : question.answers()) {
				if (isPerson.test(answer.author())) {
					Map<String, Object> line = post(question.title(), answer.body(), answer.at());
					line.put("accepted", answer.id().equals(question.acceptedAnswerId()));
					line.put("hidden", !answer.live());
					answered.add(line);
				}
				answer.comments()
					.stream()
					.filter((c) -> isPerson.test(c.author()))
					.forEach((c) -> commented.add(post(question.title(), c.body(), c.at())));
				upvotes += answer.votes().contains(subject) ? 1 : 0;
			}
			question.comments()
				.stream()
				.filter((c) -> isPerson.test(c.author()))
				.forEach((c) -> commented.add(post(question.title(), c.body(), c.at())));
			upvotes += question.votes().contains(subject) ? 1 : 0;
			if (question.followedBy(subject)) {
				followed.add(question.title());
			}
		}
		Map<String, Object> part = new LinkedHashMap<>();
		part.put("questions", asked);
		part.put("answers", answered);
		part.put("comments", commented);
		part.put("following", followed);
		part.put("upvotesGiven", upvotes);
		return part;
	}

	/**
	 * @return the posts anonymised (questions, answers, comments)
	 */
	public int erase(String subject, String emailKey, String pseudonym, String anonymousName,
			Predicate<String> namesPerson, java.util.function.UnaryOperator<String> scrub) {
		Predicate<Author> isPerson = person(subject, emailKey);
		int anonymised = 0;
		for (Question question : this.questions.findAll()) {
			int posts = question.forget(isPerson, pseudonym, anonymousName, namesPerson,
					(moderation) -> Pseudonyms.moderation(moderation, subject, pseudonym, anonymousName), scrub,
					this.clock.instant());
			boolean revoted = question.revote(subject, pseudonym);
			if (posts >= 0 || revoted) {
				this.questions.save(question);
				this.indexing.refresh(SearchKind.QUESTION, question.id());
				anonymised += Math.max(posts, 0);
			}
		}
		return anonymised;
	}

	private static Predicate<Author> person(String subject, String emailKey) {
		return (author) -> author != null && (subject.equals(author.subject())
				|| (author.email() != null && author.email().strip().equalsIgnoreCase(emailKey)));
	}

	private static Map<String, Object> post(String question, String body, java.time.Instant at) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("question", question);
		line.put("text", body);
		line.put("at", (at != null) ? at.toString() : null);
		return line;
	}

}
