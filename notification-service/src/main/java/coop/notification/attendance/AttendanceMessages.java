package coop.notification.attendance;

import coop.notification.inbound.Delivery;
import coop.notification.inbound.Mailings;
import coop.platform.contracts.events.AttendanceRecorded;
import coop.platform.messaging.EventConsumer;

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
	EventConsumer attendanceConsumer(Mailings mailings, AttendanceMails mails) {
		return EventConsumer.queue(QUEUE)
			.onEach(AttendanceRecorded.class,
					mailings.of((attendance, at) -> mails.recorded(attendance).stream().map(Delivery::of).toList()));
	}

}
