package coop.platform.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a consumer needs to tell someone about an agenda event without calling
 * events-service back.
 *
 * @param kind the kind of event
 * @param timeZone the zone the times are meant in (Europe/Paris), for calendar files
 * @param placeAddress postal address, or {@code null} when the event is online
 * @param onlineUrl link to join an online event, or {@code null}
 * @param pageUrl public page of the event on the site
 * @param antenna code of the antenna that holds the event, or {@code null} (messages
 * written before it was added)
 */
public record AgendaEventSnapshot(UUID id, Kind kind, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
		String timeZone, String placeLabel, String placeAddress, String onlineUrl, String pageUrl, String antenna) {

	/** An event of no antenna in particular. */
	public AgendaEventSnapshot(UUID id, Kind kind, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
			String timeZone, String placeLabel, String placeAddress, String onlineUrl, String pageUrl) {
		this(id, kind, title, startsAt, endsAt, timeZone, placeLabel, placeAddress, onlineUrl, pageUrl, null);
	}

	/** The kinds of events of the agenda. */
	public enum Kind {

		INFO_MEETING, MONTHLY_MEETING, FAIR, WORKSHOP, APPOINTMENT

	}

}
