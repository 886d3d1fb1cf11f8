package coop.events.appointment;

import java.time.Clock;
import java.time.Instant;

import coop.platform.contracts.events.AppointmentCancelled;
import coop.platform.contracts.events.Attendee;
import coop.platform.messaging.Outbox;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The part of an erasure that concerns appointments to come: each opens again for the
 * other entrepreneurs (topic and note removed), and the coach is told it is cancelled as
 * when an entrepreneur cancels, so that their reminder is withdrawn too. The message
 * names the entrepreneur only as « Personne anonymisée », without address or subject: the
 * person asked to be forgotten and is written to no more.
 */
@Component
public class AppointmentErasure {

	/** Who the coach reads cancelled the appointment. */
	static final Attendee ANONYMOUS = new Attendee("Personne", "anonymisée", null, null);

	private final Slots slots;

	private final Outbox outbox;

	private final Clock clock;

	AppointmentErasure(Slots slots, Outbox outbox, Clock clock) {
		this.slots = slots;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Within the caller's transaction.
	 * @return the appointments cancelled
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int cancelComingAppointmentsOf(String subject, String emailKey) {
		Instant now = this.clock.instant();
		int cancelled = 0;
		for (Slot found : this.slots.findComingOf(subject, emailKey, now)) {
			Slot slot = this.slots.findForUpdate(found.id()).orElseThrow();
			this.outbox.append(new AppointmentCancelled(slot.id(), Appointments.coach(slot), ANONYMOUS,
					Appointments.offset(slot.startsAt()), Appointments.offset(slot.endsAt()),
					Appointments.oneLine(slot.place()), AppointmentCancelled.CancelledBy.ENTREPRENEUR));
			slot.release();
			slot.note(null);
			cancelled++;
		}
		// the erasure goes on in SQL: what the entities changed must be written first
		this.slots.flush();
		return cancelled;
	}

}
