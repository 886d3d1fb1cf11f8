package coop.dashboard.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import coop.dashboard.files.PersonalFiles;
import coop.platform.contracts.dashboard.AccountingImportFinished;
import coop.platform.contracts.dashboard.FiguresChanged;
import coop.platform.messaging.Outbox;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import: reads the spooled file row by row and writes its lines in batches
 * inside one transaction, which commits only when every row was read well. Then the lines
 * of the same kind from the file's first date on, brought by earlier files, are deleted
 * in that same transaction: a newer file replaces from its first date, and a failure at
 * any row leaves the figures exactly as they were. Imports run one at a time across
 * instances (an advisory lock), so two replacements never interleave.
 */
@Component
class ImportRunner {

	private static final Log logger = LogFactory.getLog(ImportRunner.class);

	private static final int BATCH = 1000;

	private static final int PROGRESS_EVERY = 2000;

	private static final long IMPORT_LOCK = 0x434F4F50_494D50L;

	private final Imports imports;

	private final PersonalFiles files;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Outbox outbox;

	private final TransactionTemplate transaction;

	private final TransactionTemplate apart;

	private final ImportProperties properties;

	private final Clock clock;

	ImportRunner(Imports imports, PersonalFiles files, JdbcClient jdbc, JdbcTemplate template, Outbox outbox,
			PlatformTransactionManager transactions, ImportProperties properties, Clock clock) {
		this.imports = imports;
		this.files = files;
		this.jdbc = jdbc;
		this.template = template;
		this.outbox = outbox;
		this.transaction = new TransactionTemplate(transactions);
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
		this.clock = clock;
	}

	static Path spooled(ImportProperties properties, UUID id) {
		return properties.spoolDir().resolve(id + ".upload");
	}

	void run(UUID id, String checksum, String fileName) {
		Path path = spooled(this.properties, id);
		ImportReport report = new ImportReport();
		Run run = new Run(id, report);
		try {
			run.detected = SourceFile.detect(path);
			this.imports.progress(id, run.detected.describe(), 0, 0);
			String outcome = this.transaction.execute((status) -> {
				this.jdbc.sql("select pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query(Object.class).single();
				UUID earlier = this.imports.importedWith(checksum).orElse(null);
				if (earlier != null) {
					this.imports.duplicate(id, earlier);
					return "DUPLICATE";
				}
				read(path, run);
				if (report.refused()) {
					status.setRollbackOnly();
					return "REFUSED";
				}
				if (report.importedRows() == 0) {
					status.setRollbackOnly();
					run.message = "Aucune ligne à importer : le fichier n'a que son en-tête ou des lignes sans code analytique.";
					return "REFUSED";
				}
				replace(run);
				String message = "Import terminé : " + report.importedRows() + " lignes"
						+ ((report.unmatchedRows() > 0)
								? ", dont " + report.unmatchedRows() + " mises de côté (code analytique inconnu)" : "")
						+ ".";
				this.imports.finish(id, "IMPORTED", run.kind(), run.detected.describe(), report, message);
				this.outbox.append(finished(run, fileName, AccountingImportFinished.Outcome.IMPORTED));
				List<String> subjects = this.files.subjectsOf(run.affectedCodes);
				if (!subjects.isEmpty()) {
					this.outbox.append(new FiguresChanged(subjects, FiguresChanged.Cause.IMPORT, this.clock.instant()));
				}
				return "IMPORTED";
			});
			if ("REFUSED".equals(outcome)) {
				refuse(run, fileName, (run.message != null) ? run.message
						: "Fichier refusé : " + report.problemCount() + " ligne(s) en erreur. Rien n'a été importé.");
			}
		}
		catch (UnreadableFileException ex) {
			report.problem(0, ex.getMessage());
			refuse(run, fileName, ex.getMessage() + " Rien n'a été importé.");
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Import " + id + " failed", ex);
			report.problem(0, "Le fichier n'a pas pu être lu jusqu'au bout.");
			refuse(run, fileName, "Le fichier n'a pas pu être lu jusqu'au bout. Rien n'a été importé.");
		}
		finally {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				logger.warn("Spooled file " + path + " not deleted", ex);
			}
		}
	}

	private void refuse(Run run, String fileName, String message) {
		this.transaction.executeWithoutResult((status) -> {
			this.imports.finish(run.id, "REFUSED", run.kind(), (run.detected != null) ? run.detected.describe() : null,
					run.report, message);
			this.outbox.append(finished(run, fileName, AccountingImportFinished.Outcome.REFUSED));
		});
	}

	private AccountingImportFinished finished(Run run, String fileName, AccountingImportFinished.Outcome outcome) {
		ImportReport report = run.report;
		return new AccountingImportFinished(run.id, fileName, (run.kind() != null) ? run.kind().name() : null, outcome,
				(run.detected != null) ? run.detected.describe() : null,
				(outcome == AccountingImportFinished.Outcome.IMPORTED) ? (int) report.importedRows() : 0,
				report.firstDate(), report.lastDate(),
				report.unmatched()
					.stream()
					.limit(100)
					.map((u) -> new AccountingImportFinished.UnmatchedCode(u.analyticalCode(), (int) u.rows(),
							(int) u.firstLine()))
					.toList(),
				report.problems()
					.stream()
					.limit(50)
					.map((p) -> new AccountingImportFinished.Problem((int) p.line(), p.message()))
					.toList(),
				(int) report.problemCount(),
				this.properties.publicUrl() + "/intranet/gestion/imports?import=" + run.id);
	}

