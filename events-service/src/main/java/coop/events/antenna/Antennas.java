package coop.events.antenna;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import coop.platform.contracts.members.AntennaChanged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code antenna}: members-service's antennas, by code. A message's state replaces
 * the kept one only when it is newer; a seeded row (from members-service's public list)
 * never replaces anything and gives way to any message.
 */
@Repository
public class Antennas {

	private final JdbcClient jdbc;

	Antennas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Antenna> find(String code) {
		return this.jdbc.sql("select code, name, head_office, closed from antenna where code = ?")
			.param(code)
			.query((rs, row) -> new Antenna(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)))
			.optional();
	}

	/** Keeps the antenna's state unless a newer one is kept already. */
	void keep(AntennaChanged changed) {
		this.jdbc
			.sql("insert into antenna (code, name, head_office, closed, changed_at) values (?, ?, ?, ?, ?)"
					+ " on conflict (code) do update set name = excluded.name, head_office = excluded.head_office,"
					+ " closed = excluded.closed, changed_at = excluded.changed_at"
					+ " where antenna.changed_at < excluded.changed_at")
			.params(changed.code(), changed.name(), changed.headOffice(),
					changed.status() == AntennaChanged.Status.CLOSED,
					Timestamp.from((changed.changedAt() != null) ? changed.changedAt() : Instant.EPOCH))
			.update();
	}

	/**
	 * Adds the open antennas it has never heard of.
	 * @return how many were added
	 */
	int addMissing(Collection<Antenna> open) {
		int added = 0;
		for (Antenna antenna : open) {
			added += this.jdbc
				.sql("insert into antenna (code, name, head_office, closed, changed_at) values (?, ?, ?, false, ?)"
						+ " on conflict (code) do nothing")
				.params(antenna.code(), antenna.name(), antenna.headOffice(), Timestamp.from(Instant.EPOCH))
				.update();
		}
		return added;
	}

	boolean isEmpty() {
		return this.jdbc.sql("select not exists (select 1 from antenna)").query(Boolean.class).single();
	}

}
