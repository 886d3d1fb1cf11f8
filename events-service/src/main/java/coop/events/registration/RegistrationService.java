package coop.events.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.AgendaQuery;
import coop.events.agenda.EventResponse;
import coop.events.consent.ConsentPurpose;
import coop.events.consent.ConsentVersions;
import coop.platform.contracts.events.Recipient;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.platform.web.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Takes and ends registrations: a seat while there is one, else a place on the waiting
 * list in order of arrival. The event's row is locked while deciding, so simultaneous
 * requests never overfill it; each change and the message telling of it are written in
 * the same transaction.
 */
@Service
public class RegistrationService {

	static final ProblemType ALREADY_REGISTERED = ProblemType.of("already-registered", HttpStatus.CONFLICT,
			"Déjà inscrit");

	static final ProblemType REGISTRATION_CLOSED = ProblemType.of("registration-closed", HttpStatus.CONFLICT,
			"Inscriptions fermées");

	static final ProblemType TOO_LATE = ProblemType.of("too-late", HttpStatus.CONFLICT, "Trop tard");

	static final ProblemType OFFER_EXPIRED = ProblemType.of("offer-expired", HttpStatus.CONFLICT, "Délai dépassé");

	static final ProblemType NO_OFFER = ProblemType.of("no-offer", HttpStatus.CONFLICT, "Aucune place proposée");

	private static final List<Registration.Status> LIVE = List.of(Registration.Status.CONFIRMED,
			Registration.Status.WAITLISTED, Registration.Status.OFFERED);

	private final AgendaEvents events;

	private final AgendaQuery agenda;

	private final Registrations registrations;

	private final RegistrationMessages messages;

	private final WaitingList waitingList;

	private final CancelLinks links;

	private final Clock clock;

	private final ConsentVersions consents;

	private final ReferralOutcomes referrals;

	RegistrationService(AgendaEvents events, AgendaQuery agenda, Registrations registrations,
			RegistrationMessages messages, WaitingList waitingList, CancelLinks links, Clock clock,
			ConsentVersions consents, ReferralOutcomes referrals) {
		this.consents = consents;
		this.referrals = referrals;
		this.events = events;
		this.agenda = agenda;
		this.registrations = registrations;
		this.messages = messages;
		this.waitingList = waitingList;
		this.links = links;
		this.clock = clock;
	}

	@Transactional
	public RegistrationResponse registerToInformationMeeting(UUID eventId, RegistrationRequest request) {
		AgendaEvent event = lockedPublicMeeting(eventId);
		Registration candidate = new Registration(eventId, Registration.Kind.PUBLIC, Registration.Status.WAITLISTED,
				request.firstName().trim(), request.lastName().trim(), request.email().trim(),
				blankToNull(request.phone()), request.town().trim(), blankToNull(request.heardFrom()),
				this.clock.instant())
			.consentedTo(this.consents.agreedTo(ConsentPurpose.PUBLIC_REGISTRATION, request.consentVersion()).id());
		return take(event, candidate, "Vous êtes déjà inscrit(e) à cette réunion avec l'adresse "
				+ request.email().trim() + ". Votre inscription précédente reste valable.");
	}

	/**
	 * A prescriber registers a person they follow, who agreed to it; the prescriber's
	 * organisation is kept.
	 */
	@Transactional
	public RegistrationResponse registerForPerson(CurrentUser prescriber, UUID eventId,
			PrescribedRegistrationRequest request) {
		AgendaEvent event = lockedPublicMeeting(eventId);
		this.referrals.remember(prescriber);
		Registration candidate = new Registration(eventId, Registration.Kind.PRESCRIBED, Registration.Status.WAITLISTED,
				request.firstName().trim(), request.lastName().trim(), request.email().trim(),
				blankToNull(request.phone()), request.town().trim(), "PRESCRIBER", this.clock.instant())
			.prescribedBy(prescriber.subject(), prescriber.organisation())
			.consentedTo(this.consents.agreedTo(ConsentPurpose.PRESCRIBED_REGISTRATION, request.consentVersion()).id());
		return take(event, candidate,
				"Cette personne est déjà inscrite à cette réunion (" + request.email().trim() + ").");
	}

