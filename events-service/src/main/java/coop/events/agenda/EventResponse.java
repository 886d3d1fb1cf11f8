package coop.events.agenda;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * An event as the agenda shows it. Times carry the Europe/Paris offset of their date.
 *
 * @param seatsLeft seats still free (0 when full; registrations then join the waiting
 * list)
 * @param description full text, only on the event's own page
 * @param exhibitors entrepreneurs at a fair, only on the event's own page
 * @param calendarUrl the event's own calendar file, only on its page
 * @param seriesId the series the event is an occurrence of, if any
 * @param resources slugs of the resource centre's resources it uses, in order (empty when
 * none)
 */
public record EventResponse(UUID id, EventKind kind, String kindLabel, String title, String summary,
		OffsetDateTime startsAt, OffsetDateTime endsAt, PlaceResponse place, @Nullable AntennaResponse antenna,
		int capacity, int seatsLeft, boolean registrationOpen, @Nullable String theme, AgendaEvent.Status status,
		Audience audience, @JsonInclude(JsonInclude.Include.NON_NULL) String description,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<Exhibitor> exhibitors,
		@JsonInclude(JsonInclude.Include.NON_NULL) String calendarUrl,
		@JsonInclude(JsonInclude.Include.NON_NULL) UUID seriesId, List<String> resources) {

	/**
	 * An entrepreneur exhibiting at a fair; {@code slug} names their showcase, if they
	 * have one.
	 */
	public record Exhibitor(@Nullable String slug, String displayName, String businessName) {
	}

	public record PlaceResponse(Place.Kind kind, String label, @Nullable String street, @Nullable String postalCode,
			@Nullable String town, @Nullable String url) {

		public static PlaceResponse of(Place place) {
			return new PlaceResponse(place.kind(), place.label(), place.street(), place.postalCode(), place.town(),
					place.url());
		}

	}

	public record AntennaResponse(String code, String name) {

	}

}
