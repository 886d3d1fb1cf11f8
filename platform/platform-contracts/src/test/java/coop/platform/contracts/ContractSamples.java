package coop.platform.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.platform.contracts.dashboard.AccountingImportFinished;
import coop.platform.contracts.dashboard.FiguresChanged;
import coop.platform.contracts.events.AgendaEventCancelled;
import coop.platform.contracts.events.AgendaEventChanged;
import coop.platform.contracts.events.AgendaEventPublished;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.AppointmentBooked;
import coop.platform.contracts.events.AppointmentCancelled;
import coop.platform.contracts.events.AttendanceRecorded;
import coop.platform.contracts.events.Attendee;
import coop.platform.contracts.events.Recipient;
import coop.platform.contracts.events.ReferralProgressed;
import coop.platform.contracts.events.RegistrationCancelled;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.events.RegistrationPromoted;
import coop.platform.contracts.events.RegistrationWaitlisted;
import coop.platform.contracts.events.SeatOffered;
import coop.platform.contracts.members.AccountDeactivated;
import coop.platform.contracts.members.AccountReactivated;
import coop.platform.contracts.members.AntennaChanged;
import coop.platform.contracts.members.CoachProfileChanged;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.contracts.members.MemberRole;
import coop.platform.contracts.members.PersonChanged;
import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.PersonInvited;
import coop.platform.contracts.members.PersonalFileChanged;
import coop.platform.contracts.members.ErasureScheduled;
import coop.platform.contracts.members.PrivacyArchiveReady;
import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.notification.PrivacyAsked;
import coop.platform.contracts.privacy.PrivacyAnswered;
import coop.platform.contracts.privacy.RetentionApplied;
import coop.platform.contracts.privacy.RetentionKind;
import coop.platform.contracts.members.ShowcaseContacted;
import coop.platform.contracts.resources.AnswerAccepted;
import coop.platform.contracts.resources.Participant;
import coop.platform.contracts.resources.QuestionAnswered;
import coop.platform.contracts.members.ShowcasePublished;
import coop.platform.contracts.members.ShowcaseRejected;
import coop.platform.contracts.members.FileDocumentShared;
import coop.platform.contracts.members.ShowcaseSubmitted;
import coop.platform.contracts.members.ShowcaseValidated;
import coop.platform.contracts.members.ShowcaseWithdrawn;
import coop.platform.contracts.resources.PagePublished;
import coop.platform.contracts.resources.ResourceRejected;
import coop.platform.contracts.resources.ResourceReviewDue;
import coop.platform.contracts.resources.ResourceSubmitted;
import coop.platform.contracts.resources.ResourceValidated;
import coop.platform.contracts.resources.ResourceWithdrawn;
import coop.platform.contracts.resources.ToolShared;

/**
 * One sample of every integration event, matching the JSON fixture of the same type in
 * {@code contracts/}, and variants for the enumerated values that change what a consumer
 * does, each with its fixture {@code <type>.v<version>.<variant>.json}.
 */
final class ContractSamples {

	static final AgendaEventSnapshot INFO_MEETING = new AgendaEventSnapshot(
			UUID.fromString("5b0c7a36-3f3e-4c0e-9d55-1f6f1c7d9a01"), AgendaEventSnapshot.Kind.INFO_MEETING,
			"Réunion d'information collective", OffsetDateTime.of(2027, 1, 12, 9, 30, 0, 0, ZoneOffset.ofHours(1)),
			OffsetDateTime.of(2027, 1, 12, 11, 30, 0, 0, ZoneOffset.ofHours(1)), "Europe/Paris", "COOP'EMPLOI Seynod",
			"1025 ancienne route d'Annecy, 74600 Seynod", null,
			"https://coopemploi.com/agenda/5b0c7a36-3f3e-4c0e-9d55-1f6f1c7d9a01", "seynod");

	static final String SUBJECT = "7d2f4e1a-3b5c-4d6e-8f90-a1b2c3d4e5f6";

	static final String COACH = "60d43f9e-2e25-42e2-86e6-c4e10ce9b1f4";

	static final Attendee VISITOR = new Attendee("Léa", "Perrin", "lea.perrin@example.org", null);