	/** A member registers to a workshop or a monthly meeting, as themselves. */
	@Transactional
	public RegistrationView registerMember(CurrentUser member, UUID eventId) {
		Instant now = this.clock.instant();
		AgendaEvent event = this.events.findForUpdate(eventId)
			.orElseThrow(() -> ProblemException.notFound("Cet événement n'existe pas."));
		if (!event.acceptsMemberRegistration(now)) {
			throw new ProblemException(REGISTRATION_CLOSED,
					"On ne s'inscrit pas (ou plus) à cet événement depuis l'intranet.");
		}
		if (this.registrations
			.findFirstByEventIdAndSubjectAndStatusNot(eventId, member.subject(), Registration.Status.CANCELLED)
			.isPresent()) {
			throw new ProblemException(ALREADY_REGISTERED, "Vous êtes déjà inscrit(e) à « " + event.title() + " ».");
		}
		Registration candidate = new Registration(eventId, Registration.Kind.MEMBER, Registration.Status.WAITLISTED,
				firstName(member), lastName(member), member.email(), null, null, null, now)
			.member(member.subject());
		take(event, candidate, "Vous êtes déjà inscrit(e) à « " + event.title() + " ».");
		return view(candidate, AgendaQuery.toResponse(event, taken(event), now, false));
	}

	@Transactional
	public RegistrationView cancelMember(CurrentUser member, UUID registrationId) {
		Registration registration = this.registrations.findById(registrationId)
			.filter((found) -> member.subject().equals(found.subject()))
			.orElseThrow(() -> ProblemException.notFound("Cette inscription n'existe pas."));
		AgendaEvent event = this.events.findForUpdate(registration.eventId()).orElseThrow();
		cancel(registration, event, Registration.CancelReason.BY_ATTENDEE);
		return view(registration, AgendaQuery.toResponse(event, taken(event), this.clock.instant(), false));
	}

	@Transactional(readOnly = true)
	public TokenView byToken(String token) {
		Registration registration = fromToken(token);
		AgendaEvent event = this.events.findById(registration.eventId()).orElseThrow();
		return new TokenView(registration.id(), registration.status(), position(registration),
				offset(registration.offerExpiresAt()), registration.firstName(),
				AgendaQuery.toResponse(event, taken(event), this.clock.instant(), false));
	}

	@Transactional
	public ActionResponse cancelByToken(String token) {
		Registration registration = fromToken(token);
		AgendaEvent event = this.events.findForUpdate(registration.eventId()).orElseThrow();
		if (registration.status() == Registration.Status.CANCELLED) {
			return new ActionResponse(Registration.Status.CANCELLED, "Cette inscription était déjà annulée.");
		}
		cancel(registration, event, Registration.CancelReason.BY_ATTENDEE);
		return new ActionResponse(Registration.Status.CANCELLED,
				"Votre inscription à « " + event.title() + " » est annulée. Merci de nous avoir prévenus.");
	}

	@Transactional
	public ActionResponse acceptOffer(String token) {
		Registration registration = fromToken(token);
		AgendaEvent event = this.events.findForUpdate(registration.eventId()).orElseThrow();
		return switch (registration.accept(this.clock.instant())) {
			case ALREADY_CONFIRMED ->
				new ActionResponse(Registration.Status.CONFIRMED, "Votre place est déjà confirmée.");
			case EXPIRED -> throw new ProblemException(OFFER_EXPIRED,
					"Le délai pour accepter cette place est passé : elle a été proposée à la personne suivante.");
			case NO_OFFER -> throw new ProblemException(NO_OFFER, "Aucune place ne vous est proposée pour le moment.");
			case ACCEPTED -> {
				this.messages.promoted(registration, event);
				yield new ActionResponse(Registration.Status.CONFIRMED, "C'est noté : votre place à « " + event.title()
						+ " » est confirmée. Un e-mail vous le confirme.");
			}
		};
	}

