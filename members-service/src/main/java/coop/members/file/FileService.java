package coop.members.file;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import coop.members.MembersProperties;
import coop.members.antenna.Antennas;
import coop.members.people.People;
import coop.members.people.PersonAssigned;
import coop.members.people.Person;
import coop.members.people.PersonRole;
import coop.members.showcase.ShowcaseService;
import coop.platform.contracts.members.FileDocumentShared;
import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.PersonalFileChanged;
import coop.platform.files.CheckedUploads;
import coop.platform.files.FileDownloads;
import coop.platform.files.FilePolicy;
import coop.platform.files.StoredFile;
import coop.platform.web.problem.FieldProblem;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.platform.web.security.CurrentUser;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.stereotype.Service;

/**
 * Reading and changing personal files. Only the entrepreneur, their coach and staff who
 * manage their antenna read a file (anyone else gets 404, as if it did not exist);
 * coaches and staff change the journey; the entrepreneur proposes new contact details;
 * staff set the analytical code. Every change goes to the history, and a change of what
 * other services keep (agreement, objectives, milestones, analytical code, antenna,
 * coach) is told by {@code members.file.changed} in the same write.
 */
@Service
public class FileService {

	static final ProblemType ANALYTICAL_CODE_TAKEN = ProblemType.of("analytical-code-taken", HttpStatus.CONFLICT,
			"Code analytique déjà attribué");

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** The history a reader gets, newest first. */
	private static final int HISTORY_SHOWN = 200;

	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/**
	 * What an entrepreneur and their coach exchange: documents and pictures, 20 MB each.
	 */
	static final DataSize MAX_DOCUMENT_SIZE = DataSize.ofMegabytes(20);

	private static final FilePolicy DOCUMENTS = new FilePolicy(
			List.of(FilePolicy.documents(MAX_DOCUMENT_SIZE), FilePolicy.images(MAX_DOCUMENT_SIZE)));

	private final PersonalFiles files;

	private final People people;

	private final Antennas antennas;

	private final AttendedWorkshops workshops;

	private final FileAppointments appointments;

	private final ShowcaseService showcases;

	private final CheckedUploads uploads;

	private final FileDownloads downloads;

	private final MembersProperties properties;

	private final Clock clock;

	FileService(PersonalFiles files, People people, Antennas antennas, AttendedWorkshops workshops,
			FileAppointments appointments, ShowcaseService showcases, CheckedUploads uploads, FileDownloads downloads,
			MembersProperties properties, Clock clock) {
		this.uploads = uploads;
		this.downloads = downloads;
		this.files = files;
		this.people = people;
		this.antennas = antennas;
		this.workshops = workshops;
		this.appointments = appointments;
		this.showcases = showcases;
		this.properties = properties;
		this.clock = clock;
	}

	/** How the reader relates to the file, strongest first. */
	enum Relation {

		OWNER, COACH, STAFF

	}

	record Access(CurrentUser user, Person person, Relation relation) {

		boolean editsJourney() {
			return this.relation != Relation.OWNER;
		}

	}

	public FileResponse mine(CurrentUser user) {
		return read(user, user.subject());
	}

	public FileResponse read(CurrentUser user, String subject) {
		Access access = access(user, subject);
		return toResponse(access, file(subject));
	}

	FileResponse activity(CurrentUser user, String subject, FileRequests.ActivityRequest request) {
		return change(editor(user, subject), (file) -> {
			file.activity(blankToNull(request.activity()));
			return "Activité mise à jour";
		});
	}

	FileResponse analyticalCode(CurrentUser user, String subject, FileRequests.AnalyticalCodeRequest request) {
		Access access = access(user, subject);
		if (!staffOf(user, access.person())) {
			throw ProblemException.forbidden("Seule l'équipe permanente attribue le code analytique.");
		}
		String code = blankToNull(request.analyticalCode());
		if (code != null && this.files.existsByAnalyticalCodeAndSubjectNot(code, subject)) {
			throw new ProblemException(ANALYTICAL_CODE_TAKEN,
					"Le code analytique " + code + " est déjà celui d'un autre entrepreneur.");
		}
		return change(access, (file) -> {
			file.analyticalCode(code);
			return (code != null) ? "Code analytique : " + code : "Code analytique retiré";
		});
	}

