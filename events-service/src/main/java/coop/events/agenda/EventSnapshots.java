package coop.events.agenda;

import coop.events.EventsProperties;
import coop.platform.contracts.events.AgendaEventSnapshot;

import org.springframework.stereotype.Component;

/**
 * What messages carry of an event, so that their consumers never need to call back.
 */
@Component
public class EventSnapshots {

	private final EventsProperties properties;

	EventSnapshots(EventsProperties properties) {
		this.properties = properties;
	}

	public AgendaEventSnapshot of(AgendaEvent event) {
		return new AgendaEventSnapshot(event.id(), AgendaEventSnapshot.Kind.valueOf(event.kind().name()), event.title(),
				event.startsAt().atZone(AgendaEvent.ZONE).toOffsetDateTime(),
				event.endsAt().atZone(AgendaEvent.ZONE).toOffsetDateTime(), AgendaEvent.ZONE.getId(),
				event.place().label(), event.place().address(), event.place().url(), pageUrl(event),
				event.antennaCode());
	}

	public String pageUrl(AgendaEvent event) {
		return this.properties.publicUrl() + ((event.audience() == Audience.PUBLIC) ? "/agenda/" : "/intranet/agenda/")
				+ event.id();
	}

}
