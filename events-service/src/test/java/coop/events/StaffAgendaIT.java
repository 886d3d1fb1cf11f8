package coop.events;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.events.agenda.AgendaEvent;
import coop.platform.messaging.MessageEnvelope;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff manage the agenda: series keep their Paris hour across daylight saving, bad input
 * stores nothing, and registrants are told of a change or a cancellation.
 */
class StaffAgendaIT extends EventsIntegrationTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static Map<String, Object> workshop(OffsetDateTime start, OffsetDateTime end) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "WORKSHOP");
		body.put("audience", "MEMBERS");
		body.put("title", "Construire son prévisionnel");
		body.put("summary", "Atelier de gestion");
		body.put("description", "Apportez vos chiffres.");
		body.put("theme", "Gestion");
		body.put("startsAt", start.toString());
		body.put("endsAt", end.toString());
		body.put("place", Map.of("kind", "ANTENNA", "label", "COOP'EMPLOI Seynod", "street",
				"1025 ancienne route d'Annecy", "postalCode", "74600", "town", "Seynod"));
		body.put("antenna", "seynod");
		body.put("capacity", 10);
		return body;
	}

	static OffsetDateTime paris(String local) {
		return LocalDateTime.parse(local).atZone(PARIS).toOffsetDateTime();
	}

	long stored() {
		return this.jdbc.queryForObject("select count(*) from agenda_event", Long.class);
	}

	/** A weekly series of workshops created by the head office's staff, in order. */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> weeklySeries(String firstStart, String firstEnd, int count) {
		Map<String, Object> body = workshop(paris(firstStart), paris(firstEnd));
		body.put("recurrence", Map.of("frequency", "WEEKLY", "count", count));
		return call(HttpMethod.POST, "/api/events/staff/events", "camille.staff", body).expectStatus()
			.isCreated()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	void aWeeklySeriesKeepsItsParisHourAcrossDaylightSaving() {
		List<Map<String, Object>> created = weeklySeries("2031-03-20T09:00", "2031-03-20T12:00", 3);

		assertThat(created).hasSize(3);
		assertThat(created)
			.extracting((e) -> OffsetDateTime.parse((String) e.get("startsAt"))
				.atZoneSameInstant(PARIS)
				.toLocalTime()
				.toString())
			.containsOnly("09:00");
		// the third one is after the switch to summer time
		assertThat((String) created.get(2).get("startsAt")).endsWith("+02:00");
		assertThat((String) created.get(0).get("startsAt")).endsWith("+01:00");
	}

	@Test
	void aChangeOrACancellationReachesTheLaterOccurrencesOfASeriesWhenAsked() {
		List<Map<String, Object>> created = weeklySeries("2031-03-13T09:00", "2031-03-13T12:00", 4);
		assertThat(created).extracting((e) -> e.get("seriesId")).doesNotContainNull().hasSize(4);
		Object second = created.get(1).get("id");

		// from the second one on: the afternoon, one day later, under a new title
		Map<String, Object> afternoon = workshop(paris("2031-03-21T14:00"), paris("2031-03-21T16:30"));
		afternoon.put("title", "Prévisionnel : l'après-midi");
		call(HttpMethod.PUT, "/api/events/staff/events/" + second + "?scope=FOLLOWING", "camille.staff", afternoon)
			.expectStatus()
			.isOk();

		List<AgendaEvent> series = this.events.findAll()
			.stream()
			.sorted(Comparator.comparing(AgendaEvent::startsAt))
			.toList();
		assertThat(series).extracting((e) -> e.startsAt().atZone(PARIS).toLocalDateTime().toString())
			.containsExactly("2031-03-13T09:00", "2031-03-21T14:00", "2031-03-28T14:00", "2031-04-04T14:00");
		assertThat(series).extracting((e) -> e.endsAt().atZone(PARIS).toLocalTime().toString())
			.containsExactly("12:00", "16:30", "16:30", "16:30");
		assertThat(series).extracting(AgendaEvent::title)
			.containsExactly("Construire son prévisionnel", "Prévisionnel : l'après-midi",
					"Prévisionnel : l'après-midi", "Prévisionnel : l'après-midi");

		Object third = created.get(2).get("id");
		call(HttpMethod.POST, "/api/events/staff/events/" + third + "/cancel?scope=FOLLOWING", "camille.staff",
				Map.of("reason", "Fin de la session de printemps."))
			.expectStatus()
			.isOk();
		assertThat(this.events.findAll()
			.stream()
			.sorted(Comparator.comparing(AgendaEvent::startsAt))
			.map(AgendaEvent::isScheduled)
			.toList()).containsExactly(true, true, false, false);
		// one occurrence only, when nothing else is asked
		call(HttpMethod.POST, "/api/events/staff/events/" + created.get(0).get("id") + "/cancel", "camille.staff",
				Map.of("reason", "Salle indisponible."))
			.expectStatus()
			.isOk();
		assertThat(this.events.findById(UUID.fromString((String) second)).orElseThrow().isScheduled()).isTrue();
	}

	@Test
	void badInputIsRefusedInFrenchAndNothingIsStored() {
		long before = stored();
		Map<String, Object> backwards = workshop(paris("2031-05-01T12:00"), paris("2031-05-01T09:00"));
		call(HttpMethod.POST, "/api/events/staff/events", "camille.staff", backwards).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("endsAt")
			.jsonPath("$.errors[0].message")
			.isEqualTo("La fin doit être après le début.");
		Map<String, Object> negative = workshop(paris("2031-05-01T09:00"), paris("2031-05-01T12:00"));
		negative.put("capacity", -3);
		call(HttpMethod.POST, "/api/events/staff/events", "camille.staff", negative).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("capacity");
		Map<String, Object> wrongType = workshop(paris("2031-05-01T09:00"), paris("2031-05-01T12:00"));
		wrongType.put("capacity", "beaucoup");
		call(HttpMethod.POST, "/api/events/staff/events", "camille.staff", wrongType).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("capacity");
		Map<String, Object> huge = workshop(paris("2031-05-01T09:00"), paris("2031-05-01T12:00"));
		huge.put("title", "x".repeat(1_000_000));
		call(HttpMethod.POST, "/api/events/staff/events", "camille.staff", huge).expectStatus().isBadRequest();
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void onlyStaffManageTheAgenda() {
		call(HttpMethod.POST, "/api/events/staff/events", "lucas.coach",
				workshop(paris("2031-05-01T09:00"), paris("2031-05-01T12:00")))
			.expectStatus()
			.isForbidden();
	}

	@Test
	void antennaStaffManageTheirAntennasEventsOnly() {
		// nadia.staff belongs to the Annemasse antenna; camille.staff to the head office
		Map<String, Object> annemasse = workshop(paris("2031-05-01T09:00"), paris("2031-05-01T12:00"));
		annemasse.put("place", Map.of("kind", "ANTENNA", "label", "COOP'EMPLOI Annemasse", "street",
				"14 avenue de la Gare", "postalCode", "74100", "town", "Annemasse"));
		annemasse.put("antenna", "annemasse");
		call(HttpMethod.POST, "/api/events/staff/events", "nadia.staff", annemasse).expectStatus().isCreated();

		long before = stored();
		call(HttpMethod.POST, "/api/events/staff/events", "nadia.staff",
				workshop(paris("2031-05-02T09:00"), paris("2031-05-02T12:00")))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("antenna")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Vous gérez seulement les événements de votre antenne.");
		Map<String, Object> online = workshop(paris("2031-05-02T09:00"), paris("2031-05-02T12:00"));
		online.put("place", Map.of("kind", "ONLINE", "label", "Visio", "url", "https://visio.example.org/atelier"));
		online.remove("antenna");
		call(HttpMethod.POST, "/api/events/staff/events", "nadia.staff", online).expectStatus().isBadRequest();
		assertThat(stored()).isEqualTo(before);

		AgendaEvent seynod = meeting(5);
		Map<String, Object> moved = workshop(paris("2031-06-10T14:00"), paris("2031-06-10T16:00"));
		call(HttpMethod.PUT, "/api/events/staff/events/" + seynod.id(), "nadia.staff", moved).expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith("application/problem+json");
		call(HttpMethod.POST, "/api/events/staff/events/" + seynod.id() + "/cancel", "nadia.staff",
				Map.of("reason", "Essai"))
			.expectStatus()
			.isForbidden();
		assertThat(this.events.findById(seynod.id()).orElseThrow().isScheduled()).isTrue();
		call(HttpMethod.GET, "/api/events/staff/events/" + seynod.id() + "/registrations", "nadia.staff", null)
			.expectStatus()
			.isForbidden();
		// the head office changes every antenna's events
		call(HttpMethod.POST, "/api/events/staff/events", "camille.staff", online).expectStatus().isCreated();
		call(HttpMethod.POST, "/api/events/staff/events/" + seynod.id() + "/cancel", "camille.staff",
				Map.of("reason", "Salle indisponible."))
			.expectStatus()
			.isOk();
	}

	@Test
	void registrantsAreToldOfAChangeOfTimeAndOfACancellation() {
		AgendaEvent meeting = meeting(5);
		String registration = registerPublicly(meeting.id(), email("inscrite"));
		Map<String, Object> moved = new HashMap<>(workshop(paris("2031-06-10T14:00"), paris("2031-06-10T16:00")));
		moved.put("kind", "INFO_MEETING");
		moved.put("audience", "PUBLIC");
		moved.put("title", meeting.title());

		call(HttpMethod.PUT, "/api/events/staff/events/" + meeting.id(), "camille.staff", moved).expectStatus().isOk();

		List<MessageEnvelope> changed = messages("events.event.changed", 1);
		assertThat(changed).hasSize(1);
		assertThat(changed.get(0).payload().path("recipients").get(0).path("registrationId").asString())
			.isEqualTo(registration);
		assertThat(changed.get(0).payload().path("event").path("startsAt").asString())
			.isEqualTo("2031-06-10T14:00:00+02:00");

		call(HttpMethod.POST, "/api/events/staff/events/" + meeting.id() + "/cancel", "camille.staff",
				Map.of("reason", "L'intervenante est malade."))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CANCELLED");
		List<MessageEnvelope> cancelled = messages("events.event.cancelled", 1);
		assertThat(cancelled.get(0).payload().path("reason").asString()).isEqualTo("L'intervenante est malade.");
		assertThat(cancelled.get(0).payload().path("recipients")).hasSize(1);
		assertThat(statusOf(registration)).isEqualTo("CANCELLED");
	}

	@Test
	void everyNewStateOfAnEventIsPublishedForThePagesAndTheSearch() {
		String id = (String) call(HttpMethod.POST, "/api/events/staff/events", "camille.staff",
				workshop(paris("2031-03-03T09:00"), paris("2031-03-03T12:00")))
			.expectStatus()
			.isCreated()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody()
			.stream()
			.map((event) -> ((Map<?, ?>) event).get("id"))
			.findFirst()
			.orElseThrow();
		MessageEnvelope created = message("events.event.published", (m) -> ofEvent(m, id));
		assertThat(created.payload().path("audience").asString()).isEqualTo("MEMBERS");
		assertThat(created.payload().path("cancelled").asBoolean()).isFalse();

		Map<String, Object> retitled = new HashMap<>(workshop(paris("2031-03-03T09:00"), paris("2031-03-03T12:00")));
		retitled.put("title", "Atelier prévisionnel (complet le matin)");
		retitled.put("capacity", 12);
		call(HttpMethod.PUT, "/api/events/staff/events/" + id, "camille.staff", retitled).expectStatus().isOk();
		message("events.event.published",
				(m) -> ofEvent(m, id) && m.payload()
					.path("event")
					.path("title")
					.asString()
					.equals("Atelier prévisionnel (complet le matin)"));
		// registrants are told of a move only
		assertThat(messages("events.event.changed", 0))
			.noneMatch((m) -> m.payload().path("event").path("id").asString().equals(id));

		call(HttpMethod.POST, "/api/events/staff/events/" + id + "/cancel", "camille.staff",
				Map.of("reason", "Salle indisponible."))
			.expectStatus()
			.isOk();
		message("events.event.published", (m) -> ofEvent(m, id) && m.payload().path("cancelled").asBoolean());
	}

	@Test
	void aWorkshopNamesTheResourcesItUsesAndTellsThemToTheCentre() {
		Map<String, Object> body = workshop(paris("2031-04-07T09:00"), paris("2031-04-07T12:00"));
		body.put("resources", List.of("fixer-ses-prix", "modele-suivi-activite", "fixer-ses-prix"));
		Map<?, ?> created = (Map<?, ?>) call(HttpMethod.POST, "/api/events/staff/events", "camille.staff", body)
			.expectStatus()
			.isCreated()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody()
			.get(0);
		String id = (String) created.get("id");
		assertThat(created.get("resources")).as("each once, in order")
			.isEqualTo(List.of("fixer-ses-prix", "modele-suivi-activite"));
		MessageEnvelope told = message("events.event.published",
				(m) -> ofEvent(m, id) && m.payload().path("resources").size() == 2);
		assertThat(told.payload().path("theme").asString()).isEqualTo("Gestion");
		assertThat(told.payload().path("resources").get(1).asString()).isEqualTo("modele-suivi-activite");

		// staff change them, and read them back
		body.put("resources", List.of("livret-du-createur"));
		call(HttpMethod.PUT, "/api/events/staff/events/" + id, "camille.staff", body).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.resources[0]")
			.isEqualTo("livret-du-createur");
		message("events.event.published", (m) -> ofEvent(m, id) && m.payload().path("resources").size() == 1);
		call(HttpMethod.GET, "/api/events/staff/events/" + id, "camille.staff", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.resources.length()")
			.isEqualTo(1);

		// what is not the address of a resource, or too many, is refused in French and
		// nothing changes
		body.put("resources", List.of("../admin"));
		call(HttpMethod.PUT, "/api/events/staff/events/" + id, "camille.staff", body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.value((field) -> assertThat((String) field).startsWith("resources"))
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).startsWith("Indiquez l'adresse d'une ressource"));
		body.put("resources", java.util.stream.IntStream.range(0, 11).mapToObj((i) -> "ressource-" + i).toList());
		call(HttpMethod.PUT, "/api/events/staff/events/" + id, "camille.staff", body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("10 ressources au plus.");
		assertThat(this.events.findById(UUID.fromString(id)).orElseThrow().resources())
			.containsExactly("livret-du-createur");
	}

	private static boolean ofEvent(MessageEnvelope message, String id) {
		return message.payload().path("event").path("id").asString().equals(id);
	}

}
