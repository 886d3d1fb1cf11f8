package coop.members.file;

import java.time.Instant;
import java.util.Optional;

import coop.platform.contracts.events.AppointmentBooked;
import coop.platform.contracts.events.AppointmentCancelled;
import coop.platform.contracts.events.AttendanceRecorded;
import coop.platform.contracts.events.Attendee;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a personal file shows of events-service: the workshops and meetings the
 * entrepreneur's attendance was recorded for (and the « Premier atelier » badge), and
 * their appointments with a coach. Each is a copy keyed by events-service's id, where the
 * latest message wins (a redelivered or late older one changes nothing); people without
 * an account (no subject) have no file.
 */
@Configuration(proxyBeanMethods = false)
class FileActivity {

	@Bean
	EventConsumer workshopsAndAppointments(AttendedWorkshops workshops, FileAppointments appointments) {
		return EventConsumer.queue("members-service.file-activity")
			.on(AttendanceRecorded.class, (recorded, received) -> attended(workshops, recorded, received.occurredAt()))
			.on(AppointmentBooked.class, (booked, received) -> booked(appointments, booked, received.occurredAt()))
			.on(AppointmentCancelled.class,
					(cancelled, received) -> cancelled(appointments, cancelled, received.occurredAt()));
	}

	static void attended(AttendedWorkshops workshops, AttendanceRecorded recorded, Instant at) {
		String subject = recorded.attendee().subject();
		String id = recorded.registrationId().toString();
		if (subject == null || workshops.findById(id).filter((w) -> w.recordedAt().isAfter(at)).isPresent()) {
			return;
		}
		workshops.save(new AttendedWorkshop(id, subject, recorded.event().id().toString(), recorded.event().title(),
				recorded.event().kind().name(), recorded.event().startsAt().toInstant(), recorded.attendance().name(),
				at));
	}

	static void booked(FileAppointments appointments, AppointmentBooked booked, Instant at) {
		String subject = booked.entrepreneur().subject();
		String id = booked.appointmentId().toString();
		if (subject == null || newer(appointments.findById(id), at)) {
			return;
		}
		appointments.save(new FileAppointment(id, subject, name(booked.coach()), booked.startsAt().toInstant(),
				booked.endsAt().toInstant(), booked.place(), booked.topic(), false, at));
	}

	static void cancelled(FileAppointments appointments, AppointmentCancelled cancelled, Instant at) {
		String subject = cancelled.entrepreneur().subject();
		String id = cancelled.appointmentId().toString();
		Optional<FileAppointment> known = appointments.findById(id);
		if (subject == null || newer(known, at)) {
			return;
		}
		appointments.save(new FileAppointment(id, subject, name(cancelled.coach()), cancelled.startsAt().toInstant(),
				cancelled.endsAt().toInstant(), cancelled.place(), known.map(FileAppointment::topic).orElse(null), true,
				at));
	}

	private static boolean newer(Optional<FileAppointment> known, Instant at) {
		return known.filter((a) -> a.changedAt().isAfter(at)).isPresent();
	}

	private static String name(Attendee person) {
		return (person.firstName() + " " + person.lastName()).strip();
	}

}
