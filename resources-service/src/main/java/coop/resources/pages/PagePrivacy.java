package coop.resources.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What the presentation pages hold of the staff who wrote them: the name (and, since it
 * is kept, the subject) of who published each version, of who published the version
 * online and of who last changed a draft. The export lists those versions and drafts; the
 * erasure writes another name in their place, and the pages stay as they are (the
 * cooperative's texts, not the person's). A record without a subject (written before it
 * was kept) is the person's when it holds their full name or address.
 */
@Component
public class PagePrivacy {

	private static final String PAGES = "pages";

	private final MongoTemplate mongo;

	PagePrivacy(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @param named whether a name stored without a subject is the person's
	 * @return {@code pageVersions} (each version they published: page, number, title,
	 * date) and {@code pageDrafts} (pages whose draft they changed last)
	 */
	public Map<String, Object> export(String subject, Predicate<String> named) {
		Map<String, String> slugs = new LinkedHashMap<>();
		for (Document page : this.mongo.find(new Query(), Document.class, PAGES)) {
			slugs.put(page.get("_id").toString(), page.getString("slug"));
		}
		List<Map<String, Object>> versions = new ArrayList<>();
		for (Document version : this.mongo.find(
				theirs("publishedBySubject", "publishedBy", subject, named, PageVersion.COLLECTION), Document.class,
				PageVersion.COLLECTION)) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("page", slugs.get(version.getString("pageId")));
			line.put("number", version.get("number"));
			line.put("title", version.get("content", Document.class).getString("title"));
			line.put("publishedAt", instant(version.get("publishedAt")));
			line.put("publishedBy", version.getString("publishedBy"));
			versions.add(line);
		}
		List<Map<String, Object>> drafts = new ArrayList<>();
		for (Document page : this.mongo.find(theirs("updatedBySubject", "updatedBy", subject, named, PAGES),
				Document.class, PAGES)) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("page", page.getString("slug"));
			line.put("draftTitle", page.get("draft", Document.class).getString("title"));
			line.put("changedAt", instant(page.get("updatedAt")));
			line.put("changedBy", page.getString("updatedBy"));
			drafts.add(line);
		}
		Map<String, Object> part = new LinkedHashMap<>();
		part.put("pageVersions", versions);
		part.put("pageDrafts", drafts);
		return part;
	}

	/**
	 * Writes {@code anonymousName} instead of the person's name in the versions they
	 * published and the drafts they changed last; run again, it finds nothing.
	 * @return how many versions and pages were changed
	 */
	public int erase(String subject, Predicate<String> named, String anonymousName) {
		long changed = this.mongo
			.updateMulti(theirs("publishedBySubject", "publishedBy", subject, named, PageVersion.COLLECTION),
					new Update().set("publishedBy", anonymousName).unset("publishedBySubject"), PageVersion.COLLECTION)
			.getModifiedCount();
		// a page's copy of its version online says the same; the revision moves on, so an
		// editor's page read before is refused rather than saved over it
		this.mongo.updateMulti(theirs("online.publishedBySubject", "online.publishedBy", subject, named, PAGES),
				new Update().set("online.publishedBy", anonymousName)
					.unset("online.publishedBySubject")
					.inc("revision", 1),
				PAGES);
		changed += this.mongo
			.updateMulti(theirs("updatedBySubject", "updatedBy", subject, named, PAGES),
					new Update().set("updatedBy", anonymousName).unset("updatedBySubject").inc("revision", 1), PAGES)
			.getModifiedCount();
		return (int) changed;
	}

	/**
	 * The documents of that collection naming the person: by subject, or, without one, by
	 * a name that is theirs (the distinct names are few: staff's).
	 */
	private Query theirs(String subjectField, String nameField, String subject, Predicate<String> named,
			String collection) {
		List<String> names = this.mongo
			.findDistinct(Query.query(Criteria.where(subjectField).is(null)), nameField, collection, String.class)
			.stream()
			.filter(named)
			.toList();
		return Query.query(new Criteria().orOperator(Criteria.where(subjectField).is(subject), new Criteria()
			.andOperator(Criteria.where(subjectField).is(null), Criteria.where(nameField).in(names))));
	}

	private static Object instant(Object date) {
		return (date instanceof java.util.Date at) ? at.toInstant().toString() : date;
	}

}
