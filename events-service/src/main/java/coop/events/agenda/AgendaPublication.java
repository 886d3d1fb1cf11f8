package coop.events.agenda;

import java.time.Clock;

import coop.platform.contracts.events.AgendaEventPublished;
import coop.platform.messaging.Outbox;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the platform what an event of the agenda is now ({@code events.event.published}),
 * in the transaction that changed it: created, changed, revised (texts, seats, audience,
 * a fair's exhibitors) or cancelled. The gateway refreshes the pages that show it, the
 * site's search keeps its copy. When events-service starts it tells every event again
 * (state transfer: the newest {@code changedAt} wins), so that a copy lost or never made
 * (demo data, a rebuilt index) catches up by itself.
 */
@Component
public class AgendaPublication {

	private static final Log logger = LogFactory.getLog(AgendaPublication.class);

	private static final int BATCH = 200;

	private final EventSnapshots snapshots;

	private final Outbox outbox;

	private final AgendaEvents events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AgendaPublication(EventSnapshots snapshots, Outbox outbox, AgendaEvents events, TransactionTemplate transaction,
			Clock clock) {
		this.snapshots = snapshots;
		this.outbox = outbox;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Within the caller's transaction: the event as it is now. */
	public void published(AgendaEvent event) {
		this.outbox.append(message(event));
	}

	AgendaEventPublished message(AgendaEvent event) {
		return new AgendaEventPublished(this.snapshots.of(event), event.summary(), event.description(),
				AgendaEventPublished.Audience.valueOf(event.audience().name()), !event.isScheduled(),
				this.clock.instant(), event.theme(), event.resources());
	}

	@EventListener(ApplicationReadyEvent.class)
	void tellEveryEventAgain() {
		int told = 0;
		PageRequest page = PageRequest.of(0, BATCH, Sort.by("id"));
		while (page != null) {
			PageRequest current = page;
			Slice<AgendaEvent> slice = this.transaction.execute((status) -> {
				Slice<AgendaEvent> found = this.events.findAll(current);
				found.forEach(this::published);
				return found;
			});
			told += slice.getNumberOfElements();
			page = slice.hasNext() ? current.next() : null;
		}
		logger.info("Agenda told again to the platform: " + told + " events");
	}

}