	FileResponse agreement(CurrentUser user, String subject, FileRequests.AgreementRequest request) {
		Access access = editor(user, subject);
		PersonalFile.Agreement agreement = new PersonalFile.Agreement(request.capeStartsOn(), request.capeEndsOn(),
				request.cesaStartsOn());
		List<FieldProblem> errors = new ArrayList<>();
		checkDate(errors, "capeStartsOn", agreement.capeStartsOn());
		checkDate(errors, "capeEndsOn", agreement.capeEndsOn());
		checkDate(errors, "cesaStartsOn", agreement.cesaStartsOn());
		if (agreement.capeEndsOn() != null && agreement.capeStartsOn() == null) {
			errors.add(new FieldProblem("capeStartsOn", "Indiquez aussi le début du CAPE."));
		}
		if (agreement.capeStartsOn() != null && agreement.capeEndsOn() != null
				&& agreement.capeEndsOn().isBefore(agreement.capeStartsOn())) {
			errors.add(new FieldProblem("capeEndsOn", "La fin du CAPE vient après son début."));
		}
		if (agreement.capeStartsOn() != null && agreement.cesaStartsOn() != null
				&& agreement.cesaStartsOn().isBefore(agreement.capeStartsOn())) {
			errors.add(new FieldProblem("cesaStartsOn", "Le CESA commence après le début du CAPE."));
		}
		invalidIfAny(errors);
		return change(access, (file) -> {
			file.agreement(agreement);
			return "Contrat d'accompagnement : CAPE " + period(agreement.capeStartsOn(), agreement.capeEndsOn())
					+ ", CESA "
					+ ((agreement.cesaStartsOn() != null) ? "dès le " + day(agreement.cesaStartsOn()) : "non signé");
		});
	}

	FileResponse addObjective(CurrentUser user, String subject, FileRequests.ObjectiveRequest request) {
		Access access = editor(user, subject);
		Objective values = objective(request);
		return change(access, (file) -> {
			if (file.objectives().size() >= PersonalFile.MAX_OBJECTIVES) {
				throw ProblemException.invalid("objectives",
						PersonalFile.MAX_OBJECTIVES + " objectifs au plus : retirez-en un d'abord.");
			}
			file.addObjective(values.label(), values.kind(), values.targetAmount(), values.status(), values.dueOn());
			return "Objectif ajouté : " + values.label();
		});
	}

	FileResponse updateObjective(CurrentUser user, String subject, String objectiveId,
			FileRequests.ObjectiveRequest request) {
		Access access = editor(user, subject);
		Objective values = objective(request);
		return change(access, (file) -> {
			PersonalFile.Objective before = file.objective(objectiveId).orElseThrow(FileService::noSuchObjective);
			file.replaceObjective(new PersonalFile.Objective(before.id(), values.label(), values.kind(),
					values.targetAmount(), values.status(), values.dueOn()));
			return (values.status() != null && values.status() != before.status())
					? "Objectif « " + values.label() + " » : " + values.status().label().toLowerCase()
					: "Objectif modifié : " + values.label();
		});
	}

	FileResponse removeObjective(CurrentUser user, String subject, String objectiveId) {
		return change(editor(user, subject), (file) -> {
			PersonalFile.Objective before = file.objective(objectiveId).orElseThrow(FileService::noSuchObjective);
			file.removeObjective(objectiveId);
			return "Objectif retiré : " + before.label();
		});
	}

	FileResponse reach(CurrentUser user, String subject, Milestone milestone, LocalDate on) {
		Access access = editor(user, subject);
		List<FieldProblem> errors = new ArrayList<>();
		checkDate(errors, "reachedOn", on);
		invalidIfAny(errors);
		return change(access, (file) -> {
			file.reach(milestone, on);
			String summary = "Étape « " + milestone.label() + " » franchie le " + day(on);
			PersonalFile.Agreement agreement = file.agreement();
			if (milestone == Milestone.CAPE_SIGNED && agreement.capeStartsOn() == null) {
				file.agreement(new PersonalFile.Agreement(on, agreement.capeEndsOn(), agreement.cesaStartsOn()));
				summary += " (début du CAPE)";
			}
			else if (milestone == Milestone.CESA_SIGNED && agreement.cesaStartsOn() == null) {
				file.agreement(new PersonalFile.Agreement(agreement.capeStartsOn(), agreement.capeEndsOn(), on));
				summary += " (début du CESA)";
			}
			return summary;
		});
	}