	@Transactional
	public ActionResponse declineOffer(String token) {
		Registration registration = fromToken(token);
		AgendaEvent event = this.events.findForUpdate(registration.eventId()).orElseThrow();
		if (registration.status() != Registration.Status.OFFERED) {
			throw new ProblemException(NO_OFFER, "Aucune place ne vous est proposée pour le moment.");
		}
		cancel(registration, event, Registration.CancelReason.OFFER_DECLINED);
		return new ActionResponse(Registration.Status.CANCELLED,
				"C'est noté : la place est proposée à la personne suivante. Merci de nous avoir répondu.");
	}

	/**
	 * The people a prescriber registered, and what became of them. Their address is kept
	 * up to date on the way, for the outcomes mailed to them.
	 */
	@Transactional
	public List<PrescribedView> prescribedBy(CurrentUser prescriber) {
		this.referrals.remember(prescriber);
		List<Registration> mine = this.registrations.findByPrescriberSubjectOrderByCreatedAtDesc(prescriber.subject());
		Map<UUID, EventResponse> events = eventsOf(mine);
		return mine.stream()
			.map((r) -> new PrescribedView(r.id(),
					new PrescribedView.ReferredPerson(r.firstName(), r.lastName(), r.email()), events.get(r.eventId()),
					r.status(), r.attendance(), r.createdAt()))
			.toList();
	}

	/** Everyone registered to an event, for staff and coaches. */
	@Transactional(readOnly = true)
	public List<RegistrationView> registrationsOf(UUID eventId) {
		AgendaEvent event = this.events.findById(eventId)
			.orElseThrow(() -> ProblemException.notFound("Cet événement n'existe pas."));
		EventResponse response = AgendaQuery.toResponse(event, taken(event), this.clock.instant(), false);
		return this.registrations.findByEventIdOrderByCreatedAtAsc(eventId)
			.stream()
			.map((r) -> view(r, response))
			.toList();
	}

	/** A member's own registrations, newest first. */
	@Transactional(readOnly = true)
	public List<RegistrationView> registrationsOf(CurrentUser member) {
		return registrationsOfSubject(member.subject());
	}

	/** A person's registrations as a member, newest first. */
	@Transactional(readOnly = true)
	public List<RegistrationView> registrationsOfSubject(String subject) {
		List<Registration> mine = this.registrations.findBySubjectOrderByCreatedAtDesc(subject);
		Map<UUID, EventResponse> events = eventsOf(mine);
		return mine.stream().map((r) -> view(r, events.get(r.eventId()))).toList();
	}

	/**
	 * Everyone who holds or waits for a seat at the (locked) event, to be told it
	 * changed; with {@code cancelAll} their registrations end too (the event is
	 * cancelled).
	 */
	@Transactional
	public List<Recipient> recipientsOf(AgendaEvent event, boolean cancelAll) {
		List<Recipient> recipients = new ArrayList<>();
		for (Registration registration : this.registrations.findByEventIdOrderByCreatedAtAsc(event.id())) {
			if (registration.isLive()) {
				recipients.add(this.messages.recipient(registration));
				if (cancelAll) {
					registration.cancel(Registration.CancelReason.EVENT_CANCELLED, this.clock.instant());
				}
			}
		}
		return recipients;
	}

	/** After staff changed an event's capacity: offer the seats it freed. */
	@Transactional
	public void capacityChanged(AgendaEvent event) {
		this.waitingList.fillFreedSeats(event, this.clock.instant());
	}

	private RegistrationResponse take(AgendaEvent event, Registration candidate, String alreadyRegistered) {
		if (this.registrations.existsByEventIdAndEmailKeyAndStatusNot(event.id(),
				Registration.emailKey(candidate.email()), Registration.Status.CANCELLED)) {
			throw new ProblemException(ALREADY_REGISTERED, alreadyRegistered);
		}
		boolean seatFree = taken(event) < event.capacity();
		candidate.take(seatFree);
		this.registrations.save(candidate);
		if (seatFree) {
			this.messages.confirmed(candidate, event);
			return new RegistrationResponse(candidate.id(), candidate.status(),
					"Votre inscription est confirmée. Un e-mail de confirmation vous a été envoyé.");
		}
		long position = position(candidate);
		this.messages.waitlisted(candidate, event, position);
		return new RegistrationResponse(candidate.id(), candidate.status(),
				"La réunion est complète : vous êtes inscrit(e) sur la liste d'attente (position " + position
						+ "). Nous vous écrirons dès qu'une place se libère.");
	}

