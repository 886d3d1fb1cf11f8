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
 * A person's registration to an event and what became of it: a seat, a place on the
 * waiting list, a seat offered from the waiting list, or cancelled; and, once the event
 * is over, whether the person attended.
 */
@Entity
@Table(name = "registration")
public class Registration {

	public enum Status {

		CONFIRMED, WAITLISTED, OFFERED, CANCELLED

	}

	/**
	 * Who registered: the person on the public site, a prescriber for them, or a member
	 * in the intranet.
	 */
	public enum Kind {

		PUBLIC, PRESCRIBED, MEMBER

	}

	public enum Attendance {

		PRESENT, ABSENT, EXCUSED

	}

	@Id
	private UUID id;

	private UUID eventId;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Enumerated(EnumType.STRING)
	private Kind kind;

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

	private Instant offerExpiresAt;

	private Instant cancelledAt;

	private String cancelReason;

	@Enumerated(EnumType.STRING)
	private Attendance attendance;

	private Instant attendanceAt;

	protected Registration() {
	}

	Registration(UUID eventId, Kind kind, Status status, String firstName, String lastName, String email, String phone,
			String town, String heardFrom, Instant now) {
		this.id = UUID.randomUUID();
		this.eventId = eventId;
		this.kind = kind;
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

	Registration member(String subject) {
		this.subject = subject;
		return this;
	}

	Registration prescribedBy(String prescriberSubject, String organisation) {
		this.prescriberSubject = prescriberSubject;
		this.prescriberOrganisation = organisation;
		return this;
	}

	boolean holdsSeat() {
		return this.status == Status.CONFIRMED || this.status == Status.OFFERED;
	}

	boolean isLive() {
		return this.status != Status.CANCELLED;
	}

	void cancel(String reason, Instant now) {
		this.status = Status.CANCELLED;
		this.cancelReason = reason;
		this.cancelledAt = now;
		this.offerExpiresAt = null;
	}

	void offer(Instant expiresAt) {
		this.status = Status.OFFERED;
		this.offerExpiresAt = expiresAt;
	}

	void confirm() {
		this.status = Status.CONFIRMED;
		this.offerExpiresAt = null;
	}

	void confirmOffer() {
		this.status = Status.CONFIRMED;
		this.offerExpiresAt = null;
	}

	boolean offerExpired(Instant now) {
		return this.status == Status.OFFERED && this.offerExpiresAt != null && !now.isBefore(this.offerExpiresAt);
	}

	void record(Attendance attendance, Instant now) {
		this.attendance = attendance;
		this.attendanceAt = now;
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

	public Kind kind() {
		return this.kind;
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

	public String prescriberSubject() {
		return this.prescriberSubject;
	}

	public String prescriberOrganisation() {
		return this.prescriberOrganisation;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant offerExpiresAt() {
		return this.offerExpiresAt;
	}

	public String cancelReason() {
		return this.cancelReason;
	}

	public Attendance attendance() {
		return this.attendance;
	}

}