	FileResponse unreach(CurrentUser user, String subject, Milestone milestone) {
		return change(editor(user, subject),
				(file) -> file.unreach(milestone) ? "Étape « " + milestone.label() + " » retirée" : null);
	}

	/**
	 * The entrepreneur's new contact details wait for their coach or staff; a coach's or
	 * staff's apply at once.
	 */
	FileResponse contact(CurrentUser user, String subject, FileRequests.ContactRequest request) {
		Access access = access(user, subject);
		PersonalFile.Contact contact = new PersonalFile.Contact(blankToNull(request.phone()),
				blankToNull(request.street()), blankToNull(request.postalCode()), blankToNull(request.town()));
		Instant now = this.clock.instant();
		return change(access, (file) -> {
			if (access.relation() == Relation.OWNER) {
				file.propose(contact, now);
				return "Nouvelles coordonnées proposées";
			}
			file.contact(contact);
			file.closeProposal();
			return "Coordonnées mises à jour";
		});
	}

	FileResponse acceptContact(CurrentUser user, String subject) {
		return change(editor(user, subject), (file) -> {
			PersonalFile.ContactProposal proposal = proposal(file);
			file.contact(proposal.proposed());
			file.closeProposal();
			return "Coordonnées proposées acceptées";
		});
	}

	FileResponse declineContact(CurrentUser user, String subject) {
		return change(editor(user, subject), (file) -> {
			proposal(file);
			file.closeProposal();
			return "Coordonnées proposées refusées";
		});
	}

	/**
	 * A document for the file, from the entrepreneur, their coach or staff: checked by
	 * {@code platform-files} while it streams in (type from the bytes, size), nothing
	 * kept when refused; the other party is told ({@code members.file.document-shared}).
	 */
	FileResponse shareDocument(CurrentUser user, String subject, String name, HttpServletRequest request) {
		Access access = access(user, subject);
		if (file(subject).documents().size() >= PersonalFile.MAX_DOCUMENTS) {
			throw ProblemException.invalid("documents", "Ce dossier contient déjà " + PersonalFile.MAX_DOCUMENTS
					+ " documents : retirez-en un avant d'en ajouter.");
		}
		if (name == null || name.isBlank()) {
			throw ProblemException.invalid("name", "Indiquez le nom du fichier.");
		}
		StoredFile stored = this.uploads.store(request, name, DOCUMENTS,
				java.util.Map.of("personalFile", subject, "sharedBy", user.subject()));
		try {
			Instant now = this.clock.instant();
			String actorName = PersonAssigned.nameOf(user);
			PersonalFile.SharedDocument document = new PersonalFile.SharedDocument(stored.id(), stored.name(),
					stored.mediaType(), stored.size(), now, user.subject(), actorName, access.relation().name());
			PersonalFile file = file(subject);
			file.addDocument(document);
			file.changed(new PersonalFile.Change(now, user.subject(), actorName, "Document déposé : " + stored.name()),
					shared(access, document));
			return toResponse(access, this.files.save(file));
		}
		catch (RuntimeException ex) {
			this.uploads.delete(stored.id());
			throw ex;
		}
	}

	/** A document of the file, for those who read the file only. */
	ResponseEntity<Resource> document(CurrentUser user, String subject, String documentId, boolean inline) {
		access(user, subject);
		PersonalFile.SharedDocument document = file(subject).document(documentId)
			.orElseThrow(FileService::noSuchDocument);
		ResponseEntity<Resource> sent = this.downloads.send(document.id(), inline);
		return ResponseEntity.status(sent.getStatusCode()).headers((headers) -> {
			headers.addAll(sent.getHeaders());
			// someone's file: never kept by a shared cache
			headers.setCacheControl(CacheControl.noStore().cachePrivate());
		}).body(sent.getBody());
	}

