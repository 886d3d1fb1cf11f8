package coop.platform.contracts.members;

import java.util.List;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A document was put in an entrepreneur's personal file by the entrepreneur, their coach
 * or staff: the other party is told (the coach when the entrepreneur shared it, the
 * entrepreneur otherwise).
 *
 * @param documentId the document's id in the file
 * @param documentName its file name, as stored (its extension that of its real type)
 * @param sharedByName who shared it
 * @param entrepreneur whose file it is
 * @param recipients who to tell, each with the address of the file as they open it
 */
@EventType("members.file.document-shared")
public record FileDocumentShared(String documentId, String documentName, String sharedByName, Member entrepreneur,
		List<Recipient> recipients) implements IntegrationEvent {

	/**
	 * @param fileUrl {@code /intranet/mon-dossier} for the entrepreneur,
	 * {@code /intranet/dossiers/<subject>} for their coach, absolute
	 */
	public record Recipient(Member member, String fileUrl) {
	}

}
