package coop.notification.contact;

import java.time.Instant;
import java.util.UUID;

/**
 * A visitor's message, kept until it is forwarded to the team and acknowledged.
 *
 * @param forwarded whether the team has it already
 */
record ContactMessage(UUID id, String name, String email, String phone, ContactTopic topic, String message,
		Instant receivedAt, boolean forwarded) {

	ContactMessage(UUID id, String name, String email, String phone, ContactTopic topic, String message,
			Instant receivedAt) {
		this(id, name, email, phone, topic, message, receivedAt, false);
	}

}
