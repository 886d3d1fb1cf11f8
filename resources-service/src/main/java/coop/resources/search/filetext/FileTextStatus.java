package coop.resources.search.filetext;

import java.time.Instant;

/**
 * What the resource centre shows of a file's text (to its author and coach).
 *
 * @param message the French sentence to show
 * @param nextAttemptAt when a failed extraction is tried again, {@code null} if never
 */
public record FileTextStatus(String fileId, String fileName, FileTextState state, String message,
		Instant nextAttemptAt) {
}
