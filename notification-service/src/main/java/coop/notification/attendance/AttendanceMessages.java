package coop.notification.attendance;

import coop.notification.inbound.Delivery;
import coop.notification.inbound.MailDispatcher;
import coop.notification.mail.Mailer;
import coop.platform.contracts.events.AttendanceRecorded;
import coop.platform.messaging.Inbox;
import coop.platform.messaging.MessagingProperties;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes the attendance a coach records; only an absence with a next session sends an
 * e-mail.
 */
@Configuration(proxyBeanMethods = false)
class AttendanceMessages {

	static final String QUEUE = "notification.attendance";

	@Bean
	Listener attendanceListener(Inbox inbox, Mailer mailer, AttendanceMails mails) {
		return new Listener(new MailDispatcher(QUEUE, inbox, mailer).on(AttendanceRecorded.class,
				(attendance, at) -> mails.recorded(attendance).stream().map(Delivery::of).toList()));
	}

	@Bean
	Declarables attendanceQueue(Listener attendanceListener, MessagingProperties properties) {
		return attendanceListener.dispatcher.declareQueue(properties);
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
