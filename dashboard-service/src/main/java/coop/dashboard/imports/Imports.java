package coop.dashboard.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import coop.platform.contracts.ContractJson;
import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code accounting_import} rows: one per file received, its job's state and report.
 */
@Repository
class Imports {

	private static final TypeReference<List<ImportReport.LineProblem>> PROBLEMS = new TypeReference<>() {
	};

	private static final TypeReference<List<ImportReport.Unmatched>> UNMATCHED = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Clock clock;

	Imports(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	UUID create(String fileName, String checksum, long size, String source, String uploadedBy) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into accounting_import (id, file_name, checksum, size_bytes, status, source, uploaded_by, created_at)
					values (?, ?, ?, ?, 'QUEUED', ?, ?, ?)""")
			.params(id, fileName, checksum, size, source, uploadedBy, now())
			.update();
		return id;
	}

	Optional<UUID> importedWith(String checksum) {
		return this.jdbc
			.sql("select id from accounting_import where checksum = ? and status = 'IMPORTED' order by finished_at"
					+ " limit 1")
			.param(checksum)
			.query(UUID.class)
			.optional();
	}

	void duplicate(UUID id, UUID of) {
		this.jdbc
			.sql("update accounting_import set status = 'DUPLICATE', duplicate_of = ?, progress = 100,"
					+ " message = ?, finished_at = ? where id = ?")
			.params(of, "Ce fichier a déjà été importé à l'identique : rien n'a changé.", now(), id)
			.update();
	}

	/**
	 * Claims the oldest waiting job, or one whose instance stopped beating.
	 */
	Optional<UUID> claim() {
		return this.jdbc.sql("""
				update accounting_import set status = 'RUNNING', heartbeat_at = ?
				where id = (select id from accounting_import
				            where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < ?)
				            order by created_at limit 1 for update skip locked)
				returning id""")
			.params(now(), Timestamp.from(this.clock.instant().minusSeconds(120)))
			.query(UUID.class)
			.optional();
	}

	void progress(UUID id, String format, int percent, long rows) {
		this.jdbc
			.sql("update accounting_import set format = coalesce(?, format), progress = ?, rows_read = ?,"
					+ " heartbeat_at = ? where id = ?")
			.params(format, percent, rows, now(), id)
			.update();
	}

	void finish(UUID id, String status, ImportKind kind, String format, ImportReport report, String message) {
		this.jdbc.sql("""
				update accounting_import set status = ?, kind = ?, format = ?, progress = 100, rows_read = ?,
				    rows_imported = ?, rows_unmatched = ?, rows_no_code = ?, first_date = ?, last_date = ?,
				    problem_count = ?, problems = ?, unmatched = ?, message = ?, finished_at = ?
				where id = ?""")
			.params(status, (kind != null) ? kind.name() : null, format, report.rowsRead(),
					"IMPORTED".equals(status) ? report.importedRows() : 0, report.unmatchedRows(),
					report.withoutCodeRows(), report.firstDate(), report.lastDate(), report.problemCount(),
					json(report.problems()), json(report.unmatched()), message, now(), id)
			.update();
	}

	Optional<ImportView> find(UUID id) {
		return this.jdbc.sql("select * from accounting_import where id = ?").param(id).query(this::view).optional();
	}

	List<ImportView> recent(int limit) {
		return this.jdbc.sql("select * from accounting_import order by created_at desc limit ?")
			.param(limit)
			.query(this::view)
			.list();
	}

	private ImportView view(ResultSet rs, int row) throws SQLException {
		String kind = rs.getString("kind");
		String problems = rs.getString("problems");
		String unmatched = rs.getString("unmatched");
		Timestamp finished = rs.getTimestamp("finished_at");
		java.sql.Date first = rs.getDate("first_date");
		java.sql.Date last = rs.getDate("last_date");
		return new ImportView(rs.getObject("id", UUID.class), rs.getString("file_name"),
				(kind != null) ? ImportKind.valueOf(kind) : null, rs.getString("format"), rs.getString("status"),
				rs.getInt("progress"), rs.getLong("rows_read"), rs.getLong("rows_imported"),
				rs.getLong("rows_unmatched"), rs.getLong("rows_no_code"), (first != null) ? first.toLocalDate() : null,
				(last != null) ? last.toLocalDate() : null, rs.getLong("problem_count"),
				(problems != null) ? ContractJson.mapper().readValue(problems, PROBLEMS) : List.of(),
				(unmatched != null) ? ContractJson.mapper().readValue(unmatched, UNMATCHED) : List.of(),
				rs.getString("message"), rs.getObject("duplicate_of", UUID.class), rs.getString("source"),
				rs.getTimestamp("created_at").toInstant(), (finished != null) ? finished.toInstant() : null);
	}

	private static String json(Object value) {
		return ContractJson.mapper().writeValueAsString(value);
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
