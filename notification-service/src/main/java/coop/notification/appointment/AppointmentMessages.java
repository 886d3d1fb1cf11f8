package coop.notification.appointment;

import java.time.Instant;
import java.util.List;

import coop.notification.appointment.AppointmentMails.Side;
import coop.notification.inbound.Delivery;
import coop.notification.inbound.MailDispatcher;
import coop.notification.mail.Mailer;
import coop.notification.reminder.Reminder;
import coop.notification.reminder.Reminders;
import coop.platform.contracts.events.AppointmentBooked;
import coop.platform.contracts.events.AppointmentCancelled;
import coop.platform.messaging.Inbox;
import coop.platform.messaging.MessagingProperties;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes the booked and cancelled appointments: an e-mail to each of the two people,
 * and their reminders planned or withdrawn.
 */
@Configuration(proxyBeanMethods = false)
class AppointmentMessages {

	static final String QUEUE = "notification.appointments";

	@Bean
	Listener appointmentListener(Inbox inbox, Mailer mailer, AppointmentMails mails, Reminders reminders) {
		Deliveries deliveries = new Deliveries(mails, reminders);
		return new Listener(new MailDispatcher(QUEUE, inbox, mailer).on(AppointmentBooked.class, deliveries::booked)
			.on(AppointmentCancelled.class, deliveries::cancelled));
	}

	@Bean
	Declarables appointmentQueue(Listener appointmentListener, MessagingProperties properties) {
		return appointmentListener.dispatcher.declareQueue(properties);
	}

	/** What each message sends to each of the two people, and what it stores with it. */
	record Deliveries(AppointmentMails mails, Reminders reminders) {

		List<Delivery> booked(AppointmentBooked booking, Instant at) {
			return Side.of(booking.entrepreneur(), booking.coach(), null).stream().map((side) -> {
				Reminder reminder = this.mails.reminder(booking.appointmentId(), side, booking.startsAt(),
						booking.endsAt(), booking.place());
				return Delivery.of(this.mails.booked(booking, side, at))
					.with(() -> this.reminders.schedule(reminder, at));
			}).toList();
		}

		List<Delivery> cancelled(AppointmentCancelled cancellation, Instant at) {
			return Side.of(cancellation.entrepreneur(), cancellation.coach(), cancellation.cancelledBy())
				.stream()
				.map((side) -> {
					Reminder reminder = this.mails.reminder(cancellation.appointmentId(), side, cancellation.startsAt(),
							cancellation.endsAt(), cancellation.place());
					return Delivery.of(this.mails.cancelled(cancellation, side, at))
						.with(() -> this.reminders.withdraw(reminder, at));
				})
				.toList();
		}

	}

	static class Listener {

		private final MailDispatcher dispatcher;

		Listener(MailDispatcher dispatcher) {
			this.dispatcher = dispatcher;
		}

		@RabbitListener(queues = QUEUE)
		void on(Message message) {
			this.dispatcher.dispatch(message);
		}

	}

}
