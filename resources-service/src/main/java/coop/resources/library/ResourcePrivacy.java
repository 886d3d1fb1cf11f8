package coop.resources.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import coop.platform.files.CheckedUploads;
import coop.platform.moderation.Moderation;
import coop.resources.search.SearchIndexing;
import coop.resources.search.SearchKind;
import coop.resources.search.filetext.FileTexts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A person's data in the resource centre: the resources they own (with their files, the
 * answers of their online tools and the moderation history), the steps and comments they
 * left on others' resources, their bookmarks and their training progress.
 * <p>
 * Erasure: what they own goes (files from GridFS with their extracted text, index
 * entries, others' bookmarks and progress on it), except a resource published for others
 * (live, not a personal tool), which readers keep using: it stays without its owner's
 * name or address. Everywhere else (moderation steps, versions, comments on tools) the
 * person becomes a pseudonym. Their bookmarks and progress are deleted.
 */
@Component
public class ResourcePrivacy {

	/** The name shown instead of an erased person's. */
	public static final String ANONYMOUS_NAME = "Ancien membre de la coopérative";

	private final Resources resources;

	private final MongoTemplate mongo;

	private final CheckedUploads uploads;

	private final FileTexts fileTexts;

	private final SearchIndexing indexing;

	private final String bucket;

	ResourcePrivacy(Resources resources, MongoTemplate mongo, CheckedUploads uploads, FileTexts fileTexts,
			SearchIndexing indexing, @Value("${coop.files.bucket:files}") String bucket) {
		this.bucket = bucket;
		this.resources = resources;
		this.mongo = mongo;
		this.uploads = uploads;
		this.fileTexts = fileTexts;
		this.indexing = indexing;
	}

	/** What an erasure did here. */
	public record Erased(int deleted, int anonymised) {
	}

	public Map<String, Object> export(String subject, String emailKey) {
		Map<String, Object> part = new LinkedHashMap<>();
		List<Map<String, Object>> owned = new ArrayList<>();
		List<Map<String, Object>> contributed = new ArrayList<>();
		for (Resource resource : this.resources.findAll()) {
			if (owns(resource, subject, emailKey)) {
				owned.add(resource(resource));
			}
			else if (Pseudonyms.names(resource.moderation(), subject) || commented(resource, subject)) {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("slug", resource.slug());
				line.put("title", resource.shownContent().title());
				line.put("steps", steps(resource.moderation(), subject));
				if (resource.filled() != null) {
					line.put("comments",
							resource.filled()
								.comments()
								.stream()
								.filter((c) -> subject.equals(c.authorSubject()))
								.map((c) -> Map.of("section", c.section(), "at", c.at().toString(), "text", c.text()))
								.toList());
				}
				contributed.add(line);
			}
		}
		part.put("resources", owned);
		part.put("stepsOnOthersResources", contributed);
		part.put("bookmarks", this.mongo.find(bySubject(subject), Bookmark.class).stream().map((b) -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("resource",
					this.resources.findById(b.resourceId()).map((r) -> r.shownContent().title()).orElse(null));
			line.put("at", b.at().toString());
			return line;
		}).toList());
		part.put("trainingProgress", this.mongo.find(bySubject(subject), ModuleProgress.class).stream().map((p) -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("module",
					this.resources.findById(p.resourceId()).map((r) -> r.shownContent().title()).orElse(null));
			line.put("stepsDone", p.done());
			line.put("updatedAt", (p.updatedAt() != null) ? p.updatedAt().toString() : null);
			return line;
		}).toList());
		return part;
	}

	/**
	 * Erases the person from the resource centre; each document is written once, so a
	 * repeat finds nothing left to do.
	 */
	public Erased erase(String subject, String emailKey, String pseudonym, Predicate<String> namesPerson,
			java.util.function.UnaryOperator<String> scrub) {
		int deleted = 0;
		int anonymised = 0;
		for (Resource resource : this.resources.findAll()) {
			boolean owner = owns(resource, subject, emailKey);
			if (owner && (resource.liveContent() == null || resource.isPersonal())) {
				this.resources.delete(resource);
				for (String fileId : resource.fileIds()) {
					this.uploads.delete(fileId);
					this.fileTexts.forget(fileId);
				}
				this.indexing.removed(SearchKind.RESOURCE, resource.id());
				Query onIt = Query.query(Criteria.where("resourceId").is(resource.id()));
				this.mongo.remove(onIt, Bookmark.class);
				this.mongo.remove(onIt, ModuleProgress.class);
				deleted++;
				continue;
			}
			Moderation moderation = Pseudonyms.moderation(resource.moderation(), subject, pseudonym, ANONYMOUS_NAME);
			FilledForm filled = withoutComments(resource.filled(), subject, pseudonym);
			if (resource.forget(moderation, filled, owner, ANONYMOUS_NAME, namesPerson, scrub)) {
				this.resources.save(resource);
				this.indexing.refresh(SearchKind.RESOURCE, resource.id());
				anonymised++;
			}
		}
		deleted += (int) this.mongo.remove(bySubject(subject), Bookmark.class).getDeletedCount();
		deleted += (int) this.mongo.remove(bySubject(subject), ModuleProgress.class).getDeletedCount();
		// files of the resources kept: their metadata names the owner's subject
		this.mongo.getCollection(this.bucket + ".files")
			.updateMany(new org.bson.Document("metadata.owner", subject),
					new org.bson.Document("$set", new org.bson.Document("metadata.owner", pseudonym)));
		return new Erased(deleted, anonymised);
	}

	private static boolean owns(Resource resource, String subject, String emailKey) {
		return subject.equals(resource.owner())
				|| (resource.ownerEmail() != null && resource.ownerEmail().strip().equalsIgnoreCase(emailKey));
	}

	private static boolean commented(Resource resource, String subject) {
		return resource.filled() != null
				&& resource.filled().comments().stream().anyMatch((c) -> subject.equals(c.authorSubject()));
	}

	private static FilledForm withoutComments(FilledForm filled, String subject, String pseudonym) {
		if (filled == null || filled.comments().stream().noneMatch((c) -> subject.equals(c.authorSubject()))) {
			return filled;
		}
		return new FilledForm(filled.answers(), filled.revision(), filled.savedAt(), filled.sharedAt(),
				filled.comments()
					.stream()
					.map((c) -> subject.equals(c.authorSubject()) ? new FilledForm.SectionComment(c.id(), c.section(),
							pseudonym, ANONYMOUS_NAME, c.coach(), c.at(), c.text()) : c)
					.toList());
	}

	private static Query bySubject(String subject) {
		return Query.query(Criteria.where("subject").is(subject));
	}

	private static Map<String, Object> resource(Resource resource) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("slug", resource.slug());
		line.put("kind", resource.kind().name());
		line.put("ownerName", resource.ownerName());
		line.put("ownerEmail", resource.ownerEmail());
		line.put("state", resource.moderation().state().name());
		line.put("createdAt", resource.createdAt().toString());
		line.put("updatedAt", resource.updatedAt().toString());
		line.put("copiedFrom", resource.copiedFrom());
		ResourceContent live = resource.liveContent();
		if (live != null) {
			line.put("live", content(live));
		}
		line.put("working", content(resource.working()));
		line.put("files", resource.allFiles().stream().map((file) -> {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("name", file.name());
			f.put("mediaType", file.mediaType());
			f.put("size", file.size());
			f.put("uploadedAt", (file.uploadedAt() != null) ? file.uploadedAt().toString() : null);
			return f;
		}).toList());
		line.put("moderation", steps(resource.moderation(), null));
		FilledForm filled = resource.filled();
		if (filled != null) {
			line.put("answers", filled.answers());
			line.put("sharedAt", (filled.sharedAt() != null) ? filled.sharedAt().toString() : null);
			line.put("comments",
					filled.comments()
						.stream()
						.map((c) -> Map.of("section", c.section(), "by", c.authorName(), "at", c.at().toString(),
								"text", c.text()))
						.toList());
		}
		return line;
	}

	private static Map<String, Object> content(ResourceContent content) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("title", content.title());
		c.put("summary", content.summary());
		c.put("body", content.body());
		c.put("audience", content.audience().name());
		c.put("url", content.url());
		return c;
	}

	/** The moderation steps, all of them or those the person took. */
	private static List<Map<String, Object>> steps(Moderation moderation, String by) {
		return moderation.audit().stream().filter((e) -> by == null || by.equals(e.actorSubject())).map((e) -> {
			Map<String, Object> step = new LinkedHashMap<>();
			step.put("step", e.step().label());
			step.put("version", e.version());
			step.put("by", e.actorName());
			step.put("at", e.at().toString());
			step.put("note", e.note());
			return step;
		}).toList();
	}

}
