package coop.members.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import coop.members.MembersProperties;
import coop.members.antenna.Antenna;
import coop.members.antenna.Antennas;
import coop.members.keycloak.KeycloakAdmin;
import coop.members.organisation.Organisation;
import coop.members.organisation.Organisations;
import coop.platform.contracts.members.AccountDeactivated;
import coop.platform.contracts.members.AccountReactivated;
import coop.platform.contracts.members.MemberRole;
import coop.platform.contracts.members.PersonChanged;
import coop.platform.contracts.members.PersonInvited;
import coop.platform.web.PageResponse;
import coop.platform.web.problem.FieldProblem;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.platform.web.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Accounts of the cooperative. Keycloak holds the login (role, antenna group, password);
 * this service holds the person and links both by the Keycloak subject. Staff of the
 * head-office antenna (or with no antenna) manage everyone; other staff manage the people
 * of their antenna.
 */
@Service
public class PeopleService {

	static final ProblemType EMAIL_TAKEN = ProblemType.of("email-taken", HttpStatus.CONFLICT, "Adresse déjà utilisée");

	private final People people;

	private final Antennas antennas;

	private final Organisations organisations;

	private final KeycloakAdmin keycloak;

	private final MongoTemplate mongo;

	private final MembersProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PeopleService(People people, Antennas antennas, Organisations organisations, KeycloakAdmin keycloak,
			MongoTemplate mongo, MembersProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.people = people;
		this.antennas = antennas;
		this.organisations = organisations;
		this.keycloak = keycloak;
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	public PersonResponse invite(CurrentUser staff, PersonRequests.Invitation request) {
		String email = request.email().trim().toLowerCase(Locale.ROOT);
		validate(staff, request.role(), request.antenna(), request.organisation(), request.coach());
		if (this.people.existsByEmail(email)) {
			throw new ProblemException(EMAIL_TAKEN, "Une personne a déjà un compte avec l'adresse " + email + ".");
		}
		String subject = this.keycloak.createUser(email, request.firstName().trim(), request.lastName().trim(),
				blankToNull(request.organisation()));
		this.keycloak.setRole(subject, request.role().code(), PersonRole.codes());
		this.keycloak.setAntenna(subject, blankToNull(request.antenna()));
		this.keycloak.sendInvitation(subject);
		Instant now = this.clock.instant();
		Person person = new Person(subject, email, request.firstName().trim(), request.lastName().trim(),
				request.role(), Person.Status.INVITED, now);
		person.assign(request.role(), blankToNull(request.antenna()), blankToNull(request.organisation()),
				blankToNull(request.coach()));
		person.record(new PersonInvited(subject, wire(person.role()), person.firstName(), person.lastName(), email,
				person.antenna(), person.organisation(), person.coach()), now);
		return toResponse(this.people.save(person));
	}

	/**
	 * The first staff account of a platform started without demo data: invited like any
	 * person (Keycloak account with the realm role {@code staff}, Keycloak's « choose
	 * your password » e-mail), in no antenna, so that it manages every antenna and the
	 * cooperative's settings. Nothing happens once a staff member exists, or when that
	 * address already has an account.
	 * @return the person invited, or empty when there was nothing to do
	 */
	public java.util.Optional<PersonResponse> inviteFirstStaff(String email, String firstName, String lastName) {
		String address = email.trim().toLowerCase(Locale.ROOT);
		if (this.people.existsByRole(PersonRole.STAFF) || this.people.existsByEmail(address)) {
			return java.util.Optional.empty();
		}
		String subject = this.keycloak.createUser(address, firstName, lastName, null);
		this.keycloak.setRole(subject, PersonRole.STAFF.code(), PersonRole.codes());
		this.keycloak.setAntenna(subject, null);
		this.keycloak.sendInvitation(subject);
		Instant now = this.clock.instant();
		Person person = new Person(subject, address, firstName, lastName, PersonRole.STAFF, Person.Status.INVITED, now);
		person.assign(PersonRole.STAFF, null, null, null);
		person.record(new PersonInvited(subject, wire(person.role()), firstName, lastName, address, null, null, null),
				now);
		return java.util.Optional.of(toResponse(this.people.save(person)));
	}

	/**
	 * Records a person whose Keycloak account already exists (the realm's demo users),
	 * without touching Keycloak.
	 */
	public Person adoptExisting(String subject, String email, String firstName, String lastName, PersonRole role,
			String antenna, String organisation, String coach) {
		Instant now = this.clock.instant();
		Person person = new Person(subject, email, firstName, lastName, role, Person.Status.ACTIVE, now);
		person.assign(role, antenna, organisation, coach);
		person.record(new PersonInvited(subject, wire(role), firstName, lastName, email, antenna, person.organisation(),
				person.coach()), now);
		return this.people.save(person);
	}

	public PersonResponse assign(CurrentUser staff, String id, PersonRequests.Assignment request) {
		Person person = manageable(staff, id);
		validate(staff, request.role(), request.antenna(), request.organisation(), request.coach());
		this.keycloak.setRole(person.subject(), request.role().code(), PersonRole.codes());
		this.keycloak.setAntenna(person.subject(), blankToNull(request.antenna()));
		this.keycloak.updateOrganisation(person.subject(),
				(request.role() == PersonRole.PRESCRIBER) ? blankToNull(request.organisation()) : null);
		person.assign(request.role(), blankToNull(request.antenna()), blankToNull(request.organisation()),
				blankToNull(request.coach()));
		person.record(new PersonChanged(person.subject(), wire(person.role()), person.firstName(), person.lastName(),
				person.email(), person.antenna(), person.organisation(), person.coach()), this.clock.instant());
		Person saved = this.people.save(person);
		this.events.publishEvent(new PersonAssigned(saved, staff.subject(), PersonAssigned.nameOf(staff)));
		return toResponse(saved);
	}

	public PersonResponse deactivate(CurrentUser staff, String id) {
		Person person = manageable(staff, id);
		if (person.subject().equals(staff.subject())) {
			throw ProblemException.invalid("id", "Vous ne pouvez pas désactiver votre propre compte.");
		}
		this.keycloak.setEnabled(person.subject(), false);
		person.status(Person.Status.DEACTIVATED);
		person.record(new AccountDeactivated(person.subject()), this.clock.instant());
		return toResponse(this.people.save(person));
	}

	public PersonResponse reactivate(CurrentUser staff, String id) {
		Person person = manageable(staff, id);
		this.keycloak.setEnabled(person.subject(), true);
		person.status(Person.Status.ACTIVE);
		person.record(new AccountReactivated(person.subject()), this.clock.instant());
		return toResponse(this.people.save(person));
	}

	/** The person with an account at that address (compared in lower case). */
	public Optional<Person> findByEmail(String email) {
		return this.people.findByEmail(email.trim().toLowerCase(Locale.ROOT));
	}

	public Optional<Person> findBySubject(String subject) {
		return this.people.findBySubject(subject);
	}

	/**
	 * Whether that staff member manages that person (same rule as the accounts screen).
	 */
	public boolean manages(CurrentUser staff, Person person) {
		return staff.managesAntenna(person.antenna(), this.properties.headOfficeAntenna());
	}

	/**
	 * An erasure was asked: the account stops at once, as a deactivation does (every
	 * service is told), while the grace period runs.
	 * @return whether this disabled an active account (an undo enables only those)
	 */
	public boolean suspendForErasure(Person person) {
		if (person.status() == Person.Status.DEACTIVATED) {
			return false;
		}
		this.keycloak.setEnabled(person.subject(), false);
		person.status(Person.Status.DEACTIVATED);
		person.record(new AccountDeactivated(person.subject()), this.clock.instant());
		this.people.save(person);
		return true;
	}

	/** Staff undid an erasure during its grace period: the account works again. */
	public void restoreAfterUndo(String subject) {
		this.people.findBySubject(subject).ifPresent((person) -> {
			this.keycloak.setEnabled(person.subject(), true);
			person.status(Person.Status.ACTIVE);
			person.record(new AccountReactivated(person.subject()), this.clock.instant());
			this.people.save(person);
		});
	}

	public PageResponse<PersonResponse> list(CurrentUser staff, PersonRole role, String antenna, String text, int page,
			int size) {
		List<Criteria> criteria = new ArrayList<>();
		if (!managesEveryone(staff)) {
			criteria.add(Criteria.where("antenna").in(staff.antennas()));
		}
		if (role != null) {
			criteria.add(Criteria.where("role").is(role));
		}
		if (antenna != null && !antenna.isBlank()) {
			criteria.add(Criteria.where("antenna").is(antenna));
		}
		if (text != null && !text.isBlank()) {
			Pattern contains = Pattern.compile(Pattern.quote(text.trim()), Pattern.CASE_INSENSITIVE);
			criteria.add(new Criteria().orOperator(Criteria.where("lastName").regex(contains),
					Criteria.where("firstName").regex(contains), Criteria.where("email").regex(contains)));
		}
		Query query = criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria));
		long total = this.mongo.count(query, Person.class);
		PageRequest request = PageRequest.of(page, size, Sort.by("lastName", "firstName"));
		List<Person> found = this.mongo.find(Query.of(query).with(request), Person.class);
		return PageResponse.of(new PageImpl<>(found, request, total), this::toResponse);
	}

	public PersonResponse me(CurrentUser user) {
		return this.people.findBySubject(user.subject())
			.map(this::toResponse)
			.orElseThrow(() -> ProblemException.notFound("Votre fiche n'existe pas encore : l'équipe la crée."));
	}

	public List<PersonResponse> followedBy(CurrentUser coach) {
		return this.people.findByCoachOrderByLastName(coach.subject()).stream().map(this::toResponse).toList();
	}

	private Person manageable(CurrentUser staff, String id) {
		return this.people.findById(id)
			.filter((person) -> staff.managesAntenna(person.antenna(), this.properties.headOfficeAntenna()))
			// 404 rather than 403: staff of another antenna need not know this person
			// exists
			.orElseThrow(() -> ProblemException.notFound("Cette personne n'existe pas."));
	}

	private boolean managesEveryone(CurrentUser staff) {
		return staff.managesEveryAntenna(this.properties.headOfficeAntenna());
	}

	private void validate(CurrentUser staff, PersonRole role, String antenna, String organisation, String coach) {
		List<FieldProblem> errors = new ArrayList<>();
		if (antenna != null && !antenna.isBlank()) {
			java.util.Optional<Antenna> known = this.antennas.findById(antenna);
			if (known.isEmpty()) {
				errors.add(new FieldProblem("antenna", "Cette antenne n'existe pas."));
			}
			else if (known.get().closed()) {
				errors.add(new FieldProblem("antenna", "L'antenne " + known.get().name() + " est fermée."));
			}
			else if (!staff.managesAntenna(antenna, this.properties.headOfficeAntenna())) {
				errors.add(new FieldProblem("antenna", "Vous gérez seulement les personnes de votre antenne."));
			}
		}
		else if (role != PersonRole.PRESCRIBER && !managesEveryone(staff)) {
			errors.add(new FieldProblem("antenna", "Choisissez votre antenne."));
		}
		if (role == PersonRole.PRESCRIBER) {
			if (organisation == null || organisation.isBlank()) {
				errors.add(new FieldProblem("organisation", "Choisissez l'organisation du prescripteur."));
			}
			else if (!this.organisations.existsById(organisation)) {
				errors.add(new FieldProblem("organisation", "Cette organisation n'existe pas."));
			}
		}
		if (role == PersonRole.ENTREPRENEUR && coach != null && !coach.isBlank()) {
			boolean isCoach = this.people.findBySubject(coach).filter((p) -> p.role() == PersonRole.COACH).isPresent();
			if (!isCoach) {
				errors.add(new FieldProblem("coach", "Choisissez un accompagnateur de la coopérative."));
			}
		}
		if (!errors.isEmpty()) {
			throw new ProblemException(ProblemType.VALIDATION, "Certaines informations sont à corriger.", errors);
		}
	}

	PersonResponse toResponse(Person person) {
		Map<String, Antenna> antennaByCode = this.antennas.findAll()
			.stream()
			.collect(Collectors.toMap(Antenna::code, Function.identity()));
		Antenna antenna = (person.antenna() != null) ? antennaByCode.get(person.antenna()) : null;
		Organisation organisation = (person.organisation() != null)
				? this.organisations.findById(person.organisation()).orElse(null) : null;
		Person coach = (person.coach() != null) ? this.people.findBySubject(person.coach()).orElse(null) : null;
		return new PersonResponse(person.id(), person.subject(), person.firstName(), person.lastName(), person.email(),
				person.role(), person.role().label(),
				(antenna != null) ? new PersonResponse.Ref(antenna.code(), antenna.name()) : null,
				(organisation != null) ? new PersonResponse.Ref(organisation.code(), organisation.name()) : null,
				(coach != null) ? new PersonResponse.CoachRef(coach.subject(), coach.fullName()) : null,
				person.status(), person.createdAt());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/** The role as members' messages carry it. */
	private static MemberRole wire(PersonRole role) {
		return MemberRole.valueOf(role.name());
	}

}
