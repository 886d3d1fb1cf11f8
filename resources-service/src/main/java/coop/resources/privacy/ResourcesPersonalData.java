package coop.resources.privacy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import coop.platform.messaging.privacy.DataSubject;
import coop.platform.messaging.privacy.PersonalData;
import coop.resources.library.Pseudonyms;
import coop.resources.library.ResourcePrivacy;
import coop.resources.pages.PagePrivacy;
import coop.resources.people.Person;
import coop.resources.questions.QuestionPrivacy;
import coop.resources.search.SearchIndexing;
import coop.resources.search.SearchKind;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Everything resources-service holds about a person, and how it goes.
 *
 * <table>
 * <tr>
 * <th>where</th>
 * <th>personal data</th>
 * <th>export</th>
 * <th>erasure</th>
 * </tr>
 * <tr>
 * <td>{@code resources} + GridFS {@code files.*} + {@code file_texts}</td>
 * <td>their resources and contributions (owner's name and address, texts, files, the
 * answers and comments of their online tools, the moderation history); their moderation
 * steps and comments on others'</td>
 * <td>every resource they own with its files listed (name, type, size, date; no bytes),
 * answers and history; their steps on others'</td>
 * <td>what they own is deleted with its files and their extracted text, unless published
 * for others: then kept without their name or address; their steps and comments elsewhere
 * under a random pseudonym</td>
 * </tr>
 * <tr>
 * <td>{@code questions}</td>
 * <td>questions, answers, comments (name and address of the author), follows,
 * upvotes</td>
 * <td>all of them</td>
 * <td>kept for the others under the pseudonym; follows removed; upvotes counted under the
 * pseudonym</td>
 * </tr>
 * <tr>
 * <td>{@code bookmarks}, {@code module_progress}</td>
 * <td>bookmarks, training progress</td>
 * <td>both</td>
 * <td>deleted</td>
 * </tr>
 * <tr>
 * <td>{@code page_versions}, {@code pages}</td>
 * <td>staff's name (and subject) as who published a presentation page's version, the
 * version online, or last changed its draft</td>
 * <td>the versions they published and the drafts they changed last (page, title,
 * date)</td>
 * <td>the pages stay, « Ancien membre de la coopérative » in place of their name</td>
 * </tr>
 * <tr>
 * <td>{@code people}</td>
 * <td>the copy of members-service's person</td>
 * <td>as kept</td>
 * <td>deleted (also a copy with their address)</td>
 * </tr>
 * <tr>
 * <td>Solr core {@code coop} ({@code search_queue}, {@code search_copies})</td>
 * <td>the indexed resources and questions (author's name), a showcase's copy</td>
 * <td>—</td>
 * <td>each resource or question changed is indexed again from its store or removed; their
 * showcase copies dropped</td>
 * </tr>
 * <tr>
 * <td>outboxes (the {@code outbox} field of a resource or question)</td>
 * <td>messages not yet sent naming them</td>
 * <td>—</td>
 * <td>removed</td>
 * </tr>
 * </table>
 * {@code platform_inbox} holds event ids only; {@code platform_account_status} a subject
 * and a flag, kept so that an old token of the deleted account stays refused.
 */
@Service
public class ResourcesPersonalData implements PersonalData {

	private static final SecureRandom random = new SecureRandom();

	private final ResourcePrivacy resources;

	private final QuestionPrivacy questions;

	private final PagePrivacy pages;

	private final SearchIndexing indexing;

	private final MongoTemplate mongo;

	ResourcesPersonalData(ResourcePrivacy resources, QuestionPrivacy questions, PagePrivacy pages,
			SearchIndexing indexing, MongoTemplate mongo) {
		this.resources = resources;
		this.questions = questions;
		this.pages = pages;
		this.indexing = indexing;
		this.mongo = mongo;
	}

	@Override
	public Exported export(DataSubject person) {
		Map<String, Object> part = new LinkedHashMap<>();
		part.putAll(this.resources.export(person.subjectOrNone(), person.emailKey()));
		part.put("questionsAndAnswers", this.questions.export(person.subjectOrNone(), person.emailKey()));
		part.putAll(this.pages.export(person.subjectOrNone(), named(person)));
		Person copy = this.mongo.findById(person.subjectOrNone(), Person.class);
		if (copy != null) {
			Map<String, Object> known = new LinkedHashMap<>();
			known.put("role", copy.role());
			known.put("firstName", copy.firstName());
			known.put("lastName", copy.lastName());
			known.put("email", copy.email());
			known.put("antenna", copy.antenna());
			part.put("person", known);
		}
		return new Exported(part, summary(part));
	}

	@SuppressWarnings("unchecked")
	static String summary(Map<String, Object> part) {
		Map<String, Object> qa = (part.get("questionsAndAnswers") instanceof Map<?, ?> map) ? (Map<String, Object>) map
				: Map.of();
		int pageVersions = PersonalData.count(part, "pageVersions");
		return PersonalData.count(part, "resources") + " ressource(s), " + PersonalData.count(qa, "questions")
				+ " question(s), " + PersonalData.count(qa, "answers") + " réponse(s), "
				+ PersonalData.count(part, "trainingProgress") + " module(s) de formation suivi(s)"
				+ ((pageVersions > 0) ? ", " + pageVersions + " version(s) de page de présentation publiée(s)" : "");
	}

	/**
	 * Erases the person; every step is idempotent (MongoDB's inbox may run it again after
	 * a failure), so a repeat only finds less to do.
	 */
	@Override
	public Erased erase(DataSubject person) {
		String subject = person.subjectOrNone();
		String pseudonym = "anonyme-" + HexFormat.of().formatHex(bytes());
		Predicate<String> named = named(person);
		UnaryOperator<String> scrub = Pseudonyms.scrubbing(phrases(person));
		ResourcePrivacy.Erased library = this.resources.erase(subject, person.emailKey(), pseudonym, named, scrub);
		int anonymised = library.anonymised() + this.questions.erase(subject, person.emailKey(), pseudonym,
				ResourcePrivacy.ANONYMOUS_NAME, named, scrub);
		anonymised += this.pages.erase(subject, named, ResourcePrivacy.ANONYMOUS_NAME);
		int deleted = library.deleted();
		for (String slug : this.indexing.copiesOwnedBy(SearchKind.SHOWCASE, subject)) {
			this.indexing.dropCopy(SearchKind.SHOWCASE, slug);
			deleted++;
		}
		deleted += (int) this.mongo.remove(Query.query(new Criteria().orOperator(Criteria.where("_id").is(subject),
				Criteria.where("email").regex("^" + java.util.regex.Pattern.quote(person.emailKey()) + "$", "i"))),
				Person.class)
			.getDeletedCount();
		// the entrepreneurs an erased coach followed: members-service tells their new
		// coach
		this.mongo.updateMulti(Query.query(Criteria.where("coach").is(subject)), new Update().unset("coach"),
				Person.class);
		return new Erased(deleted, anonymised, deleted
				+ " élément(s) effacé(s) (ressources et fichiers, favoris, progression), " + anonymised
				+ " anonymisé(s) (ressources publiées, questions et réponses, auteurs des pages de présentation)");
	}

	/** Whether a text (a message's JSON, a name) names the person. */
	private static Predicate<String> named(DataSubject person) {
		String email = person.emailKey();
		String first = lower(person.firstName());
		String last = lower(person.lastName());
		return (text) -> {
			if (text == null) {
				return false;
			}
			String lower = text.toLowerCase(Locale.ROOT);
			return lower.contains(email)
					|| (first != null && last != null && lower.contains(first) && lower.contains(last));
		};
	}

	/**
	 * What stands for the person in a text others keep: their address, their full name
	 * both ways round.
	 */
	private static List<String> phrases(DataSubject person) {
		List<String> phrases = new ArrayList<>(List.of(person.email().strip()));
		if (person.firstName() != null && person.lastName() != null) {
			phrases.add(person.firstName().strip() + " " + person.lastName().strip());
			phrases.add(person.lastName().strip() + " " + person.firstName().strip());
		}
		return phrases;
	}

	private static String lower(String name) {
		return (name == null || name.strip().length() < 2) ? null : name.strip().toLowerCase(Locale.ROOT);
	}

	private static byte[] bytes() {
		byte[] bytes = new byte[6];
		random.nextBytes(bytes);
		return bytes;
	}

}