	/** Who shared a document removes it, as do staff of the file. */
	FileResponse removeDocument(CurrentUser user, String subject, String documentId) {
		Access access = access(user, subject);
		PersonalFile file = file(subject);
		PersonalFile.SharedDocument document = file.document(documentId).orElseThrow(FileService::noSuchDocument);
		if (!removable(access, document)) {
			throw ProblemException.forbidden("Seul qui a déposé ce document, ou l'équipe, peut le retirer.");
		}
		file.removeDocument(documentId);
		Instant now = this.clock.instant();
		file.changed(new PersonalFile.Change(now, user.subject(), PersonAssigned.nameOf(user),
				"Document retiré : " + document.name()), null);
		PersonalFile saved = this.files.save(file);
		this.uploads.delete(document.id());
		return toResponse(access, saved);
	}

	private boolean removable(Access access, PersonalFile.SharedDocument document) {
		return access.user().subject().equals(document.sharedBySubject()) || access.relation() == Relation.STAFF;
	}

	/**
	 * The message telling the other party: the coach when the entrepreneur shared it, the
	 * entrepreneur when their coach or staff did; {@code null} when there is nobody to
	 * tell.
	 */
	private FileDocumentShared shared(Access access, PersonalFile.SharedDocument document) {
		Person entrepreneur = access.person();
		List<FileDocumentShared.Recipient> recipients = new ArrayList<>();
		String base = this.properties.publicUrl().replaceAll("/+$", "");
		if (access.relation() == Relation.OWNER) {
			if (entrepreneur.coach() != null) {
				this.people.findBySubject(entrepreneur.coach())
					.ifPresent((coach) -> recipients.add(new FileDocumentShared.Recipient(member(coach),
							base + "/intranet/dossiers/" + entrepreneur.subject())));
			}
		}
		else {
			recipients.add(new FileDocumentShared.Recipient(member(entrepreneur), base + "/intranet/mon-dossier"));
		}
		return recipients.isEmpty() ? null : new FileDocumentShared(document.id(), document.name(),
				document.sharedByName(), member(entrepreneur), recipients);
	}

	private static Member member(Person person) {
		return new Member(person.subject(), person.firstName(), person.lastName(), person.email());
	}

	/**
	 * Staff changed an entrepreneur's antenna or coach: a file that exists tells the
	 * other services, in its history too.
	 */
	@EventListener
	void on(PersonAssigned assigned) {
		Person person = assigned.person();
		this.files.findById(person.subject()).ifPresent((file) -> {
			String coach = (person.coach() != null)
					? this.people.findBySubject(person.coach()).map(Person::fullName).orElse("?") : "aucun";
			Instant now = this.clock.instant();
			file.changed(
					new PersonalFile.Change(now, assigned.actorSubject(), assigned.actorName(),
							"Antenne : " + Objects.toString(person.antenna(), "aucune") + ", accompagnateur : "
									+ coach),
					(person.role() == PersonRole.ENTREPRENEUR) ? snapshot(person, file, now) : null);
			this.files.save(file);
		});
	}

	/**
	 * Opens a file as it stands (demo data, or a cooperative moving its files in): the
	 * same history line and message as a change made on screen.
	 * @param objectives their ids are given here
	 */
	public void open(String subject, String actorName, String activity, String analyticalCode,
			PersonalFile.Agreement agreement, List<PersonalFile.ReachedMilestone> milestones,
			List<PersonalFile.Objective> objectives) {
		Person person = this.people.findBySubject(subject)
			.filter((p) -> p.role() == PersonRole.ENTREPRENEUR)
			.orElseThrow(FileService::noSuchFile);
		PersonalFile file = file(subject);
		file.activity(activity);
		file.analyticalCode(analyticalCode);
		file.agreement(agreement);
		milestones.forEach((m) -> file.reach(m.milestone(), m.reachedOn()));
		objectives.forEach((o) -> file.addObjective(o.label(), o.kind(), o.targetAmount(), o.status(), o.dueOn()));
		Instant now = this.clock.instant();
		file.changed(new PersonalFile.Change(now, null, actorName, "Dossier ouvert"), snapshot(person, file, now));
		this.files.save(file);
	}

