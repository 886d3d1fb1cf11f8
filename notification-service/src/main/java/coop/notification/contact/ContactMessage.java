package coop.notification.contact;

import java.time.Instant;
import java.util.UUID;

/** A visitor's message, kept until it is forwarded to the team. */
record ContactMessage(UUID id, String name, String email, String phone, ContactTopic topic, String message,
		Instant receivedAt) {

}