	private void read(Path path, Run run) {
		Set<String> known = this.files.analyticalCodes();
		long size = Math.max(1, path.toFile().length());
		try (CountingStream in = new CountingStream(Files.newInputStream(path))) {
			LineReader reader = new LineReader(run.report, run.detected.format() == SourceFile.Format.CSV);
			run.reader = reader;
			reader.read(SourceFile.open(path, run.detected, in), (line) -> {
				boolean matched = known.contains(line.analyticalCode());
				run.report.imported(line, matched);
				run.affectedCodes.add(line.analyticalCode());
				if (!run.report.refused()) {
					run.batch.add(line);
					if (run.batch.size() >= BATCH) {
						flush(run);
					}
				}
				long rows = run.report.rowsRead();
				if (rows % PROGRESS_EVERY == 0) {
					long announced = run.report.announcedRows();
					int percent = (announced > 0) ? (int) Math.min(99, rows * 100 / announced)
							: (int) Math.min(99, in.count * 100 / size);
					this.apart.executeWithoutResult((s) -> this.imports.progress(run.id, null, percent, rows));
				}
			});
			if (!run.report.refused()) {
				flush(run);
			}
		}
		catch (IOException ex) {
			throw new UnreadableFileException("Le fichier n'a pas pu être lu jusqu'au bout.", ex);
		}
	}

	private void flush(Run run) {
		if (run.batch.isEmpty()) {
			return;
		}
		if (run.kind() == ImportKind.LEDGER) {
			this.template.batchUpdate(
					"insert into ledger_operation (import_id, analytical_code, account,"
							+ " operation_date, label, debit, credit) values (?, ?, ?, ?, ?, ?, ?)",
					run.batch, run.batch.size(), (ps, line) -> {
						ParsedLine.Operation op = (ParsedLine.Operation) line;
						ps.setObject(1, run.id);
						ps.setString(2, op.analyticalCode());
						ps.setString(3, op.account());
						ps.setDate(4, Date.valueOf(op.date()));
						ps.setString(5, op.label());
						ps.setBigDecimal(6, op.debit());
						ps.setBigDecimal(7, op.credit());
					});
		}
		else {
			String kind = (run.kind() == ImportKind.INVOICES) ? "INVOICE" : "QUOTE";
			this.template.batchUpdate("insert into sales_document (import_id, kind, analytical_code, customer, number,"
					+ " issued_on, description, excluding_tax, including_tax, amount_due, status)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", run.batch, run.batch.size(), (ps, line) -> {
						ParsedLine.SalesDocument doc = (ParsedLine.SalesDocument) line;
						ps.setObject(1, run.id);
						ps.setString(2, kind);
						ps.setString(3, doc.analyticalCode());
						ps.setString(4, doc.customer());
						ps.setString(5, doc.number());
						ps.setDate(6, Date.valueOf(doc.date()));
						ps.setString(7, doc.description());
						ps.setBigDecimal(8, doc.excludingTax());
						ps.setBigDecimal(9, doc.includingTax());
						ps.setBigDecimal(10, doc.amountDue());
						ps.setString(11, (doc.status() != null) ? doc.status().name() : null);
					});
		}
		run.batch.clear();
	}

	/** Deletes what earlier files said from this file's first date on. */
	private void replace(Run run) {
		Date from = Date.valueOf(run.report.firstDate());
		if (run.kind() == ImportKind.LEDGER) {
			run.affectedCodes.addAll(this.jdbc.sql(
					"select distinct analytical_code from ledger_operation where operation_date >= ? and import_id <> ?")
				.params(from, run.id)
				.query(String.class)
				.list());
			this.jdbc.sql("delete from ledger_operation where operation_date >= ? and import_id <> ?")
				.params(from, run.id)
				.update();
		}
		else {
			String kind = (run.kind() == ImportKind.INVOICES) ? "INVOICE" : "QUOTE";
			run.affectedCodes.addAll(this.jdbc
				.sql("select distinct analytical_code from sales_document where kind = ? and issued_on >= ?"
						+ " and import_id <> ?")
				.params(kind, from, run.id)
				.query(String.class)
				.list());
			this.jdbc.sql("delete from sales_document where kind = ? and issued_on >= ? and import_id <> ?")
				.params(kind, from, run.id)
				.update();
		}
	}

	private static final class Run {

		final UUID id;

		final ImportReport report;

		final List<ParsedLine> batch = new ArrayList<>(BATCH);

		final Set<String> affectedCodes = new HashSet<>();

		SourceFile.Detected detected;

		LineReader reader;

		String message;

		Run(UUID id, ImportReport report) {
			this.id = id;
			this.report = report;
		}

		ImportKind kind() {
			return (this.reader != null && this.reader.layout() != null) ? this.reader.layout().kind() : null;
		}

	}

	private static final class CountingStream extends FilterInputStream {

		long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

	}

}