	/**
	 * Applies a change: the history line it returns ({@code null}: nothing changed) and,
	 * when what other services keep changed, the message.
	 */
	private FileResponse change(Access access, Function<PersonalFile, String> mutation) {
		PersonalFile file = file(access.person().subject());
		PersonalFileChanged before = snapshot(access.person(), file, Instant.EPOCH);
		String summary = mutation.apply(file);
		if (summary != null) {
			Instant now = this.clock.instant();
			PersonalFileChanged after = snapshot(access.person(), file, Instant.EPOCH);
			file.changed(new PersonalFile.Change(now, access.user().subject(), PersonAssigned.nameOf(access.user()),
					summary), after.equals(before) ? null : snapshot(access.person(), file, now));
			file = this.files.save(file);
		}
		return toResponse(access, file);
	}

	private Access access(CurrentUser user, String subject) {
		Person person = this.people.findBySubject(subject)
			.filter((p) -> p.role() == PersonRole.ENTREPRENEUR)
			.orElseThrow(FileService::noSuchFile);
		if (person.subject().equals(user.subject())) {
			return new Access(user, person, Relation.OWNER);
		}
		if (user.hasRole(PersonRole.COACH.code()) && user.subject().equals(person.coach())) {
			return new Access(user, person, Relation.COACH);
		}
		if (staffOf(user, person)) {
			return new Access(user, person, Relation.STAFF);
		}
		// 404 rather than 403: others need not know whose file exists
		throw noSuchFile();
	}

	private Access editor(CurrentUser user, String subject) {
		Access access = access(user, subject);
		if (!access.editsJourney()) {
			throw ProblemException.forbidden(
					"Votre accompagnateur ou l'équipe met à jour votre dossier ; proposez-leur vos changements.");
		}
		return access;
	}

	private boolean staffOf(CurrentUser user, Person person) {
		return user.managesAntenna(person.antenna(), this.properties.headOfficeAntenna());
	}

	private PersonalFile file(String subject) {
		return this.files.findById(subject).orElseGet(() -> new PersonalFile(subject));
	}

	private Objective objective(FileRequests.ObjectiveRequest request) {
		String label = request.label().strip();
		if (request.kind() == ObjectiveKind.REVENUE) {
			if (request.targetAmount() == null || request.targetAmount().isBlank()) {
				throw ProblemException.invalid("targetAmount", "Indiquez le chiffre d'affaires visé, en euros.");
			}
			BigDecimal amount = new BigDecimal(
					request.targetAmount().strip().replaceAll("[ \\u00a0\\u202f]", "").replace(',', '.'))
				.setScale(2, RoundingMode.UNNECESSARY);
			if (amount.signum() <= 0) {
				throw ProblemException.invalid("targetAmount", "Indiquez un montant plus grand que zéro.");
			}
			return new Objective(label, ObjectiveKind.REVENUE, amount, null, request.dueOn());
		}
		if (request.targetAmount() != null && !request.targetAmount().isBlank()) {
			throw ProblemException.invalid("targetAmount",
					"Un montant ne s'indique que pour un objectif de chiffre d'affaires.");
		}
		return new Objective(label, ObjectiveKind.OTHER, null,
				(request.status() != null) ? request.status() : ObjectiveStatus.TODO, request.dueOn());
	}

	/** The values of an objective, checked. */
	private record Objective(String label, ObjectiveKind kind, BigDecimal targetAmount, ObjectiveStatus status,
			LocalDate dueOn) {
	}

	private static PersonalFile.ContactProposal proposal(PersonalFile file) {
		if (file.contactProposal() == null) {
			throw ProblemException.notFound("Aucune proposition de coordonnées n'attend de réponse.");
		}
		return file.contactProposal();
	}

