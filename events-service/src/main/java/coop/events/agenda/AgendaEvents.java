package coop.events.agenda;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AgendaEvents extends JpaRepository<AgendaEvent, UUID>, JpaSpecificationExecutor<AgendaEvent> {

	/**
	 * The event, locked until the end of the transaction: registrations to one event take
	 * turns, so its capacity is never exceeded whatever the number of simultaneous
	 * requests.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from AgendaEvent e where e.id = :id")
	Optional<AgendaEvent> findForUpdate(UUID id);

	/**
	 * The scheduled occurrences of a series after the given start, in order, locked like
	 * {@link #findForUpdate}.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from AgendaEvent e where e.seriesId = :seriesId and e.startsAt > :after"
			+ " and e.status = coop.events.agenda.AgendaEvent.Status.SCHEDULED order by e.startsAt")
	List<AgendaEvent> findLaterInSeriesForUpdate(UUID seriesId, Instant after);

	interface SeatsTaken {

		UUID getEventId();

		long getTaken();

	}

	interface ExhibitorRow {

		String getSlug();

		String getDisplayName();

		String getBusinessName();

	}

	@Query(nativeQuery = true,
			value = "select s.slug as slug, coalesce(s.display_name, f.name) as displayName,"
					+ " coalesce(s.business_name, f.name) as businessName from fair_exhibitor f"
					+ " left join showcase_ref s on s.subject = f.subject where f.event_id = :eventId order by f.name")
	List<ExhibitorRow> exhibitorsOf(UUID eventId);

	@Query(nativeQuery = true, value = "select r.event_id as eventId, count(*) as taken from registration r"
			+ " where r.status in ('CONFIRMED', 'OFFERED') and r.event_id in (:ids) group by r.event_id")
	List<SeatsTaken> seatsTaken(Collection<UUID> ids);

}
