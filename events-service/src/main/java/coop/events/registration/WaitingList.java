package coop.events.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First come, first served: when a seat frees up, the first person waiting is offered it
 * for a limited time ({@code coop.waitlist.offer-duration}, 24 h by default, never past
 * the event's start); an offer not taken in time passes to the next person. Callers hold
 * the event's row lock, so seats are never counted twice.
 */
@Component
class WaitingList {

	private static final Log logger = LogFactory.getLog(WaitingList.class);

	/**
	 * Key of the PostgreSQL advisory lock that keeps two replicas from expiring the same
	 * offers at once.
	 */
	static final long EXPIRY_LOCK = 4_242_001L;

	private final Registrations registrations;

	private final AgendaEvents events;

	private final RegistrationMessages messages;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration offerDuration;

	WaitingList(Registrations registrations, AgendaEvents events, RegistrationMessages messages,
			TransactionTemplate transaction, JdbcTemplate jdbc, Clock clock,
			@Value("${coop.waitlist.offer-duration:24h}") Duration offerDuration) {
		this.registrations = registrations;
		this.events = events;
		this.messages = messages;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.clock = clock;
		this.offerDuration = offerDuration;
	}

	/**
	 * Offers every free seat of the (locked) event to the people waiting, in their order
	 * of arrival.
	 */
	void fillFreedSeats(AgendaEvent event, Instant now) {
		if (!event.isScheduled() || event.hasStarted(now)) {
			return;
		}
		long taken = this.registrations.countByEventIdAndStatusIn(event.id(),
				List.of(Registration.Status.CONFIRMED, Registration.Status.OFFERED));
		List<Registration> waiting = this.registrations.findByEventIdAndStatus(event.id(),
				Registration.Status.WAITLISTED);
		Instant expiresAt = WaitingLine.offerExpiry(now, this.offerDuration, event.startsAt());
		for (Registration next : WaitingLine.nextInLine(waiting, event.capacity() - taken)) {
			next.offer(expiresAt);
			this.messages.offered(next, event, expiresAt);
		}
	}

	/** Passes the offers not taken in time to the next people waiting. */
	@Scheduled(fixedDelayString = "${coop.waitlist.expiry-interval:60s}",
			initialDelayString = "${coop.waitlist.expiry-interval:60s}")
	void expireOffers() {
		expireOffersAt(this.clock.instant());
	}

	int expireOffersAt(Instant now) {
		Integer expired = this.transaction.execute((status) -> {
			Boolean locked = this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class,
					EXPIRY_LOCK);
			if (!Boolean.TRUE.equals(locked)) {
				return 0;
			}
			int count = 0;
			for (UUID eventId : this.registrations.findOffersDue(now)
				.stream()
				.map(Registration::eventId)
				.distinct()
				.toList()) {
				AgendaEvent event = this.events.findForUpdate(eventId).orElseThrow();
				for (Registration offer : this.registrations.findByEventIdAndStatusOrderByCreatedAtAscIdAsc(eventId,
						Registration.Status.OFFERED)) {
					if (offer.expireOffer(now)) {
						this.messages.cancelled(offer, event);
						count++;
					}
				}
				fillFreedSeats(event, now);
			}
			return count;
		});
		if (expired != null && expired > 0) {
			logger.info(expired + " seat offer(s) expired and passed on");
		}
		return (expired != null) ? expired : 0;
	}

}
