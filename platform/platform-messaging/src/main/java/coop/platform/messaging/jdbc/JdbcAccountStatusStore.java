package coop.platform.messaging.jdbc;

import java.sql.Timestamp;
import java.time.Instant;

import coop.platform.messaging.accounts.AccountStatusStore;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Account statuses in the service's PostgreSQL database (table
 * {@code platform_account_status}).
 */
class JdbcAccountStatusStore implements AccountStatusStore {

	private final JdbcTemplate jdbc;

	JdbcAccountStatusStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void apply(String subject, boolean deactivated, Instant changedAt) {
		this.jdbc.update("insert into platform_account_status (subject, deactivated, changed_at) values (?, ?, ?)"
				+ " on conflict (subject) do update set deactivated = excluded.deactivated,"
				+ " changed_at = excluded.changed_at where platform_account_status.changed_at < excluded.changed_at",
				subject, deactivated, Timestamp.from(changedAt));
	}

	@Override
	public boolean isDeactivated(String subject) {
		Boolean deactivated = this.jdbc.query("select deactivated from platform_account_status where subject = ?",
				(rs) -> rs.next() ? rs.getBoolean(1) : Boolean.FALSE, subject);
		return Boolean.TRUE.equals(deactivated);
	}

}