	private void checkDate(List<FieldProblem> errors, String field, LocalDate date) {
		if (date == null) {
			return;
		}
		if (date.isBefore(EARLIEST)) {
			errors.add(new FieldProblem(field, "Cette date est trop ancienne."));
		}
		if (field.equals("reachedOn") && date.isAfter(today())) {
			errors.add(new FieldProblem(field, "Une étape se franchit au plus tard aujourd'hui."));
		}
		if (date.isAfter(today().plusYears(10))) {
			errors.add(new FieldProblem(field, "Cette date est trop lointaine."));
		}
	}

	private static void invalidIfAny(List<FieldProblem> errors) {
		if (!errors.isEmpty()) {
			throw new ProblemException(ProblemType.VALIDATION, "Certaines informations sont à corriger.", errors);
		}
	}

	/** What other services keep of the file. */
	PersonalFileChanged snapshot(Person person, PersonalFile file, Instant at) {
		PersonalFile.Agreement agreement = file.agreement();
		return new PersonalFileChanged(person.subject(), person.email(), person.antenna(), person.coach(),
				file.analyticalCode(),
				new PersonalFileChanged.Agreement(agreement.capeStartsOn(), agreement.capeEndsOn(),
						agreement.cesaStartsOn()),
				file.objectives()
					.stream()
					.map((o) -> new PersonalFileChanged.Objective(o.id(), o.label(),
							PersonalFileChanged.ObjectiveKind.valueOf(o.kind().name()), o.targetAmount(),
							(o.status() != null) ? PersonalFileChanged.ObjectiveStatus.valueOf(o.status().name())
									: null,
							o.dueOn()))
					.toList(),
				file.milestones()
					.stream()
					.map((m) -> new PersonalFileChanged.ReachedMilestone(
							PersonalFileChanged.Milestone.valueOf(m.milestone().name()), m.reachedOn()))
					.toList(),
				at);
	}

	private FileResponse toResponse(Access access, PersonalFile file) {
		Person person = access.person();
		LocalDate today = today();
		FileResponse.Ref antenna = (person.antenna() != null) ? this.antennas.findById(person.antenna())
			.map((a) -> new FileResponse.Ref(a.code(), a.name()))
			.orElse(new FileResponse.Ref(person.antenna(), person.antenna())) : null;
		FileResponse.Ref coach = (person.coach() != null) ? this.people.findBySubject(person.coach())
			.map((c) -> new FileResponse.Ref(c.subject(), c.fullName()))
			.orElse(null) : null;
		FileResponse.Identity identity = new FileResponse.Identity(person.id(), person.subject(), person.firstName(),
				person.lastName(), person.email(), antenna, coach, person.status().name());
		List<FileResponse.ObjectiveView> objectives = file.objectives()
			.stream()
			.map((o) -> new FileResponse.ObjectiveView(o.id(), o.label(), o.kind(), o.kind().label(),
					(o.targetAmount() != null) ? o.targetAmount().toPlainString() : null, o.status(),
					(o.status() != null) ? o.status().label() : null, o.dueOn(),
					o.kind() == ObjectiveKind.OTHER && o.status() != ObjectiveStatus.DONE && o.dueOn() != null
							&& o.dueOn().isBefore(today)))
			.toList();
		List<FileResponse.Step> steps = new ArrayList<>();
		Milestone next = null;
		int reached = 0;
		for (Milestone milestone : Milestone.values()) {
			Optional<PersonalFile.ReachedMilestone> done = file.reached(milestone);
			steps.add(new FileResponse.Step(milestone, milestone.label(), done.isPresent(),
					done.map(PersonalFile.ReachedMilestone::reachedOn).orElse(null)));
			if (done.isPresent()) {
				reached++;
			}
			else if (next == null) {
				next = milestone;
			}
		}
		List<AttendedWorkshop> attended = this.workshops.findBySubjectOrderByStartsAtDesc(person.subject());
		List<FileResponse.WorkshopView> workshopViews = attended.stream()
			.map((w) -> new FileResponse.WorkshopView(w.eventId(), w.title(), w.kind(), w.startsAt(), w.attendance(),
					attendanceLabel(w.attendance())))
			.toList();
		List<FileResponse.AppointmentView> appointmentViews = this.appointments
			.findBySubjectOrderByStartsAtDesc(person.subject())
			.stream()
			.map((a) -> new FileResponse.AppointmentView(a.appointmentId(), a.coachName(), a.startsAt(), a.endsAt(),
					a.place(), a.topic(), a.cancelled()))
			.toList();
		String documentsBase = "/api/members/files/" + person.subject() + "/documents/";
		List<FileResponse.DocumentView> documents = file.documents()
			.stream()
			.sorted(Comparator.comparing(PersonalFile.SharedDocument::sharedAt).reversed())
			.map((d) -> new FileResponse.DocumentView(d.id(), d.name(), d.mediaType(), d.size(), d.sharedAt(),
					d.sharedByName(), d.sharedByRole(), roleLabel(d.sharedByRole()), documentsBase + d.id(),
					removable(access, d)))
			.toList();
		List<PersonalFile.Change> history = new ArrayList<>(file.history());
		history.sort(Comparator.comparing(PersonalFile.Change::at).reversed());
		boolean staff = staffOf(access.user(), person);
		return new FileResponse(identity, file.activity(), file.analyticalCode(), file.contact(),
				file.contactProposal(), file.agreement(), objectives, new FileResponse.Journey(steps, next, reached),
				badges(file, attended), workshopViews, appointmentViews, documents,
				history.subList(0, Math.min(HISTORY_SHOWN, history.size())),
				new FileResponse.Permissions(access.editsJourney(), staff, access.relation() == Relation.OWNER),
				file.changedAt());
	}