	private void cancel(Registration registration, AgendaEvent event, Registration.CancelReason reason) {
		Instant now = this.clock.instant();
		if (event.hasStarted(now)) {
			throw new ProblemException(TOO_LATE, "L'événement a commencé : l'inscription ne peut plus être annulée.");
		}
		if (!registration.isLive()) {
			return;
		}
		boolean freedSeat = registration.cancel(reason, now);
		this.messages.cancelled(registration, event);
		if (freedSeat) {
			this.waitingList.fillFreedSeats(event, now);
		}
	}

	private AgendaEvent lockedPublicMeeting(UUID eventId) {
		AgendaEvent event = this.events.findForUpdate(eventId)
			.orElseThrow(() -> ProblemException.notFound("Cet événement n'existe pas."));
		if (!event.acceptsPublicRegistration(this.clock.instant())) {
			throw new ProblemException(REGISTRATION_CLOSED,
					"Les inscriptions en ligne ne sont pas ouvertes pour cet événement.");
		}
		return event;
	}

	private Registration fromToken(String token) {
		return this.links.verify(token)
			.flatMap(this.registrations::findById)
			.orElseThrow(() -> ProblemException
				.notFound("Ce lien n'est pas valable. Vérifiez qu'il est complet, ou contactez l'équipe."));
	}

	private long taken(AgendaEvent event) {
		return this.registrations.countByEventIdAndStatusIn(event.id(),
				List.of(Registration.Status.CONFIRMED, Registration.Status.OFFERED));
	}

	private Long position(Registration registration) {
		return (registration.status() == Registration.Status.WAITLISTED)
				? this.registrations.positionOf(registration.eventId(), registration.createdAt(), registration.id())
				: null;
	}

	private Map<UUID, EventResponse> eventsOf(Collection<Registration> registrations) {
		Instant now = this.clock.instant();
		return this.events.findAllById(registrations.stream().map(Registration::eventId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(AgendaEvent::id, (e) -> AgendaQuery.toResponse(e, taken(e), now, false),
					(a, b) -> a));
	}

	RegistrationView view(Registration r, EventResponse event) {
		return new RegistrationView(r.id(), r.eventId(), event, r.status(), position(r), offset(r.offerExpiresAt()),
				r.attendance(), r.firstName(), r.lastName(), r.email(), r.createdAt());
	}

	private static java.time.OffsetDateTime offset(Instant instant) {
		return (instant != null) ? instant.atZone(AgendaEvent.ZONE).toOffsetDateTime() : null;
	}

	private static String firstName(CurrentUser user) {
		if (user.givenName() != null) {
			return user.givenName();
		}
		return (user.name() != null) ? user.name().split(" ")[0] : user.username();
	}

	private static String lastName(CurrentUser user) {
		if (user.familyName() != null) {
			return user.familyName();
		}
		String name = (user.name() != null) ? user.name() : "";
		int space = name.indexOf(' ');
		return (space > 0) ? name.substring(space + 1) : "";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/** What the signed-link pages show. */
	public record TokenView(UUID registrationId, Registration.Status status, @Nullable Long position,
			java.time.@Nullable OffsetDateTime offerExpiresAt, String firstName, EventResponse event) {
	}

	public record ActionResponse(Registration.Status status, String message) {
	}

	/** A registration made by a prescriber, as they follow it. */
	public record PrescribedView(UUID registrationId, ReferredPerson person, EventResponse event,
			Registration.Status status, Registration.@Nullable Attendance attendance, Instant registeredAt) {

		/**
		 * The person a prescriber registered (named apart from an appointment's Person in
		 * the API document).
		 */
		public record ReferredPerson(String firstName, String lastName, String email) {
		}

	}

}
