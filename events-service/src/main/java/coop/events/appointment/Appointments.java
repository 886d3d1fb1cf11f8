package coop.events.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.EventResponse;
import coop.events.agenda.Place;
import coop.platform.contracts.events.AppointmentBooked;
import coop.platform.contracts.events.AppointmentCancelled;
import coop.platform.contracts.events.Attendee;
import coop.platform.messaging.Outbox;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.platform.web.security.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The rules of appointments: one entrepreneur per slot (the slot's row is locked while
 * booking), cancelling up to {@code coop.appointments.cancel-notice} (24 h) before, a
 * coach withdraws only a slot nobody booked. Each booking and cancellation is told to
 * both people.
 */
@Service
class Appointments {

	static final ProblemType SLOT_TAKEN = ProblemType.of("slot-taken", HttpStatus.CONFLICT, "Créneau pris");

	static final ProblemType TOO_LATE = ProblemType.of("too-late", HttpStatus.CONFLICT, "Trop tard");

	private final Slots slots;

	private final Outbox outbox;

	private final Clock clock;

	private final Duration cancelNotice;

	Appointments(Slots slots, Outbox outbox, Clock clock,
			@Value("${coop.appointments.cancel-notice:24h}") Duration cancelNotice) {
		this.slots = slots;
		this.outbox = outbox;
		this.clock = clock;
		this.cancelNotice = cancelNotice;
	}

	record Person(String subject, String name) {
	}

	record AppointmentView(UUID id, OffsetDateTime startsAt, OffsetDateTime endsAt, EventResponse.PlaceResponse place,
			Person coach, @Nullable Person entrepreneur, @Nullable String topic, String status, @Nullable String note) {
	}

	@Transactional
	AppointmentView publish(CurrentUser coach, Instant startsAt, Instant endsAt, Place place) {
		if (!startsAt.isAfter(this.clock.instant())) {
			throw ProblemException.invalid("startsAt", "Le créneau doit être dans le futur.");
		}
		if (!endsAt.isAfter(startsAt)) {
			throw ProblemException.invalid("endsAt", "La fin doit être après le début.");
		}
		Slot slot = new Slot(coach.subject(), name(coach), coach.email(), startsAt, endsAt, place,
				this.clock.instant());
		return view(this.slots.save(slot), true);
	}

	@Transactional
	void withdraw(CurrentUser coach, UUID slotId) {
		Slot slot = this.slots.findForUpdate(slotId)
			.filter((s) -> s.coachSubject().equals(coach.subject()))
			.orElseThrow(() -> ProblemException.notFound("Ce créneau n'existe pas."));
		if (slot.status() == Slot.Status.BOOKED) {
			throw new ProblemException(SLOT_TAKEN,
					"Ce créneau est réservé : convenez d'un autre rendez-vous avec l'entrepreneur avant de le retirer.");
		}
		this.slots.delete(slot);
	}

	@Transactional(readOnly = true)
	List<AppointmentView> open(String coach, Instant from, Instant to) {
		Instant now = this.clock.instant();
		return this.slots.findOpen(from.isAfter(now) ? from : now, to, coach)
			.stream()
			.map((s) -> view(s, false))
			.toList();
	}

	@Transactional
	AppointmentView book(CurrentUser entrepreneur, UUID slotId, String topic) {
		Slot slot = this.slots.findForUpdate(slotId)
			.orElseThrow(() -> ProblemException.notFound("Ce créneau n'existe pas."));
		if (slot.status() != Slot.Status.OPEN || !slot.startsAt().isAfter(this.clock.instant())) {
			throw new ProblemException(SLOT_TAKEN,
					"Ce créneau vient d'être pris ou est passé : choisissez-en un autre.");
		}
		slot.book(entrepreneur.subject(), name(entrepreneur), entrepreneur.email(), blankToNull(topic));
		this.outbox.append(new AppointmentBooked(slot.id(), coach(slot), entrepreneur(slot), offset(slot.startsAt()),
				offset(slot.endsAt()), oneLine(slot.place()), slot.topic()));
		return view(slot, true);
	}

