package coop.events.registration;

import java.time.Instant;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.EventSnapshots;
import coop.platform.contracts.events.Attendee;
import coop.platform.contracts.events.Recipient;
import coop.platform.contracts.events.RegistrationCancelled;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.events.RegistrationPromoted;
import coop.platform.contracts.events.RegistrationWaitlisted;
import coop.platform.contracts.events.SeatOffered;
import coop.platform.messaging.Outbox;

import org.springframework.stereotype.Component;

/**
 * Writes the messages about registrations into the outbox, inside the caller's
 * transaction.
 */
@Component
class RegistrationMessages {

	private final Outbox outbox;

	private final EventSnapshots snapshots;

	private final CancelLinks links;

	private final ReferralOutcomes referrals;

	RegistrationMessages(Outbox outbox, EventSnapshots snapshots, CancelLinks links, ReferralOutcomes referrals) {
		this.outbox = outbox;
		this.snapshots = snapshots;
		this.links = links;
		this.referrals = referrals;
	}

	void confirmed(Registration registration, AgendaEvent event) {
		this.outbox.append(new RegistrationConfirmed(registration.id(), this.snapshots.of(event),
				attendee(registration), this.links.urlFor(registration.id()), registration.prescriberOrganisation()));
	}

	void waitlisted(Registration registration, AgendaEvent event, long position) {
		this.outbox.append(new RegistrationWaitlisted(registration.id(), this.snapshots.of(event),
				attendee(registration), (int) position, this.links.urlFor(registration.id())));
	}

	void offered(Registration registration, AgendaEvent event, Instant expiresAt) {
		this.outbox.append(new SeatOffered(registration.id(), this.snapshots.of(event), attendee(registration),
				expiresAt.atZone(AgendaEvent.ZONE).toOffsetDateTime(), this.links.offerUrlFor(registration.id())));
	}

	void promoted(Registration registration, AgendaEvent event) {
		this.outbox.append(new RegistrationPromoted(registration.id(), this.snapshots.of(event), attendee(registration),
				this.links.urlFor(registration.id())));
	}

	void cancelled(Registration registration, AgendaEvent event) {
		this.outbox.append(new RegistrationCancelled(registration.id(), this.snapshots.of(event),
				attendee(registration), reason(registration.cancelReason())));
		this.referrals.cancelled(registration, event);
	}

	Recipient recipient(Registration registration) {
		return new Recipient(registration.id(), attendee(registration), this.links.urlFor(registration.id()));
	}

	/**
	 * An event cancelled by staff ends its registrations "by staff" for those who read
	 * the message.
	 */
	private static RegistrationCancelled.Reason reason(Registration.CancelReason reason) {
		return switch (reason) {
			case BY_ATTENDEE -> RegistrationCancelled.Reason.BY_ATTENDEE;
			case OFFER_DECLINED -> RegistrationCancelled.Reason.OFFER_DECLINED;
			case OFFER_EXPIRED -> RegistrationCancelled.Reason.OFFER_EXPIRED;
			case EVENT_CANCELLED -> RegistrationCancelled.Reason.BY_STAFF;
		};
	}

	static Attendee attendee(Registration registration) {
		return new Attendee(registration.firstName(), registration.lastName(), registration.email(),
				registration.subject());
	}

}
