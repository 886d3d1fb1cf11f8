package coop.events.fair;

import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code fair_exhibitor}: who exhibits at which fair (a fair's page lists them
 * through {@code AgendaEvents.exhibitorsOf}).
 */
@Repository
class FairExhibitors {

	private final JdbcClient jdbc;

	FairExhibitors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<UUID> fairsOf(String subject) {
		return Set.copyOf(this.jdbc.sql("select event_id from fair_exhibitor where subject = ?")
			.param(subject)
			.query(UUID.class)
			.list());
	}

	/** Adds the exhibitor; a second time changes nothing. */
	void add(UUID eventId, String subject, String name) {
		this.jdbc.sql("insert into fair_exhibitor (event_id, subject, name) values (?, ?, ?) on conflict do nothing")
			.params(eventId, subject, name)
			.update();
	}

	/**
	 * @return whether they exhibited there
	 */
	boolean remove(UUID eventId, String subject) {
		return this.jdbc.sql("delete from fair_exhibitor where event_id = ? and subject = ?")
			.params(eventId, subject)
			.update() > 0;
	}

}