	@Transactional
	AppointmentView cancel(CurrentUser entrepreneur, UUID slotId) {
		Slot slot = this.slots.findForUpdate(slotId)
			.filter((s) -> entrepreneur.subject().equals(s.entrepreneurSubject()))
			.orElseThrow(() -> ProblemException.notFound("Ce rendez-vous n'existe pas."));
		if (this.clock.instant().plus(this.cancelNotice).isAfter(slot.startsAt())) {
			throw new ProblemException(TOO_LATE, "Un rendez-vous s'annule au plus tard " + this.cancelNotice.toHours()
					+ " heures avant : appelez votre accompagnateur.");
		}
		AppointmentCancelled cancelled = new AppointmentCancelled(slot.id(), coach(slot), entrepreneur(slot),
				offset(slot.startsAt()), offset(slot.endsAt()), oneLine(slot.place()),
				AppointmentCancelled.CancelledBy.ENTREPRENEUR);
		AppointmentView view = new AppointmentView(slot.id(), offset(slot.startsAt()), offset(slot.endsAt()),
				EventResponse.PlaceResponse.of(slot.place()), new Person(slot.coachSubject(), slot.coachName()),
				new Person(slot.entrepreneurSubject(), slot.entrepreneurName()), slot.topic(), "CANCELLED", null);
		slot.release();
		this.outbox.append(cancelled);
		return view;
	}

	@Transactional(readOnly = true)
	List<AppointmentView> ofEntrepreneur(CurrentUser entrepreneur) {
		return this.slots.findByEntrepreneurSubjectAndStatusOrderByStartsAt(entrepreneur.subject(), Slot.Status.BOOKED)
			.stream()
			.map((s) -> view(s, true))
			.toList();
	}

	@Transactional(readOnly = true)
	List<AppointmentView> ofCoach(CurrentUser coach) {
		return this.slots.findByCoachSubjectOrderByStartsAt(coach.subject())
			.stream()
			.map((s) -> view(s, true))
			.toList();
	}

	@Transactional
	AppointmentView note(CurrentUser coach, UUID slotId, String note) {
		Slot slot = this.slots.findForUpdate(slotId)
			.filter((s) -> s.coachSubject().equals(coach.subject()) && s.status() == Slot.Status.BOOKED)
			.orElseThrow(() -> ProblemException.notFound("Ce rendez-vous n'existe pas."));
		slot.note(note.trim());
		return view(slot, true);
	}

	/**
	 * Everything a person's calendar feed shows: their appointments as entrepreneur and
	 * as coach.
	 */
	@Transactional(readOnly = true)
	List<AppointmentView> calendarOf(String subject) {
		return java.util.stream.Stream
			.concat(this.slots.findByEntrepreneurSubjectOrderByStartsAt(subject).stream(),
					this.slots.findByCoachSubjectOrderByStartsAt(subject)
						.stream()
						.filter((s) -> s.status() == Slot.Status.BOOKED))
			.distinct()
			.map((s) -> view(s, false))
			.toList();
	}

	private AppointmentView view(Slot slot, boolean withNote) {
		Person booked = (slot.entrepreneurSubject() != null)
				? new Person(slot.entrepreneurSubject(), slot.entrepreneurName()) : null;
		return new AppointmentView(slot.id(), offset(slot.startsAt()), offset(slot.endsAt()),
				EventResponse.PlaceResponse.of(slot.place()), new Person(slot.coachSubject(), slot.coachName()), booked,
				slot.topic(), (slot.status() == Slot.Status.BOOKED) ? "BOOKED" : "OPEN", withNote ? slot.note() : null);
	}

	static Attendee coach(Slot slot) {
		String[] names = split(slot.coachName());
		return new Attendee(names[0], names[1], slot.coachEmail(), slot.coachSubject());
	}

	private static Attendee entrepreneur(Slot slot) {
		String[] names = split(slot.entrepreneurName());
		return new Attendee(names[0], names[1], slot.entrepreneurEmail(), slot.entrepreneurSubject());
	}

	private static String[] split(String name) {
		int space = name.indexOf(' ');
		return (space > 0) ? new String[] { name.substring(0, space), name.substring(space + 1) }
				: new String[] { name, "" };
	}

	private static String name(CurrentUser user) {
		return (user.name() != null) ? user.name() : user.username();
	}

	static OffsetDateTime offset(Instant instant) {
		return instant.atZone(AgendaEvent.ZONE).toOffsetDateTime();
	}

	static String oneLine(Place place) {
		if (place.kind() == Place.Kind.ONLINE) {
			return place.label() + " " + place.url();
		}
		String address = place.address();
		return place.label() + ((address != null && !address.isBlank()) ? ", " + address : "");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
