package coop.events.registration;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's registration to an event.
 */
@Entity
@Table(name = "registration")
public class Registration {

	public enum Status {

		CONFIRMED, WAITLISTED, CANCELLED

	}

	@Id
	private UUID id;

	private UUID eventId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String firstName;

	private String lastName;

	private String email;

	private String emailKey;

	private String phone;

	private String town;

	private String heardFrom;

	private Instant consentAt;

	private String subject;

	private String prescriberSubject;

	private String prescriberOrganisation;

	private Instant createdAt;

	private Instant cancelledAt;

	protected Registration() {
	}

	Registration(UUID eventId, Status status, String firstName, String lastName, String email, String phone,
			String town, String heardFrom, Instant now) {
		this.id = UUID.randomUUID();
		this.eventId = eventId;
		this.status = status;
		this.firstName = firstName;
		this.lastName = lastName;
		this.email = email;
		this.emailKey = emailKey(email);
		this.phone = phone;
		this.town = town;
		this.heardFrom = heardFrom;
		this.consentAt = now;
		this.createdAt = now;
	}

	static String emailKey(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	public UUID id() {
		return this.id;
	}

	public UUID eventId() {
		return this.eventId;
	}

	public Status status() {
		return this.status;
	}

	public String firstName() {
		return this.firstName;
	}

	public String lastName() {
		return this.lastName;
	}

	public String email() {
		return this.email;
	}

	public String subject() {
		return this.subject;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
