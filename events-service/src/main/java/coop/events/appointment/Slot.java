package coop.events.appointment;

import java.time.Instant;
import java.util.UUID;

import coop.events.agenda.Place;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A coach's slot; once an entrepreneur books it, it is their appointment.
 */
@Entity
@Table(name = "slot")
class Slot {

	enum Status {

		OPEN, BOOKED

	}

	@Id
	private UUID id;

	private String coachSubject;

	private String coachName;

	private String coachEmail;

	private Instant startsAt;

	private Instant endsAt;

	@Embedded
	private Place place;

	private String entrepreneurSubject;

	private String entrepreneurName;

	private String entrepreneurEmail;

	private String topic;

	private String note;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant createdAt;

	@Version
	private long version;

	protected Slot() {
	}

	Slot(String coachSubject, String coachName, String coachEmail, Instant startsAt, Instant endsAt, Place place,
			Instant now) {
		this.id = UUID.randomUUID();
		this.coachSubject = coachSubject;
		this.coachName = coachName;
		this.coachEmail = coachEmail;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = place;
		this.status = Status.OPEN;
		this.createdAt = now;
	}

	void book(String subject, String name, String email, String topic) {
		this.entrepreneurSubject = subject;
		this.entrepreneurName = name;
		this.entrepreneurEmail = email;
		this.topic = topic;
		this.status = Status.BOOKED;
	}

	/** The entrepreneur cancelled: the slot is free again for someone else. */
	void release() {
		this.entrepreneurSubject = null;
		this.entrepreneurName = null;
		this.entrepreneurEmail = null;
		this.topic = null;
		this.status = Status.OPEN;
	}

	void note(String note) {
		this.note = note;
	}

	UUID id() {
		return this.id;
	}

	String coachSubject() {
		return this.coachSubject;
	}

	String coachName() {
		return this.coachName;
	}

	String coachEmail() {
		return this.coachEmail;
	}

	Instant startsAt() {
		return this.startsAt;
	}

	Instant endsAt() {
		return this.endsAt;
	}

	Place place() {
		return this.place;
	}

	String entrepreneurSubject() {
		return this.entrepreneurSubject;
	}

	String entrepreneurName() {
		return this.entrepreneurName;
	}

	String entrepreneurEmail() {
		return this.entrepreneurEmail;
	}

	String topic() {
		return this.topic;
	}

	String note() {
		return this.note;
	}

	Status status() {
		return this.status;
	}

}
