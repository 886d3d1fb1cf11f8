package coop.dashboard.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import coop.platform.contracts.dashboard.FiguresChanged;
import coop.platform.contracts.events.AppointmentBooked;
import coop.platform.contracts.events.AppointmentCancelled;
import coop.platform.contracts.events.AttendanceRecorded;
import coop.platform.messaging.EventConsumer;
import coop.platform.messaging.Outbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps, per registration, whether the person attended (a correction replaces the first
 * word), and each appointment with a coach (a cancellation arriving before its booking
 * still wins). A recorded attendance changes the entrepreneur's training hours, so open
 * dashboards are told in the same transaction.
 */
@Configuration(proxyBeanMethods = false)
class AttendanceBook {

	static final String ATTENDANCE = "dashboard.attendance";

	static final String APPOINTMENTS = "dashboard.appointments";

	@Bean
	EventConsumer dashboardAttendance(JdbcClient jdbc, Outbox outbox, Clock clock) {
		return EventConsumer.queue(ATTENDANCE).on(AttendanceRecorded.class, (recorded, received) -> {
			String subject = recorded.attendee().subject();
			BigDecimal hours = BigDecimal
				.valueOf(Duration.between(recorded.event().startsAt(), recorded.event().endsAt()).toMinutes())
				.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN);
			jdbc.sql(
					"""
							insert into attendance (registration_id, event_id, event_kind, subject, starts_at, hours, attendance,
							    antenna)
							values (?, ?, ?, ?, ?, ?, ?, ?)
							on conflict (registration_id) do update set attendance = excluded.attendance,
							    hours = excluded.hours, starts_at = excluded.starts_at, antenna = excluded.antenna""")
				.params(recorded.registrationId(), recorded.event().id(),
						(recorded.event().kind() != null) ? recorded.event().kind().name() : "OTHER", subject,
						Timestamp.from(recorded.event().startsAt().toInstant()), hours,
						(recorded.attendance() != null) ? recorded.attendance().name() : "UNKNOWN",
						recorded.event().antenna())
				.update();
			if (subject != null) {
				outbox.append(new FiguresChanged(List.of(subject), FiguresChanged.Cause.ATTENDANCE, clock.instant()));
			}
		});
	}

	@Bean
	EventConsumer dashboardAppointments(JdbcClient jdbc) {
		return EventConsumer.queue(APPOINTMENTS)
			.on(AppointmentBooked.class, (booked, received) -> jdbc.sql("""
					insert into appointment (id, entrepreneur, coach, starts_at, cancelled) values (?, ?, ?, ?, false)
					on conflict (id) do nothing""")
				.params(booked.appointmentId(), booked.entrepreneur().subject(), booked.coach().subject(),
						Timestamp.from(booked.startsAt().toInstant()))
				.update())
			.on(AppointmentCancelled.class, (cancelled, received) -> jdbc.sql("""
					insert into appointment (id, entrepreneur, coach, starts_at, cancelled) values (?, ?, ?, ?, true)
					on conflict (id) do update set cancelled = true""")
				.params(cancelled.appointmentId(), cancelled.entrepreneur().subject(), cancelled.coach().subject(),
						Timestamp.from(cancelled.startsAt().toInstant()))
				.update());
	}

}
