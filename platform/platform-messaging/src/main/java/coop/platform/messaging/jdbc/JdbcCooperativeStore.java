package coop.platform.messaging.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import coop.platform.contracts.ContractJson;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.cooperative.CooperativeStore;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cooperative's settings in the service's PostgreSQL database (table
 * {@code platform_cooperative}, one row): the message's JSON as it came.
 */
class JdbcCooperativeStore implements CooperativeStore {

	private final JdbcTemplate jdbc;

	JdbcCooperativeStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CooperativeChanged> find() {
		String json = this.jdbc.query("select settings from platform_cooperative where id = 1",
				(rs) -> rs.next() ? rs.getString(1) : null);
		return Optional.ofNullable(json).map((j) -> ContractJson.mapper().readValue(j, CooperativeChanged.class));
	}

	@Override
	public void keep(CooperativeChanged settings) {
		Instant changedAt = (settings.changedAt() != null) ? settings.changedAt() : Instant.EPOCH;
		this.jdbc.update("insert into platform_cooperative (id, settings, changed_at) values (1, ?, ?)"
				+ " on conflict (id) do update set settings = excluded.settings, changed_at = excluded.changed_at"
				+ " where platform_cooperative.changed_at <= excluded.changed_at",
				ContractJson.mapper().writeValueAsString(settings), Timestamp.from(changedAt));
	}

}
