package coop.notification.appointment;

import java.time.Instant;
import java.util.List;

import coop.notification.appointment.AppointmentMails.Side;
import coop.notification.inbound.Delivery;
import coop.notification.inbound.Mailings;
import coop.notification.reminder.Reminder;
import coop.notification.reminder.Reminders;
import coop.platform.contracts.events.AppointmentBooked;
import coop.platform.contracts.events.AppointmentCancelled;
import coop.platform.messaging.EventConsumer;

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
	EventConsumer appointmentConsumer(Mailings mailings, AppointmentMails mails, Reminders reminders) {
		Deliveries deliveries = new Deliveries(mails, reminders);
		return EventConsumer.queue(QUEUE)
			.onEach(AppointmentBooked.class, mailings.of(deliveries::booked))
			.onEach(AppointmentCancelled.class, mailings.of(deliveries::cancelled));
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

}
