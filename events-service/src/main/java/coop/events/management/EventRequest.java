package coop.events.management;

import java.time.OffsetDateTime;
import java.util.List;

import coop.events.agenda.Audience;
import coop.events.agenda.EventKind;
import coop.events.agenda.PlaceInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An event as staff describe it. Times carry their offset (the UI sends Europe/Paris).
 *
 * @param antenna code of the antenna the event belongs to, optional
 * @param recurrence repeat it, on creation only
 * @param resources the resource centre's resources it uses (a workshop's training modules
 * and documents), by the address of their page ({@code fixer-ses-prix}), in order; each
 * once, 10 at most
 */
record EventRequest(@NotNull(message = "Choisissez le type d'événement.") EventKind kind,
		@NotNull(message = "Choisissez le public.") Audience audience,
		@NotBlank(message = "Indiquez un titre.") @Size(max = 200, message = "200 caractères au plus.") String title,
		@NotBlank(message = "Indiquez un résumé.") @Size(max = 500, message = "500 caractères au plus.") String summary,
		@Size(max = 20000, message = "20 000 caractères au plus.") String description,
		@Size(max = 100, message = "100 caractères au plus.") String theme,
		@NotNull(message = "Indiquez le début.") OffsetDateTime startsAt,
		@NotNull(message = "Indiquez la fin.") OffsetDateTime endsAt,
		@NotNull(message = "Indiquez le lieu.") @Valid PlaceInput place, @Size(max = 50) String antenna,
		@NotNull(message = "Indiquez le nombre de places.") @Min(value = 0,
				message = "Le nombre de places ne peut pas être négatif.") @Max(
						value = 1000, message = "1 000 places au plus.") Integer capacity,
		@Valid RecurrenceRequest recurrence,
		@Size(max = 10, message = "10 ressources au plus.") List<@NotBlank(message = "Indiquez la ressource.") @Size(
				max = 120, message = "120 caractères au plus.") @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
						message = "Indiquez l'adresse d'une ressource du centre, en minuscules et tirets (par exemple « fixer-ses-prix »).") String> resources) {

	record RecurrenceRequest(@NotNull(message = "Choisissez la fréquence.") Frequency frequency,
			@NotNull(message = "Indiquez le nombre de séances.") @Min(value = 2,
					message = "Une série compte au moins 2 séances.") @Max(value = 52,
							message = "52 séances au plus.") Integer count) {

		enum Frequency {

			WEEKLY, MONTHLY

		}

	}

}
