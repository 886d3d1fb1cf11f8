package coop.members.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSFile;
import coop.members.keycloak.KeycloakAdmin;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.contracts.members.CoachProfileChanged;
import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.members.ShowcaseWithdrawn;
import coop.platform.contracts.privacy.PrivacyAnswered;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * members-service's own part of a GDPR request, answered like every other service's: the
 * person's record, personal file, showcase, coach profile (its pictures and the file's
 * documents listed, not sent), the copies of their workshops and appointments; or their
 * erasure: all of it deleted, the pictures and the file's documents (their coach's too)
 * in GridFS as well, the showcase withdrawn from the site and the search
 * ({@code members.showcase.withdrawn} for each of its addresses), the coach profile off
 * the public page ({@code members.coach-profile.changed}) and the Keycloak user deleted.
 * The person is found by subject and by e-mail address.
 */
@Component
class OwnData {

	private static final List<String> INTERNAL = List.of("outbox", "_class", "version");

	private final MongoTemplate mongo;

	private final GridFSBucket files;

	private final KeycloakAdmin keycloak;

	private final PrivacyService privacy;

	private final Clock clock;

	private final String service;

	OwnData(MongoTemplate mongo, GridFSBucket files, KeycloakAdmin keycloak, PrivacyService privacy, Clock clock,
			@Value("${spring.application.name}") String service) {
		this.mongo = mongo;
		this.files = files;
		this.keycloak = keycloak;
		this.privacy = privacy;
		this.clock = clock;
		this.service = service;
	}

	void handle(PrivacyRequested request) {
		if (request.kind() == null || request.person() == null || request.person().email() == null) {
			return;
		}
		Member person = request.person();
		String subject = subject(person);
		if (request.kind() == PrivacyRequested.Kind.EXPORT) {
			export(request, subject, person.email().toLowerCase(Locale.ROOT));
		}
		else {
			erase(request, subject, person.email().toLowerCase(Locale.ROOT));
		}
	}

	/** The subject of the message, or of the account at that address. */
	private String subject(Member person) {
		if (person.subject() != null) {
			return person.subject();
		}
		Document account = this.mongo.findOne(
				Query.query(Criteria.where("email").is(person.email().toLowerCase(Locale.ROOT))), Document.class,
				"people");
		return (account != null) ? account.getString("subject") : null;
	}

	private void export(PrivacyRequested request, String subject, String email) {
		Map<String, Object> part = new LinkedHashMap<>();
		List<String> summary = new ArrayList<>();
		Document account = this.mongo.findOne(personQuery(subject, email), Document.class, "people");
		if (account != null) {
			part.put("account", plain(account));
			summary.add("votre fiche");
		}
		if (subject != null) {
			Document file = this.mongo.findOne(personalFile(subject), Document.class, "personal_files");
			if (file != null) {
				part.put("personalFile", plain(file));
				summary.add("votre dossier");
			}
			Document showcase = this.mongo.findOne(Query.query(Criteria.where("ownerSubject").is(subject)),
					Document.class, "showcases");
			if (showcase != null) {
				part.put("showcase", plain(showcase));
				summary.add("votre vitrine");
			}
			Document coachProfile = this.mongo.findOne(personalFile(subject), Document.class, "coach_profiles");
			if (coachProfile != null) {
				part.put("coachProfile", plain(coachProfile));
				summary.add("votre profil d'accompagnateur");
			}
			List<Object> workshops = all("file_workshops", subject);
			part.put("workshops", workshops);
			count(summary, workshops.size(), "atelier suivi", "ateliers suivis");
			List<Object> appointments = all("file_appointments", subject);
			part.put("appointments", appointments);
			count(summary, appointments.size(), "rendez-vous", "rendez-vous");
			List<Object> pictures = new ArrayList<>();
			for (GridFSFile stored : this.files.find(ownFiles(subject))) {
				Map<String, Object> listed = new LinkedHashMap<>();
				listed.put("name", stored.getFilename());
				listed.put("size", stored.getLength());
				listed.put("uploadedAt", stored.getUploadDate().toInstant().toString());
				pictures.add(listed);
			}
			part.put("files", pictures);
			count(summary, pictures.size(), "fichier (listé)", "fichiers (listés)");
		}
		String sentence = summary.isEmpty() ? "Aucune donnée"
				: Character.toUpperCase(summary.get(0).charAt(0)) + String.join(", ", summary).substring(1);
		this.privacy.answered(new PrivacyAnswered(request.requestId(), this.service, PrivacyRequested.Kind.EXPORT, part,
				sentence, 0, 0, this.clock.instant()));
	}

