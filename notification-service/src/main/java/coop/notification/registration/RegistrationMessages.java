package coop.notification.registration;

import java.time.Instant;
import java.util.List;

import coop.notification.inbound.Delivery;
import coop.notification.inbound.Mailings;
import coop.notification.reminder.Reminder;
import coop.notification.reminder.Reminders;
import coop.platform.contracts.events.RegistrationCancelled;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.events.RegistrationPromoted;
import coop.platform.contracts.events.RegistrationWaitlisted;
import coop.platform.contracts.events.SeatOffered;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes the registration events of events-service: one e-mail each, and the reminder
 * of the day before planned with a seat and withdrawn with a cancellation.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationMessages {

	static final String QUEUE = "notification.registrations";

	@Bean
	EventConsumer registrationConsumer(Mailings mailings, RegistrationMails mails, Reminders reminders) {
		Deliveries deliveries = new Deliveries(mails, reminders);
		return EventConsumer.queue(QUEUE)
			.onEach(RegistrationConfirmed.class, mailings.of(deliveries::confirmed))
			.onEach(RegistrationPromoted.class, mailings.of(deliveries::promoted))
			.onEach(RegistrationWaitlisted.class, mailings.of(deliveries::waitlisted))
			.onEach(SeatOffered.class, mailings.of(deliveries::seatOffered))
			.onEach(RegistrationCancelled.class, mailings.of(deliveries::cancelled));
	}

	/** What each message sends, and what it stores with it. */
	record Deliveries(RegistrationMails mails, Reminders reminders) {

		List<Delivery> confirmed(RegistrationConfirmed event, Instant at) {
			Reminder reminder = Reminder.ofRegistration(event.registrationId(), event.event(), event.attendee(),
					event.cancelUrl());
			return List
				.of(Delivery.of(this.mails.confirmed(event, at)).with(() -> this.reminders.schedule(reminder, at)));
		}

		List<Delivery> promoted(RegistrationPromoted event, Instant at) {
			Reminder reminder = Reminder.ofRegistration(event.registrationId(), event.event(), event.attendee(),
					event.cancelUrl());
			return List
				.of(Delivery.of(this.mails.promoted(event, at)).with(() -> this.reminders.schedule(reminder, at)));
		}

		List<Delivery> waitlisted(RegistrationWaitlisted event, Instant at) {
			return List.of(Delivery.of(this.mails.waitlisted(event)));
		}

		List<Delivery> seatOffered(SeatOffered event, Instant at) {
			return List.of(Delivery.of(this.mails.seatOffered(event)));
		}

		List<Delivery> cancelled(RegistrationCancelled event, Instant at) {
			Reminder reminder = Reminder.ofRegistration(event.registrationId(), event.event(), event.attendee(), null);
			return List
				.of(Delivery.of(this.mails.cancelled(event, at)).with(() -> this.reminders.withdraw(reminder, at)));
		}

	}

}
