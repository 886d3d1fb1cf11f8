package coop.resources.search.filetext;

import java.time.Instant;

import coop.resources.search.SearchKind;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The extracted text of one stored file and where its extraction stands.
 *
 * @param fileId the file's id in GridFS
 * @param ownerKind what the file belongs to (its document is indexed again once the text
 * is there)
 * @param text at most {@code max-chars} characters ({@code truncated} says when cut)
 * @param attempts failed extractions so far
 * @param notBefore when the next attempt may run
 * @param claimedAt when a worker took it (a claim older than the time limit is stale)
 * @param error why the last attempt failed, in French
 */
@Document("file_texts")
record FileText(@Id String fileId, String fileName, SearchKind ownerKind, String ownerId, FileTextState state,
		String text, boolean truncated, int attempts, Instant requestedAt, Instant notBefore, Instant claimedAt,
		Instant extractedAt, String error) {
}
