package coop.members.file;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * members-service's copy of an appointment booked with a coach (from
 * {@code events.appointment.*}). The coach's note stays in events-service, which shows it
 * to that coach and that entrepreneur only.
 *
 * @param changedAt when the booking or cancellation happened: an older message changes
 * nothing
 */
@Document("file_appointments")
public record FileAppointment(@Id String appointmentId, @Indexed String subject, String coachName, Instant startsAt,
		Instant endsAt, String place, String topic, boolean cancelled, Instant changedAt) {
}