	/**
	 * Counts, then records the answer with the showcase's withdrawals and the coach
	 * profile's end (one write: the messages are kept before the documents go), then
	 * deletes: run again after a failure, it deletes what is left and repeats the same
	 * answer.
	 */
	private void erase(PrivacyRequested request, String subject, String email) {
		Query people = personQuery(subject, email);
		int deleted = (int) this.mongo.count(people, "people");
		List<IntegrationEvent> alongside = new ArrayList<>();
		List<Object> showcaseIds = new ArrayList<>();
		List<ObjectId> fileIds = new ArrayList<>();
		if (subject != null) {
			Query own = Query.query(Criteria.where("subject").is(subject));
			deleted += (int) this.mongo.count(personalFile(subject), "personal_files");
			deleted += (int) this.mongo.count(own, "file_workshops");
			deleted += (int) this.mongo.count(own, "file_appointments");
			if (this.mongo.exists(personalFile(subject), "coach_profiles")) {
				deleted++;
				// « Qui sont les accompagnateurs » no longer shows them
				alongside.add(new CoachProfileChanged(subject, false, this.clock.instant()));
			}
			for (Document showcase : this.mongo.find(Query.query(Criteria.where("ownerSubject").is(subject)),
					Document.class, "showcases")) {
				showcaseIds.add(showcase.get("_id"));
				deleted++;
				if (showcase.getString("slug") != null) {
					alongside.add(new ShowcaseWithdrawn(showcase.getString("slug")));
				}
				for (Object former : showcase.getList("formerSlugs", Object.class, List.of())) {
					alongside.add(new ShowcaseWithdrawn(String.valueOf(former)));
				}
			}
			this.files.find(ownFiles(subject)).forEach((file) -> fileIds.add(file.getObjectId()));
			deleted += fileIds.size();
			deleted += (int) this.mongo.count(Query.query(Criteria.where("showcaseId").in(showcaseIds)),
					"showcase_messages");
		}
		String sentence = (deleted == 0) ? "Aucune donnée à effacer"
				: deleted + ((deleted == 1) ? " élément effacé" : " éléments effacés")
						+ " (fiche, dossier, vitrine et ses images, profil d'accompagnateur, compte de connexion)";
		this.privacy.answered(new PrivacyAnswered(request.requestId(), this.service, PrivacyRequested.Kind.ERASURE,
				null, sentence, deleted, 0, this.clock.instant()), alongside);
		if (subject != null) {
			Query own = Query.query(Criteria.where("subject").is(subject));
			this.mongo.remove(personalFile(subject), "personal_files");
			this.mongo.remove(own, "file_workshops");
			this.mongo.remove(own, "file_appointments");
			this.mongo.remove(personalFile(subject), "coach_profiles");
			this.mongo.remove(Query.query(Criteria.where("showcaseId").in(showcaseIds)), "showcase_messages");
			this.mongo.remove(Query.query(Criteria.where("_id").in(showcaseIds)), "showcases");
			fileIds.forEach((id) -> {
				try {
					this.files.delete(id);
				}
				catch (com.mongodb.MongoGridFSException gone) {
					// deleted meanwhile
				}
			});
			this.keycloak.deleteUser(subject);
		}
		this.mongo.remove(people, "people");
	}

	/**
	 * The personal file and the coach profile are keyed by the subject ({@code _id}, not
	 * a field of its own).
	 */
	private static Query personalFile(String subject) {
		return Query.query(Criteria.where("_id").is(subject));
	}

	/**
	 * The person's GridFS files: what they uploaded (showcase pictures) and every
	 * document of their personal file, whoever shared it (their coach's too).
	 */
	private static Document ownFiles(String subject) {
		return new Document("$or",
				List.of(new Document("metadata.owner", subject), new Document("metadata.personalFile", subject)));
	}

	private Query personQuery(String subject, String email) {
		return (subject != null) ? Query
			.query(new Criteria().orOperator(Criteria.where("subject").is(subject), Criteria.where("email").is(email)))
				: Query.query(Criteria.where("email").is(email));
	}

	private List<Object> all(String collection, String subject) {
		return this.mongo.find(Query.query(Criteria.where("subject").is(subject)), Document.class, collection)
			.stream()
			.map(OwnData::plain)
			.toList();
	}

	private static void count(List<String> summary, int count, String one, String many) {
		if (count > 0) {
			summary.add(count + " " + ((count == 1) ? one : many));
		}
	}

	/** A stored document as plain JSON data: dates as ISO-8601, ids as strings. */
	static Object plain(Object value) {
		if (value instanceof Document document) {
			Map<String, Object> map = new LinkedHashMap<>();
			document.forEach((key, field) -> {
				if (!INTERNAL.contains(key)) {
					map.put("_id".equals(key) ? "id" : key, plain(field));
				}
			});
			return map;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(OwnData::plain).toList();
		}
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		if (value instanceof Instant instant) {
			return instant.toString();
		}
		if (value instanceof ObjectId || value instanceof Decimal128 || value instanceof UUID) {
			return value.toString();
		}
		if (value instanceof Binary) {
			return null;
		}
		return value;
	}

}
