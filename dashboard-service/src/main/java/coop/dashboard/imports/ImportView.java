package coop.dashboard.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An import as staff see it: where its job stands and, once ended, its report.
 *
 * @param status {@code QUEUED}, {@code RUNNING}, {@code IMPORTED}, {@code REFUSED}, or
 * {@code DUPLICATE} (the same file was already imported: nothing changed)
 * @param progress percent of the file read
 * @param problems the first problems, line by line (line 0: the whole file)
 * @param unmatched rows kept aside: their analytical code matches no personal file
 */
public record ImportView(UUID id, String fileName, @Nullable ImportKind kind, @Nullable String format, String status,
		int progress, long rowsRead, long rowsImported, long rowsUnmatched, long rowsWithoutCode,
		@Nullable LocalDate firstDate, @Nullable LocalDate lastDate, long problemCount,
		List<ImportReport.LineProblem> problems, List<ImportReport.Unmatched> unmatched, @Nullable String message,
		@Nullable UUID duplicateOf, String source, Instant createdAt, @Nullable Instant finishedAt) {
}
