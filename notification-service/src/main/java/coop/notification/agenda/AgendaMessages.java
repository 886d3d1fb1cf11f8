package coop.notification.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import coop.notification.inbound.Delivery;
import coop.notification.inbound.Mailings;
import coop.notification.reminder.Reminder;
import coop.notification.reminder.Reminders;
import coop.platform.contracts.events.AgendaEventCancelled;
import coop.platform.contracts.events.AgendaEventChanged;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.Recipient;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes the changes and cancellations of events: one e-mail per recipient; a change
 * moves each person's reminder, a cancellation withdraws it.
 */
@Configuration(proxyBeanMethods = false)
class AgendaMessages {

	static final String QUEUE = "notification.agenda";

	@Bean
	EventConsumer agendaConsumer(Mailings mailings, AgendaMails mails, Reminders reminders) {
		Deliveries deliveries = new Deliveries(mails, reminders);
		return EventConsumer.queue(QUEUE)
			.onEach(AgendaEventChanged.class, mailings.of(deliveries::changed))
			.onEach(AgendaEventCancelled.class, mailings.of(deliveries::cancelled));
	}

	/** What each message sends, and what it stores with it, per recipient. */
	record Deliveries(AgendaMails mails, Reminders reminders) {

		List<Delivery> changed(AgendaEventChanged change, Instant at) {
			return recipients(change.recipients()).stream().map((recipient) -> {
				Reminder moved = reminderOf(change.event(), recipient);
				return Delivery.of(this.mails.changed(change, recipient, at))
					.with(() -> this.reminders.schedule(moved, at));
			}).toList();
		}

		List<Delivery> cancelled(AgendaEventCancelled cancellation, Instant at) {
			return recipients(cancellation.recipients()).stream().map((recipient) -> {
				Reminder withdrawn = reminderOf(cancellation.event(), recipient);
				return Delivery.of(this.mails.cancelled(cancellation, recipient, at))
					.with(() -> this.reminders.withdraw(withdrawn, at));
			}).toList();
		}

		/** Those with an address; none at all when the list is missing. */
		private static List<Recipient> recipients(List<Recipient> recipients) {
			return Objects.requireNonNullElse(recipients, List.<Recipient>of())
				.stream()
				.filter((recipient) -> recipient.attendee() != null && recipient.attendee().email() != null)
				.toList();
		}

		private static Reminder reminderOf(AgendaEventSnapshot event, Recipient recipient) {
			return Reminder.ofRegistration(recipient.registrationId(), event, recipient.attendee(),
					recipient.cancelUrl());
		}

	}

}
