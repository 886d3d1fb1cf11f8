package coop.platform.messaging.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every PostgreSQL service needs to answer a GDPR request: its rows as an export
 * wants them, and its outbox forgetting the messages that name the person.
 */
public final class JdbcPersonalData {

	private JdbcPersonalData() {
	}

	/**
	 * A row as JSON likes it (a {@code RowMapper}): camelCase keys, ISO instants and
	 * dates, decimals as plain strings, texts stripped, no nulls.
	 */
	public static Map<String, Object> row(ResultSet rs, int rowNum) throws SQLException {
		Map<String, Object> row = new LinkedHashMap<>();
		ResultSetMetaData meta = rs.getMetaData();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			Object value = rs.getObject(i);
			if (value == null) {
				continue;
			}
			if (value instanceof Timestamp || value instanceof OffsetDateTime) {
				value = rs.getObject(i, OffsetDateTime.class).toInstant().toString();
			}
			else if (value instanceof java.sql.Date date) {
				value = date.toLocalDate().toString();
			}
			else if (value instanceof BigDecimal decimal) {
				value = decimal.stripTrailingZeros().toPlainString();
			}
			else if (value instanceof UUID uuid) {
				value = uuid.toString();
			}
			else if (value instanceof String text) {
				value = text.strip();
			}
			row.put(camel(meta.getColumnLabel(i)), value);
		}
		return row;
	}

	/**
	 * Deletes the outbox's messages that name the person: by e-mail address, by subject
	 * once published, or by first and last name together. The answers to GDPR requests
	 * not yet published stay: members-service waits for them.
	 * @return how many messages went
	 */
	public static int forgetMessages(JdbcClient jdbc, String email, @Nullable String subject,
			@Nullable String firstName, @Nullable String lastName) {
		String answers = " and not (type = 'privacy.request.answered' and published_at is null)";
		int deleted = jdbc.sql("delete from platform_outbox where strpos(lower(envelope), :email) > 0" + answers)
			.param("email", email.strip().toLowerCase(Locale.ROOT))
			.update();
		if (subject != null && !subject.isBlank()) {
			deleted += jdbc
				.sql("delete from platform_outbox where published_at is not null and strpos(envelope, :subject) > 0"
						+ answers)
				.param("subject", subject)
				.update();
		}
		String first = lower(firstName);
		String last = lower(lastName);
		if (first != null && last != null) {
			deleted += jdbc
				.sql("delete from platform_outbox where strpos(lower(envelope), :first) > 0"
						+ " and strpos(lower(envelope), :last) > 0" + answers)
				.param("first", first)
				.param("last", last)
				.update();
		}
		return deleted;
	}

	private static @Nullable String lower(@Nullable String name) {
		return (name == null || name.strip().length() < 2) ? null : name.strip().toLowerCase(Locale.ROOT);
	}

	private static String camel(String column) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

}