	private List<FileResponse.Badge> badges(PersonalFile file, List<AttendedWorkshop> attended) {
		List<FileResponse.Badge> badges = new ArrayList<>();
		attended.stream()
			.filter((w) -> "PRESENT".equals(w.attendance()))
			.map(AttendedWorkshop::startsAt)
			.min(Comparator.naturalOrder())
			.ifPresent((at) -> badges.add(new FileResponse.Badge("FIRST_WORKSHOP", "Premier atelier", date(at))));
		this.showcases.onlineSince(file.subject())
			.ifPresent((at) -> badges.add(new FileResponse.Badge("SHOWCASE_PUBLISHED", "Vitrine en ligne", date(at))));
		file.reached(Milestone.FIRST_INVOICE)
			.ifPresent((m) -> badges.add(new FileResponse.Badge("FIRST_INVOICE", "Première facture", m.reachedOn())));
		file.reached(Milestone.CESA_SIGNED)
			.ifPresent((m) -> badges.add(new FileResponse.Badge("CESA", "Entrepreneur·e salarié·e", m.reachedOn())));
		file.reached(Milestone.ASSOCIATE)
			.ifPresent((m) -> badges.add(new FileResponse.Badge("ASSOCIATE", "Associé·e", m.reachedOn())));
		return badges;
	}

	static String roleLabel(String relation) {
		return switch (relation) {
			case "OWNER" -> "Entrepreneur·e";
			case "COACH" -> "Accompagnateur·rice";
			default -> "Équipe";
		};
	}

	static String attendanceLabel(String attendance) {
		return switch (attendance) {
			case "PRESENT" -> "Présent·e";
			case "ABSENT" -> "Absent·e";
			case "EXCUSED" -> "Excusé·e";
			default -> attendance;
		};
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(PARIS));
	}

	private static LocalDate date(Instant at) {
		return at.atZone(PARIS).toLocalDate();
	}

	private static String day(LocalDate date) {
		return DAY.format(date);
	}

	private static String period(LocalDate from, LocalDate to) {
		if (from == null) {
			return "non signé";
		}
		return "du " + day(from) + ((to != null) ? " au " + day(to) : "");
	}

	private static ProblemException noSuchFile() {
		return ProblemException.notFound("Ce dossier n'existe pas, ou vous n'y avez pas accès.");
	}

	private static ProblemException noSuchDocument() {
		return ProblemException.notFound("Ce document n'existe pas (ou plus).");
	}

	private static ProblemException noSuchObjective() {
		return ProblemException.notFound("Cet objectif n'existe pas (ou plus).");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
