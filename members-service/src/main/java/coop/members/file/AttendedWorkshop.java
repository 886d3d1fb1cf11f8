package coop.members.file;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * members-service's copy of one attendance recorded by events-service (from
 * {@code events.attendance.recorded}), for the file's list of workshops and its badges.
 *
 * @param registrationId the registration in events-service: one copy each, the latest
 * record wins
 * @param attendance {@code PRESENT}, {@code ABSENT} or {@code EXCUSED}
 * @param recordedAt when the attendance was recorded: an older message changes nothing
 */
@Document("file_workshops")
public record AttendedWorkshop(@Id String registrationId, @Indexed String subject, String eventId, String title,
		String kind, Instant startsAt, String attendance, Instant recordedAt) {
}
