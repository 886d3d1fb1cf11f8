package coop.events.demo;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.events.EventsProperties;
import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.Audience;
import coop.events.agenda.EventKind;
import coop.events.agenda.Place;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four months of a plausible agenda from today: information meetings in the three
 * antennas and online, monthly meetings, fairs where entrepreneurs exhibit, and training
 * workshops.
 */
@Component
class DemoAgenda implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoAgenda.class);

	static final Place SEYNOD = new Place(Place.Kind.ANTENNA, "COOP'EMPLOI Seynod", "1025 ancienne route d'Annecy",
			"74600", "Seynod", null);

	static final Place ANNEMASSE = new Place(Place.Kind.ANTENNA, "COOP'EMPLOI Annemasse", "14 avenue de la Gare",
			"74100", "Annemasse", null);

	static final Place CLUSES = new Place(Place.Kind.ANTENNA, "COOP'EMPLOI Cluses", "10 avenue de la Libération",
			"74300", "Cluses", null);

	private final AgendaEvents events;

	private final EventsProperties properties;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	DemoAgenda(AgendaEvents events, EventsProperties properties, Clock clock, JdbcTemplate jdbc) {
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.properties.demoData() || this.events.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(AgendaEvent.ZONE));
		List<AgendaEvent> agenda = agenda(today);
		this.events.saveAllAndFlush(agenda);
		activity(agenda, today);
		logger.info("Demo agenda loaded: " + agenda.size() + " events, with registrations, attendance and slots");
	}

	List<AgendaEvent> agenda(LocalDate today) {
		List<AgendaEvent> agenda = new ArrayList<>();
		String infoText = """
				Vous avez un projet d'activité et vous souhaitez le tester en grandeur réelle, sans créer votre entreprise ?

				Pendant deux heures, l'équipe de COOP'EMPLOI présente le fonctionnement de la coopérative d'activités et d'emploi : \
				le statut d'entrepreneur-salarié, le contrat CAPE, l'accompagnement individuel et les ateliers collectifs, \
				la mutualisation des services (comptabilité, assurance, facturation) et les étapes pour nous rejoindre.

				La réunion est gratuite et ouverte à tous. Venez avec vos questions !""";
		for (int i = 0; i < 8; i++) {
			LocalDate day = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).plusWeeks(2L * i);
			agenda.add(event(EventKind.INFO_MEETING, Audience.PUBLIC, "Réunion d'information collective à Seynod",
					"Découvrir la coopérative d'activités et d'emploi et ses étapes d'intégration.", infoText, day,
					"09:30", "11:30", SEYNOD, (i == 0) ? 3 : 12)
				.atAntenna("seynod", "Seynod"));
		}
		for (int month = 0; month < 4; month++) {
			LocalDate first = today.plusMonths(month).withDayOfMonth(1);
			agenda.add(event(EventKind.INFO_MEETING, Audience.PUBLIC, "Réunion d'information collective à Annemasse",
					"Présentation de la coopérative pour les porteurs de projet du Genevois.", infoText,
					nextOrSame(first, DayOfWeek.THURSDAY, today), "14:00", "16:00", ANNEMASSE, 10)
				.atAntenna("annemasse", "Annemasse"));
			agenda.add(event(EventKind.INFO_MEETING, Audience.PUBLIC, "Réunion d'information collective à Cluses",
					"Présentation de la coopérative pour les porteurs de projet de la vallée de l'Arve.", infoText,
					nextOrSame(first, DayOfWeek.WEDNESDAY, today).plusWeeks(1), "14:00", "16:00", CLUSES, 10)
				.atAntenna("cluses", "Cluses"));
			agenda.add(event(EventKind.INFO_MEETING, Audience.PUBLIC, "Réunion d'information en visioconférence",
					"Pour celles et ceux qui habitent loin : la même présentation, depuis chez vous.", infoText,
					nextOrSame(first, DayOfWeek.MONDAY, today).plusWeeks(2), "18:00", "19:30",
					Place.online("En ligne (lien envoyé à l'inscription)", "https://visio.coopemploi.com/information"),
					25));
			agenda.add(event(EventKind.MONTHLY_MEETING, Audience.PUBLIC, "Réunion mensuelle des entrepreneurs",
					"Le rendez-vous de la coopérative : actualités, témoignages, échanges entre entrepreneurs.",
					"""
							Chaque mois, les entrepreneurs-salariés, les porteurs de projet et l'équipe permanente se retrouvent \
							pour partager les actualités de la coopérative, accueillir les nouveaux et faire le point sur les projets.

							Les partenaires et prescripteurs sont les bienvenus.""",
					nextOrSame(first, DayOfWeek.FRIDAY, today), "18:00", "20:00", SEYNOD, 60)
				.atAntenna("seynod", "Seynod"));
		}
		agenda.add(event(EventKind.FAIR, Audience.PUBLIC, "Salon des métiers d'art d'Annecy",
				"Bijoux, céramique, mobilier : cinq entrepreneurs de la coopérative exposent leurs créations.",
				"""
						Retrouvez sur le stand de COOP'EMPLOI les créateurs accompagnés par la coopérative : bijoux en argent recyclé, \
						céramiques, mobilier en bois flotté et vêtements en lin.""",
				today.plusWeeks(3).with(DayOfWeek.SATURDAY), "10:00", "19:00",
				new Place(Place.Kind.ADDRESS, "Centre Bonlieu", "1 rue Jean Jaurès", "74000", "Annecy", null), 0));
		agenda
			.add(event(EventKind.FAIR, Audience.PUBLIC, "Foire de La Roche-sur-Foron",
					"La coopérative et ses entrepreneurs à la grande foire du département.",
					"""
							Venez rencontrer l'équipe de COOP'EMPLOI et découvrir les activités des entrepreneurs de la coopérative \
							sur le stand du hall des artisans.""",
					today.plusWeeks(7).with(DayOfWeek.SATURDAY), "09:00", "18:00", new Place(Place.Kind.ADDRESS,
							"Parc des expositions Rochexpo", "Avenue des Lacs", "74800", "La Roche-sur-Foron", null),
					0));
		agenda.add(event(EventKind.FAIR, Audience.PUBLIC, "Marché de créateurs de Thonon-les-Bains",
				"Un marché de fin de semaine pour les créateurs du Chablais.", """
						Trois entrepreneurs de l'antenne de Cluses et d'Annemasse présentent leurs produits : textile, \
						bijoux et cosmétiques naturels.""", today.plusWeeks(10).with(DayOfWeek.SUNDAY), "10:00",
				"17:00", new Place(Place.Kind.ADDRESS, "Place des Arts", null, "74200", "Thonon-les-Bains", null), 0));
		String[][] workshops = { { "Gestion", "Construire son prévisionnel d'activité" },
				{ "Commercial", "Prospecter ses premiers clients" },
				{ "Gestion", "Fixer ses prix et calculer sa marge" },
				{ "Communication", "Se faire connaître sur les réseaux sociaux" },
				{ "Commercial", "Réussir un salon professionnel" }, { "Gestion", "Lire son tableau de bord" } };
		for (int i = 0; i < workshops.length; i++) {
			agenda.add(event(EventKind.WORKSHOP, Audience.MEMBERS, workshops[i][1],
					"Atelier collectif de formation (" + workshops[i][0].toLowerCase() + ").",
					"Atelier réservé aux porteurs de projet et entrepreneurs de la coopérative. Apportez vos chiffres.",
					today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY)).plusWeeks(i), "09:00", "12:00",
					(i % 3 == 2) ? ANNEMASSE : SEYNOD, 10)
				.atAntenna((i % 3 == 2) ? "annemasse" : "seynod", (i % 3 == 2) ? "Annemasse" : "Seynod")
				.withTheme(workshops[i][0])
				.withResources(RESOURCES.getOrDefault(workshops[i][1], List.of())));
		}
		return agenda;
	}

	/**
	 * The resource centre's demo resources (resources-service's slugs) the workshops use.
	 */
	static final Map<String, List<String>> RESOURCES = Map.of("Construire son prévisionnel d'activité",
			List.of("modele-suivi-activite"), "Fixer ses prix et calculer sa marge",
			List.of("fixer-ses-prix", "exercice-prix-de-revient"), "Prospecter ses premiers clients",
			List.of("prospection-telephonique"));

	static final String MARIE = "b465c806-618a-4771-b0d4-d76aa7ceecf5";

	static final String THEO = "5ae4bd4f-a0f9-4544-bf45-a2440fc1b240";

	static final String LUCAS = "60d43f9e-2e25-42e2-86e6-c4e10ce9b1f4";

	static final String INES = "41b4c37e-2f4b-4f20-b070-3edc770fe5c9";

	static final String SOPHIE = "bde59fe8-f9c0-4eaa-9a84-a63f0e01d1a6";

	/**
	 * What the demo accounts find in the intranet: a past workshop Marie missed (so the
	 * next one of its theme is suggested) and Théo attended, Marie's upcoming workshop, a
	 * fair she exhibits at, coaches' slots with one booked, and the people Sophie
	 * (prescriber) registered. Written directly: past events accept no registration
	 * through the service, and the demo sends no e-mail.
	 */
	private void activity(List<AgendaEvent> agenda, LocalDate today) {
		AgendaEvent past = event(EventKind.WORKSHOP, Audience.MEMBERS, "Construire son prévisionnel d'activité",
				"Atelier collectif de formation (gestion).", "Atelier réservé aux entrepreneurs de la coopérative.",
				today.minusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)), "09:00", "12:00", SEYNOD,
				10)
			.atAntenna("seynod", "Seynod")
			.withTheme("Gestion")
			.withResources(RESOURCES.get("Construire son prévisionnel d'activité"));
		AgendaEvent pastMeeting = event(EventKind.INFO_MEETING, Audience.PUBLIC,
				"Réunion d'information collective à Seynod", "Découvrir la coopérative.", "Réunion passée.",
				today.minusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)), "09:30", "11:30", SEYNOD, 12)
			.atAntenna("seynod", "Seynod");
		this.events.saveAllAndFlush(List.of(past, pastMeeting));
		registration(past, "MEMBER", "CONFIRMED", "Marie", "Dupont", "marie.dupont@demo.coopemploi.test", MARIE, null,
				"ABSENT");
		registration(past, "MEMBER", "CONFIRMED", "Théo", "Girard", "theo.girard@demo.coopemploi.test", THEO, null,
				"PRESENT");
		// the address the outcomes of Sophie's referrals are mailed to (her token's, kept
		// at
		// her next visit anyway)
		this.jdbc.update(
				"insert into prescriber (subject, first_name, last_name, email, seen_at) values (?, ?, ?, ?, now())",
				SOPHIE, "Sophie", "Martin", "sophie.martin@demo.coopemploi.test");
		registration(pastMeeting, "PRESCRIBED", "CONFIRMED", "Nadia", "Haddad", "nadia.haddad@example.org", null,
				SOPHIE, "PRESENT");
		AgendaEvent nextWorkshop = agenda.stream()
			.filter((e) -> e.kind() == EventKind.WORKSHOP && "Commercial".equals(e.theme()))
			.findFirst()
			.orElseThrow();
		registration(nextWorkshop, "MEMBER", "CONFIRMED", "Marie", "Dupont", "marie.dupont@demo.coopemploi.test", MARIE,
				null, null);
		AgendaEvent nextMeeting = agenda.stream()
			.filter((e) -> e.kind() == EventKind.INFO_MEETING && "seynod".equals(e.antennaCode()))
			.skip(1)
			.findFirst()
			.orElseThrow();
		registration(nextMeeting, "PRESCRIBED", "CONFIRMED", "Kevin", "Lambert", "kevin.lambert@example.org", null,
				SOPHIE, null);
		agenda.stream()
			.filter((e) -> e.kind() == EventKind.FAIR)
			.findFirst()
			.ifPresent(
					(fair) -> this.jdbc.update("insert into fair_exhibitor (event_id, subject, name) values (?, ?, ?)",
							fair.id(), MARIE, "Marie Dupont"));
		LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		for (int day = 0; day < 4; day++) {
			slot(LUCAS, "Lucas Favre", "lucas.favre@demo.coopemploi.test", monday.plusDays(day), "10:00", SEYNOD,
					(day == 1) ? MARIE : null);
			slot(INES, "Inès Bouvier", "ines.bouvier@demo.coopemploi.test", monday.plusDays(day), "14:00",
					new Place(Place.Kind.ANTENNA, "COOP'EMPLOI Annemasse", "14 avenue de la Gare", "74100", "Annemasse",
							null),
					null);
		}
	}

	private void registration(AgendaEvent event, String kind, String status, String firstName, String lastName,
			String email, String subject, String prescriber, String attendance) {
		Instant now = this.clock.instant();
		this.jdbc
			.update("insert into registration (id, event_id, status, kind, first_name, last_name, email, email_key,"
					+ " town, consent_at, subject, prescriber_subject, prescriber_organisation, created_at, attendance,"
					+ " attendance_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'Annecy', ?, ?, ?, ?, ?, ?, ?)",
					UUID.randomUUID(), event.id(), status, kind, firstName, lastName, email,
					email.toLowerCase(java.util.Locale.ROOT), Timestamp.from(now), subject, prescriber,
					(prescriber != null) ? "plie-bassin-annecien" : null, Timestamp.from(now), attendance,
					(attendance != null) ? Timestamp.from(now) : null);
	}

	private void slot(String coach, String coachName, String coachEmail, LocalDate day, String from, Place place,
			String bookedBy) {
		ZonedDateTime start = day.atTime(LocalTime.parse(from)).atZone(AgendaEvent.ZONE);
		boolean booked = bookedBy != null;
		this.jdbc.update("insert into slot (id, coach_subject, coach_name, coach_email, starts_at, ends_at, place_kind,"
				+ " place_label, place_street, place_postal_code, place_town, entrepreneur_subject, entrepreneur_name,"
				+ " entrepreneur_email, topic, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), coach, coachName, coachEmail, Timestamp.from(start.toInstant()),
				Timestamp.from(start.plusHours(1).toInstant()), place.kind().name(), place.label(), place.street(),
				place.postalCode(), place.town(), booked ? MARIE : null, booked ? "Marie Dupont" : null,
				booked ? "marie.dupont@demo.coopemploi.test" : null, booked ? "Point sur le prévisionnel" : null,
				booked ? "BOOKED" : "OPEN", Timestamp.from(this.clock.instant()));
	}

	private AgendaEvent event(EventKind kind, Audience audience, String title, String summary, String description,
			LocalDate day, String from, String to, Place place, int capacity) {
		ZonedDateTime start = day.atTime(LocalTime.parse(from)).atZone(AgendaEvent.ZONE);
		ZonedDateTime end = day.atTime(LocalTime.parse(to)).atZone(AgendaEvent.ZONE);
		return new AgendaEvent(kind, audience, title, summary, description, start.toInstant(), end.toInstant(), place,
				capacity, this.clock.instant());
	}

	private static LocalDate nextOrSame(LocalDate from, DayOfWeek day, LocalDate notBefore) {
		LocalDate date = from.with(TemporalAdjusters.nextOrSame(day));
		return date.isAfter(notBefore) ? date : date.plusWeeks(1);
	}

}
