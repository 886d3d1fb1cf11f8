package coop.dashboard.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import found, line by line: the problems that refuse it (the first
 * {@value #KEPT_PROBLEMS} kept, all counted), the rows whose analytical code matches no
 * entrepreneur, and the dates the file covers.
 */
final class ImportReport {

	static final int KEPT_PROBLEMS = 200;

	/**
	 * A line the import refused and why (line 0: the whole file); not the API's
	 * problem+json.
	 */
	record LineProblem(long line, String message) {
	}

	record Unmatched(String analyticalCode, long rows, long firstLine) {
	}

	private final List<LineProblem> problems = new ArrayList<>();

	private final Map<String, long[]> unmatched = new LinkedHashMap<>();

	private long problemCount;

	private long rowsRead;

	private long lastLine;

	private long announced;

	private long withoutCode;

	private long imported;

	private LocalDate firstDate;

	private LocalDate lastDate;

	void rowRead(long line) {
		this.rowsRead++;
		this.lastLine = line;
	}

	void announced(long rows) {
		this.announced = rows;
	}

	void problem(long line, String message) {
		this.problemCount++;
		if (this.problems.size() < KEPT_PROBLEMS) {
			this.problems.add(new LineProblem(line, message));
		}
	}

	void withoutCode() {
		this.withoutCode++;
	}

	void imported(ParsedLine line, boolean matched) {
		this.imported++;
		if (this.firstDate == null || line.date().isBefore(this.firstDate)) {
			this.firstDate = line.date();
		}
		if (this.lastDate == null || line.date().isAfter(this.lastDate)) {
			this.lastDate = line.date();
		}
		if (!matched) {
			long[] counts = this.unmatched.computeIfAbsent(line.analyticalCode(),
					(code) -> new long[] { 0, line.line() });
			counts[0]++;
		}
	}

	boolean refused() {
		return this.problemCount > 0;
	}

	List<LineProblem> problems() {
		return List.copyOf(this.problems);
	}

	long problemCount() {
		return this.problemCount;
	}

	List<Unmatched> unmatched() {
		return this.unmatched.entrySet()
			.stream()
			.map((entry) -> new Unmatched(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.toList();
	}

	long unmatchedRows() {
		return this.unmatched.values().stream().mapToLong((counts) -> counts[0]).sum();
	}

	long rowsRead() {
		return this.rowsRead;
	}

	long lastLine() {
		return this.lastLine;
	}

	long announcedRows() {
		return this.announced;
	}

	long withoutCodeRows() {
		return this.withoutCode;
	}

	long importedRows() {
		return this.imported;
	}

	LocalDate firstDate() {
		return this.firstDate;
	}

	LocalDate lastDate() {
		return this.lastDate;
	}

}