	static final Attendee MEMBER = new Attendee("Marie", "Dupont", "marie.dupont@demo.coopemploi.test",
			"b465c806-618a-4771-b0d4-d76aa7ceecf5");

	static final Attendee COACH_PERSON = new Attendee("Lucas", "Favre", "lucas.favre@demo.coopemploi.test",
			"60d43f9e-2e25-42e2-86e6-c4e10ce9b1f4");

	static final Attendee PRESCRIBER = new Attendee("Sophie", "Martin", "sophie.martin@demo.coopemploi.test",
			"bde59fe8-f9c0-4eaa-9a84-a63f0e01d1a6");

	private ContractSamples() {
	}

	static Map<Class<? extends IntegrationEvent>, IntegrationEvent> all() {
		Map<Class<? extends IntegrationEvent>, IntegrationEvent> samples = new LinkedHashMap<>();
		samples.put(RegistrationConfirmed.class,
				new RegistrationConfirmed(UUID.fromString("0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f11"), INFO_MEETING,
						VISITOR, "https://coopemploi.com/inscriptions/annuler?jeton=abc"));
		samples.put(RegistrationWaitlisted.class,
				new RegistrationWaitlisted(UUID.fromString("0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f12"), INFO_MEETING,
						VISITOR, 2, "https://coopemploi.com/inscriptions/annuler?jeton=def"));
		UUID registration = UUID.fromString("0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f13");
		samples.put(SeatOffered.class,
				new SeatOffered(registration, INFO_MEETING, VISITOR,
						OffsetDateTime.of(2027, 1, 10, 9, 0, 0, 0, ZoneOffset.ofHours(1)),
						"https://coopemploi.com/inscriptions/place?jeton=ghi"));
		samples.put(RegistrationPromoted.class, new RegistrationPromoted(registration, INFO_MEETING, VISITOR,
				"https://coopemploi.com/inscriptions/annuler?jeton=ghi"));
		samples.put(RegistrationCancelled.class, new RegistrationCancelled(registration, INFO_MEETING, VISITOR,
				RegistrationCancelled.Reason.BY_ATTENDEE));
		samples.put(AttendanceRecorded.class, new AttendanceRecorded(registration, INFO_MEETING, MEMBER,
				AttendanceRecorded.Attendance.ABSENT, INFO_MEETING));
		samples.put(AgendaEventChanged.class,
				new AgendaEventChanged(INFO_MEETING, OffsetDateTime.of(2027, 1, 12, 14, 0, 0, 0, ZoneOffset.ofHours(1)),
						OffsetDateTime.of(2027, 1, 12, 16, 0, 0, 0, ZoneOffset.ofHours(1)), "COOP'EMPLOI Annemasse",
						List.of(new Recipient(registration, VISITOR,
								"https://coopemploi.com/inscriptions/annuler?jeton=ghi"))));
		samples.put(AgendaEventCancelled.class, new AgendaEventCancelled(INFO_MEETING, "Intervenante malade",
				List.of(new Recipient(registration, VISITOR, null))));
		UUID appointment = UUID.fromString("1a2b3c4d-0000-4000-8000-00000000aa01");
		samples.put(AppointmentBooked.class,
				new AppointmentBooked(appointment, COACH_PERSON, MEMBER,
						OffsetDateTime.of(2027, 2, 3, 10, 0, 0, 0, ZoneOffset.ofHours(1)),
						OffsetDateTime.of(2027, 2, 3, 11, 0, 0, 0, ZoneOffset.ofHours(1)), "COOP'EMPLOI Seynod",
						"Prévisionnel"));
		samples.put(AppointmentCancelled.class,
				new AppointmentCancelled(appointment, COACH_PERSON, MEMBER,
						OffsetDateTime.of(2027, 2, 3, 10, 0, 0, 0, ZoneOffset.ofHours(1)),
						OffsetDateTime.of(2027, 2, 3, 11, 0, 0, 0, ZoneOffset.ofHours(1)), "COOP'EMPLOI Seynod",
						AppointmentCancelled.CancelledBy.ENTREPRENEUR));
		samples.put(ShowcasePublished.class,
				new ShowcasePublished("atelier-bois-flotte", "Julien Morel", "L'Atelier du Bois Flotté", "FURNITURE",
						"Mobilier", "Mobilier et objets en bois flotté du lac d'Annecy", "Annecy", "seynod", null,
						List.of(new ShowcasePublished.Page("presentation", "Présentation", "Chaque pièce est unique.")),
						"https://coopemploi.com/entrepreneurs/atelier-bois-flotte", SUBJECT));
		samples.put(ShowcaseWithdrawn.class, new ShowcaseWithdrawn("atelier-bois-flotte"));
		samples.put(CoachProfileChanged.class,
				new CoachProfileChanged(COACH, true, Instant.parse("2026-12-06T09:15:00Z")));
		String showcase = "9b2d6c1e-4f3a-4b7c-8d9e-0a1b2c3d4e5f";
		Member julien = new Member(SUBJECT, "Julien", "Morel", "julien.morel@example.org");
		samples.put(ShowcaseSubmitted.class,
				new ShowcaseSubmitted(showcase, "L'Atelier du Bois Flotté", julien,
						List.of(new Member(COACH, "Lucas", "Favre", "lucas.favre@demo.coopemploi.test")), false,
						"https://coopemploi.com/intranet/vitrines/" + showcase));
		samples.put(ShowcaseValidated.class, new ShowcaseValidated(showcase, "L'Atelier du Bois Flotté", julien,
				"Lucas Favre", true, "https://coopemploi.com/entrepreneurs/atelier-du-bois-flotte"));
		samples.put(FileDocumentShared.class, new FileDocumentShared("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
				"previsionnel-2027.pdf", "Lucas Favre", julien,
				List.of(new FileDocumentShared.Recipient(julien, "https://coopemploi.com/intranet/mon-dossier"))));
		samples.put(ShowcaseRejected.class,
				new ShowcaseRejected(showcase, "L'Atelier du Bois Flotté", julien, "Lucas Favre",
						"Ajoutez le texte alternatif de la photo de l'atelier.",
						"https://coopemploi.com/intranet/ma-vitrine"));
		samples.put(ShowcaseContacted.class,
				new ShowcaseContacted("5e8c1d2a-7b3f-4c6d-9e0a-1b2c3d4e5f60", "L'Atelier du Bois Flotté",
						"https://coopemploi.com/entrepreneurs/atelier-du-bois-flotte", julien, "Léa Perrin",
						"lea.perrin@example.org", "Bonjour, faites-vous des tables sur mesure de 2 mètres ?"));
		samples.put(PersonInvited.class, new PersonInvited(SUBJECT, MemberRole.ENTREPRENEUR, "Julien", "Morel",
				"julien.morel@example.org", "seynod", null, COACH));
		samples.put(PersonChanged.class, new PersonChanged(SUBJECT, MemberRole.ENTREPRENEUR, "Julien", "Morel",
				"julien.morel@example.org", "annemasse", null, COACH));
		samples.put(AccountDeactivated.class, new AccountDeactivated(SUBJECT));
		samples.put(AccountReactivated.class, new AccountReactivated(SUBJECT));
		samples.put(AgendaEventPublished.class,
				new AgendaEventPublished(INFO_MEETING,
						"Découvrir la coopérative, le statut d'entrepreneur-salarié et le parcours.",
						"Deux heures pour comprendre le CAPE et le CESA, puis vos questions.",
						AgendaEventPublished.Audience.PUBLIC, false, Instant.parse("2026-12-01T09:00:00Z")));
		Participant asker = new Participant(MEMBER.subject(), "Marie", "Dupont", MEMBER.email());
		Participant answerer = new Participant(COACH, "Lucas", "Favre", COACH_PERSON.email());
		samples.put(QuestionAnswered.class, new QuestionAnswered("6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
				"8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d", "Comment fixer le prix d'une prestation à la journée ?",
				"https://coopemploi.com/intranet/questions/6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0#reponse-8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d",
				asker, "Lucas Favre", true,
				"Partez de votre revenu visé, ajoutez vos charges et la contribution à la coopérative, puis divisez par…"));
		samples.put(AnswerAccepted.class, new AnswerAccepted("6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
				"8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d", "Comment fixer le prix d'une prestation à la journée ?",
				"https://coopemploi.com/intranet/questions/6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0#reponse-8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d",
				"Marie Dupont", "Lucas Favre", COACH,
				"Partez de votre revenu visé, ajoutez vos charges et la contribution à la coopérative, puis divisez par…",
				List.of(answerer)));
		samples.put(PersonalFileChanged.class,
				new PersonalFileChanged(SUBJECT, "julien.morel@example.org", "seynod", COACH, "MOREL01",
						new PersonalFileChanged.Agreement(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), null),
						List.of(new PersonalFileChanged.Objective("3c1e9f1a-5b7d-4e2f-9a10-0b1c2d3e4f50",
								"Chiffre d'affaires de la première année", PersonalFileChanged.ObjectiveKind.REVENUE,
								new BigDecimal("18000.00"), null, LocalDate.of(2027, 2, 28)),
								new PersonalFileChanged.Objective("3c1e9f1a-5b7d-4e2f-9a10-0b1c2d3e4f51",
										"Ouvrir une boutique en ligne", PersonalFileChanged.ObjectiveKind.OTHER, null,
										PersonalFileChanged.ObjectiveStatus.IN_PROGRESS, LocalDate.of(2026, 9, 30))),
						List.of(new PersonalFileChanged.ReachedMilestone(
								PersonalFileChanged.Milestone.INFORMATION_MEETING, LocalDate.of(2026, 1, 13)),
								new PersonalFileChanged.ReachedMilestone(PersonalFileChanged.Milestone.FIRST_INTERVIEW,
										LocalDate.of(2026, 1, 27)),
								new PersonalFileChanged.ReachedMilestone(PersonalFileChanged.Milestone.CAPE_SIGNED,
										LocalDate.of(2026, 3, 1))),
						Instant.parse("2026-03-01T10:15:30Z")));
		samples.put(AccountingImportFinished.class,
				new AccountingImportFinished(UUID.fromString("9a1f3c52-7b2e-4d8a-b6c1-2f3e4d5a6b7c"),
						"grand-livre-2026-03.csv", "LEDGER", AccountingImportFinished.Outcome.IMPORTED,
						"CSV, ISO-8859-15", 1250, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
						List.of(new AccountingImportFinished.UnmatchedCode("GIRARD07", 12, 48)), List.of(), 0,
						"https://coopemploi.com/intranet/staff/imports/9a1f3c52-7b2e-4d8a-b6c1-2f3e4d5a6b7c"));
		samples.put(FiguresChanged.class, new FiguresChanged(List.of(SUBJECT), FiguresChanged.Cause.IMPORT,
				Instant.parse("2026-04-02T08:15:00Z")));
		samples.put(CooperativeChanged.class, new CooperativeChanged("Alpes Entreprendre", "Alpes", "#00676b",
				"#8a3b12", "https://alpes.example.org/api/members/public/cooperative/logo?v=3",
				new CooperativeChanged.PostalAddress("2 rue des Tilleuls", "74000", "Annecy"),
				"contact@alpes.example.org", "04 50 00 00 00", "Alpes Entreprendre",
				"ne-pas-repondre@alpes.example.org", "SCOP SA à capital variable, RCS Annecy 123 456 789",
				"https://alpes.example.org", List.of("Coopérer pour Entreprendre"),
				List.of(new CooperativeChanged.Link("LinkedIn", "https://www.linkedin.com/company/alpes-entreprendre")),
				Instant.parse("2026-05-04T08:00:00Z"), new CooperativeChanged.Retention(365, 180, 365, 90, 7)));
		samples.put(AntennaChanged.class,
				new AntennaChanged("thonon", "Thonon-les-Bains",
						new CooperativeChanged.PostalAddress("5 place du Marché", "74200", "Thonon-les-Bains"),
						"Mardi et jeudi, 9 h – 17 h", false, AntennaChanged.Status.OPEN,
						Instant.parse("2026-05-04T09:00:00Z")));
		Member marie = new Member("b465c806-618a-4771-b0d4-d76aa7ceecf5", "Marie", "Dupont",
				"marie.dupont@demo.coopemploi.test");
		Member lucas = new Member(COACH, "Lucas", "Favre", "lucas.favre@demo.coopemploi.test");
		String resource = "6650c3a1e4b0a1b2c3d4e5f6";
		String page = "https://coopemploi.com/intranet/ressources/reussir-son-marche-de-noel";
		samples.put(ResourceSubmitted.class, new ResourceSubmitted(resource, "Réussir son premier marché de Noël",
				marie, List.of(lucas), false, page));
		samples.put(ResourceValidated.class, new ResourceValidated(resource, "Réussir son premier marché de Noël",
				marie, "Lucas Favre", true, page));
		samples.put(ResourceRejected.class, new ResourceRejected(resource, "Réussir son premier marché de Noël", marie,
				"Lucas Favre", "Ajoutez les dates limites d'inscription aux marchés.", page));
		samples.put(ResourceWithdrawn.class, new ResourceWithdrawn(resource, "Réussir son premier marché de Noël",
				marie, "Lucas Favre", "Le marché de Seynod n'a plus lieu.", page));
		samples.put(ResourceReviewDue.class, new ResourceReviewDue(resource, "Réussir son premier marché de Noël",
				lucas, LocalDate.of(2027, 9, 1), page));
		UUID privacyRequest = UUID.fromString("3f6b1c2d-8e9a-4b7c-9d0e-1f2a3b4c5d6e");
		samples.put(PrivacyRequested.class, new PrivacyRequested(privacyRequest, PrivacyRequested.Kind.EXPORT,
				new Member(null, null, null, "lea.perrin@example.org"), Instant.parse("2026-12-05T10:00:00Z")));
		Map<String, Object> registrationPart = new LinkedHashMap<>();
		registrationPart.put("id", "0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f11");
		registrationPart.put("event", "Réunion d'information collective");
		registrationPart.put("startsAt", "2027-01-12T09:30:00+01:00");
		registrationPart.put("status", "CONFIRMED");
		registrationPart.put("seats", 1);
		registrationPart.put("prescriberOrganisation", null);
		Map<String, Object> part = new LinkedHashMap<>();
		part.put("registrations", List.of(registrationPart));
		part.put("appointments", List.of());
		samples.put(PrivacyAnswered.class, new PrivacyAnswered(privacyRequest, "events-service",
				PrivacyRequested.Kind.EXPORT, part, "1 inscription", 0, 0, Instant.parse("2026-12-05T10:00:02Z")));
		samples.put(PagePublished.class, new PagePublished("6650c3a1e4b0a1b2c3d4e5f8", "statut", "/cooperative/statut",
				"Cadre juridique et statut de l'entrepreneur", 3, 2, Instant.parse("2026-12-05T18:30:00Z")));
		samples.put(RetentionApplied.class, new RetentionApplied(
				UUID.fromString("3f6b2a1c-8d4e-4f5a-9b7c-1d2e3f4a5b6c"), "notification-service",
				Instant.parse("2026-12-06T03:30:00Z"),
				List.of(new RetentionApplied.Removed(RetentionKind.VISITOR_REGISTRATIONS, 4,
						Instant.parse("2025-12-06T03:30:00Z")),
						new RetentionApplied.Removed(RetentionKind.CONTACT_MESSAGES, 2,
								Instant.parse("2026-06-09T03:30:00Z")),
						new RetentionApplied.Removed(RetentionKind.SENT_MAILS, 118,
								Instant.parse("2025-12-06T03:30:00Z")),
						new RetentionApplied.Removed(RetentionKind.REMINDERS, 0, Instant.parse("2026-09-07T03:30:00Z")),
						new RetentionApplied.Removed(RetentionKind.EXPORT_ARCHIVES, 1,
								Instant.parse("2026-11-29T03:30:00Z")))));
		samples.put(ToolShared.class, new ToolShared("6650c3a1e4b0a1b2c3d4e5f7", "Livret du créateur", marie, lucas,
				"https://coopemploi.com/intranet/ressources/livret-du-createur-marie-dupont"));
		samples.put(PrivacyArchiveReady.class,
				new PrivacyArchiveReady(privacyRequest, new Member(null, null, null, "lea.perrin@example.org"),
						"https://coopemploi.com/api/members/public/privacy/archives/q7Xz0bYc2LkP9sVw4NfH1tRj",
						Instant.parse("2026-12-12T10:05:00Z")));
		samples.put(ErasureScheduled.class,
				new ErasureScheduled(UUID.fromString("3f6b1c2d-8e9a-4b7c-9d0e-1f2a3b4c5d6f"),
						new Member(SUBJECT, "Julien", "Morel", "julien.morel@example.org"),
						Instant.parse("2026-12-05T09:00:00Z")));
		samples.put(ReferralProgressed.class,
				new ReferralProgressed(UUID.fromString("0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f15"),
						ReferralProgressed.Outcome.ATTENDED, LocalDate.of(2027, 1, 12), "Nadia", "Haddad", PRESCRIBER,
						INFO_MEETING,
						"https://coopemploi.com/intranet/orientations/0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f15"));
		samples.put(PrivacyAsked.class, new PrivacyAsked("lea.perrin@example.org", PrivacyRequested.Kind.EXPORT,
				Instant.parse("2026-12-05T09:59:58Z")));
		return samples;
	}

	static final AgendaEventSnapshot WORKSHOP = new AgendaEventSnapshot(
			UUID.fromString("5b0c7a36-3f3e-4c0e-9d55-1f6f1c7d9a02"), AgendaEventSnapshot.Kind.WORKSHOP,
			"Atelier : construire son prévisionnel", OffsetDateTime.of(2027, 3, 30, 14, 0, 0, 0, ZoneOffset.ofHours(2)),
			OffsetDateTime.of(2027, 3, 30, 17, 0, 0, 0, ZoneOffset.ofHours(2)), "Europe/Paris", "En ligne", null,
			"https://visio.coopemploi.com/previsionnel",
			"https://coopemploi.com/agenda/5b0c7a36-3f3e-4c0e-9d55-1f6f1c7d9a02", "annemasse");

	/**
	 * Variants by fixture name: every value of every enumeration on the wire appears in
	 * one.
	 */
	static Map<String, IntegrationEvent> variants() {
		UUID registration = UUID.fromString("0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f14");
		Map<String, IntegrationEvent> variants = new LinkedHashMap<>();
		variants.put("events.event.published.v1.members-cancelled",
				new AgendaEventPublished(WORKSHOP, "Atelier de gestion", "Apportez vos chiffres.",
						AgendaEventPublished.Audience.MEMBERS, true, Instant.parse("2026-12-02T10:00:00Z")));
		variants.put("events.event.published.v1.workshop-resources",
				new AgendaEventPublished(WORKSHOP, "Atelier de gestion", "Apportez vos chiffres.",
						AgendaEventPublished.Audience.MEMBERS, false, Instant.parse("2026-12-02T10:00:00Z"), "Gestion",
						List.of("fixer-ses-prix", "modele-suivi-activite")));
		variants.put("events.registration.cancelled.v1.offer-declined", new RegistrationCancelled(registration,
				INFO_MEETING, VISITOR, RegistrationCancelled.Reason.OFFER_DECLINED));
		variants.put("events.registration.cancelled.v1.offer-expired", new RegistrationCancelled(registration,
				INFO_MEETING, VISITOR, RegistrationCancelled.Reason.OFFER_EXPIRED));
		variants.put("events.registration.cancelled.v1.by-staff",
				new RegistrationCancelled(registration, INFO_MEETING, VISITOR, RegistrationCancelled.Reason.BY_STAFF));
		variants.put("events.registration.confirmed.v1.workshop", new RegistrationConfirmed(registration, WORKSHOP,
				MEMBER, "https://coopemploi.com/inscriptions/annuler?jeton=jkl"));
		variants.put("events.registration.confirmed.v1.prescribed",
				new RegistrationConfirmed(UUID.fromString("0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f11"), INFO_MEETING,
						VISITOR, "https://coopemploi.com/inscriptions/annuler?jeton=abc", "plie-bassin-annecien"));
		variants.put("events.registration.confirmed.v1.monthly-meeting",
				new RegistrationConfirmed(registration,
						withKind(AgendaEventSnapshot.Kind.MONTHLY_MEETING, "Réunion mensuelle des entrepreneurs"),
						MEMBER, "https://coopemploi.com/inscriptions/annuler?jeton=mno"));
		variants.put("events.event.cancelled.v1.fair", new AgendaEventCancelled(
				withKind(AgendaEventSnapshot.Kind.FAIR, "Salon de l'artisanat d'Annecy"), null, List.of()));
		variants.put("events.event.changed.v1.appointment",
				new AgendaEventChanged(withKind(AgendaEventSnapshot.Kind.APPOINTMENT, "Entretien individuel"),
						INFO_MEETING.startsAt(), INFO_MEETING.endsAt(), "COOP'EMPLOI Seynod",
						List.of(new Recipient(registration, MEMBER, null))));
		variants.put("events.referral.progressed.v1.missed",
				new ReferralProgressed(UUID.fromString("0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f15"),
						ReferralProgressed.Outcome.MISSED, LocalDate.of(2027, 1, 12), "Nadia", "Haddad", PRESCRIBER,
						INFO_MEETING,
						"https://coopemploi.com/intranet/orientations/0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f15"));
		variants.put("events.referral.progressed.v1.cancelled",
				new ReferralProgressed(UUID.fromString("0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f15"),
						ReferralProgressed.Outcome.CANCELLED, LocalDate.of(2027, 1, 10), "Nadia", "Haddad", PRESCRIBER,
						INFO_MEETING,
						"https://coopemploi.com/intranet/orientations/0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f15"));
		variants.put("events.referral.progressed.v1.cape-signed",
				new ReferralProgressed(UUID.fromString("0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f15"),
						ReferralProgressed.Outcome.CAPE_SIGNED, LocalDate.of(2027, 2, 1), "Nadia", "Haddad", PRESCRIBER,
						INFO_MEETING,
						"https://coopemploi.com/intranet/orientations/0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f15"));
		variants.put("events.referral.progressed.v1.cesa-signed",
				new ReferralProgressed(UUID.fromString("0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f15"),
						ReferralProgressed.Outcome.CESA_SIGNED, LocalDate.of(2028, 2, 1), "Nadia", "Haddad", PRESCRIBER,
						INFO_MEETING,
						"https://coopemploi.com/intranet/orientations/0f4d9a3e-6c1b-4f7e-8a52-9b3c2d1e0f15"));
		variants.put("events.attendance.recorded.v1.present",
				new AttendanceRecorded(registration, WORKSHOP, MEMBER, AttendanceRecorded.Attendance.PRESENT, null));
		variants.put("events.attendance.recorded.v1.excused",
				new AttendanceRecorded(registration, WORKSHOP, MEMBER, AttendanceRecorded.Attendance.EXCUSED, null));
		variants.put("events.appointment.cancelled.v1.by-coach",
				new AppointmentCancelled(UUID.fromString("1a2b3c4d-0000-4000-8000-00000000aa02"), COACH_PERSON, MEMBER,
						OffsetDateTime.of(2027, 2, 4, 10, 0, 0, 0, ZoneOffset.ofHours(1)),
						OffsetDateTime.of(2027, 2, 4, 11, 0, 0, 0, ZoneOffset.ofHours(1)), "En ligne",
						AppointmentCancelled.CancelledBy.COACH));
		variants.put("members.person.invited.v1.coach", new PersonInvited(COACH, MemberRole.COACH, "Lucas", "Favre",
				"lucas.favre@example.org", "seynod", null, null));
		variants.put("members.person.invited.v1.prescriber", new PersonInvited("1c9e8b7a-6d5f-4e3c-a2b1-0f9e8d7c6b5a",
				MemberRole.PRESCRIBER, "Sophie", "Girard", "sophie.girard@example.org", null, "plie-annecy", null));
		variants.put("members.person.changed.v1.staff", new PersonChanged("2d0f9c8b-7e6a-4f5d-b3c2-1a0f9e8d7c6b",
				MemberRole.STAFF, "Camille", "Roux", "camille.roux@example.org", "seynod", null, null));
		variants.put("members.file.changed.v1.associate", new PersonalFileChanged(SUBJECT, "julien.morel@example.org",
				"seynod", COACH, "MOREL01",
				new PersonalFileChanged.Agreement(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28),
						LocalDate.of(2027, 3, 1)),
				List.of(new PersonalFileChanged.Objective("3c1e9f1a-5b7d-4e2f-9a10-0b1c2d3e4f52", "Trouver un local",
						PersonalFileChanged.ObjectiveKind.OTHER, null, PersonalFileChanged.ObjectiveStatus.TODO, null),
						new PersonalFileChanged.Objective("3c1e9f1a-5b7d-4e2f-9a10-0b1c2d3e4f51",
								"Ouvrir une boutique en ligne", PersonalFileChanged.ObjectiveKind.OTHER, null,
								PersonalFileChanged.ObjectiveStatus.DONE, LocalDate.of(2026, 9, 30))),
				List.of(new PersonalFileChanged.ReachedMilestone(PersonalFileChanged.Milestone.FIRST_INVOICE,
						LocalDate.of(2026, 4, 2)),
						new PersonalFileChanged.ReachedMilestone(PersonalFileChanged.Milestone.CESA_SIGNED,
								LocalDate.of(2027, 3, 1)),
						new PersonalFileChanged.ReachedMilestone(PersonalFileChanged.Milestone.ASSOCIATE,
								LocalDate.of(2029, 6, 15))),
				Instant.parse("2029-06-15T09:00:00Z")));
		variants.put("dashboard.import.finished.v1.refused",
				new AccountingImportFinished(UUID.fromString("9a1f3c52-7b2e-4d8a-b6c1-2f3e4d5a6b7d"), "export.xlsx",
						null, AccountingImportFinished.Outcome.REFUSED, "XLSX", 0, null, null, List.of(),
						List.of(new AccountingImportFinished.Problem(0, "Format de fichier non reconnu")), 1,
						"https://coopemploi.com/intranet/staff/imports/9a1f3c52-7b2e-4d8a-b6c1-2f3e4d5a6b7d"));
		variants.put("dashboard.figures.changed.v1.attendance", new FiguresChanged(List.of(SUBJECT),
				FiguresChanged.Cause.ATTENDANCE, Instant.parse("2026-04-02T09:00:00Z")));
		variants.put("dashboard.figures.changed.v1.typed", new FiguresChanged(List.of(SUBJECT),
				FiguresChanged.Cause.TYPED, Instant.parse("2026-04-02T10:00:00Z")));
		variants.put("members.antenna.changed.v1.closed",
				new AntennaChanged("cluses", "Cluses",
						new CooperativeChanged.PostalAddress("10 avenue de la Libération", "74300", "Cluses"), null,
						false, AntennaChanged.Status.CLOSED, Instant.parse("2026-06-30T16:00:00Z")));
		UUID erasure = UUID.fromString("3f6b1c2d-8e9a-4b7c-9d0e-1f2a3b4c5d6f");
		variants.put("members.privacy.requested.v1.erasure",
				new PrivacyRequested(erasure, PrivacyRequested.Kind.ERASURE,
						new Member(SUBJECT, "Julien", "Morel", "julien.morel@example.org"),
						Instant.parse("2026-11-28T09:00:00Z")));
		variants.put("privacy.request.answered.v1.erasure",
				new PrivacyAnswered(erasure, "events-service", PrivacyRequested.Kind.ERASURE, null,
						"3 inscriptions effacées, 2 présences anonymisées", 3, 2,
						Instant.parse("2026-12-05T09:00:03Z")));
		return variants;
	}

	private static AgendaEventSnapshot withKind(AgendaEventSnapshot.Kind kind, String title) {
		return new AgendaEventSnapshot(INFO_MEETING.id(), kind, title, INFO_MEETING.startsAt(), INFO_MEETING.endsAt(),
				INFO_MEETING.timeZone(), INFO_MEETING.placeLabel(), INFO_MEETING.placeAddress(),
				INFO_MEETING.onlineUrl(), INFO_MEETING.pageUrl(), INFO_MEETING.antenna());
	}

}
