package coop.resources.search.filetext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import coop.resources.search.SearchKind;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The texts of stored files ({@code file_texts}). The resource centre calls
 * {@link #request} when a file is stored (or replaced) and {@link #forget} when it is
 * deleted, then lists the file with its document ({@code SearchDocument.Builder.file});
 * the extraction happens in the background ({@link ExtractionWorker}) and the owner's
 * document is indexed again with the text. {@link #statusOf} says, in French, where each
 * file stands (« texte non extrait » for a scanned PDF).
 */
@Service
public class FileTexts {

	private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm",
			Locale.FRANCE);

	private final MongoTemplate mongo;

	private final ExtractionWorker worker;

	private final Clock clock;

	FileTexts(MongoTemplate mongo, ExtractionWorker worker, Clock clock) {
		this.mongo = mongo;
		this.worker = worker;
		this.clock = clock;
	}

	/**
	 * Queues the extraction of a stored file's text (again, if it was there before).
	 * @param fileId its GridFS id
	 * @param ownerKind what it belongs to, whose document is indexed again afterwards
	 * @param ownerId the owner's id in its store
	 */
	public void request(String fileId, String fileName, SearchKind ownerKind, String ownerId) {
		Instant now = this.clock.instant();
		this.mongo.upsert(Query.query(Criteria.where("_id").is(fileId)),
				new Update().set("fileName", fileName)
					.set("ownerKind", ownerKind)
					.set("ownerId", ownerId)
					.set("state", FileTextState.PENDING)
					.set("attempts", 0)
					.set("requestedAt", now)
					.set("notBefore", now)
					.unset("text")
					.set("truncated", false)
					.unset("claimedAt")
					.unset("extractedAt")
					.unset("error"),
				FileText.class);
		this.worker.wakeUp();
	}

	public void forget(String fileId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(fileId)), FileText.class);
	}

	/** The extracted texts of those files that have one. */
	public Map<String, String> textsOf(Collection<String> fileIds) {
		Map<String, String> texts = new LinkedHashMap<>();
		if (fileIds.isEmpty()) {
			return texts;
		}
		Query query = Query.query(Criteria.where("_id").in(fileIds).and("state").is(FileTextState.EXTRACTED));
		this.mongo.find(query, FileText.class).forEach((file) -> texts.put(file.fileId(), file.text()));
		return texts;
	}

	/** Where the extraction of each of those files stands, in the order given. */
	public List<FileTextStatus> statusOf(List<String> fileIds) {
		Query query = Query.query(Criteria.where("_id").in(fileIds));
		query.fields().exclude("text");
		Map<String, FileText> found = new LinkedHashMap<>();
		this.mongo.find(query, FileText.class).forEach((file) -> found.put(file.fileId(), file));
		return fileIds.stream().filter(found::containsKey).map((id) -> status(found.get(id))).toList();
	}

	FileTextStatus status(FileText file) {
		return switch (file.state()) {
			case PENDING -> new FileTextStatus(file.fileId(), file.fileName(), file.state(),
					"Texte en cours d'extraction : le contenu du fichier sera bientôt trouvé par la recherche.", null);
			case EXTRACTED -> new FileTextStatus(file.fileId(), file.fileName(), file.state(),
					file.truncated() ? "Texte extrait en partie : le début du fichier est trouvé par la recherche."
							: "Texte extrait : le contenu du fichier est trouvé par la recherche.",
					null);
			case NO_TEXT -> new FileTextStatus(file.fileId(), file.fileName(), file.state(),
					"Texte non extrait : ce fichier ne contient pas de texte lisible (un document scanné, une image). "
							+ "La recherche trouve la ressource par son titre et sa description.",
					null);
			case FAILED -> failed(file);
		};
	}

	private FileTextStatus failed(FileText file) {
		boolean retried = this.worker.willRetry(file);
		String message = "Texte non extrait : " + file.error() + "."
				+ (retried
						? " Nouvel essai le " + FRENCH.format(file.notBefore().atZone(ZoneId.of("Europe/Paris"))) + "."
						: " Déposez une version corrigée du fichier pour que son contenu soit cherchable.");
		return new FileTextStatus(file.fileId(), file.fileName(), file.state(), message,
				retried ? file.notBefore() : null);
	}

}
