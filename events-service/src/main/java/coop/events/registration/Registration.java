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
 *
 * <pre>
 * WAITLISTED ──take (a seat is free)──▶ CONFIRMED
 * WAITLISTED ──offer──▶ OFFERED ──accept (in time)──▶ CONFIRMED
 *                          └──decline, or expire (deadline passed)──▶ CANCELLED
 * CONFIRMED, WAITLISTED or OFFERED ──cancel──▶ CANCELLED (frees a seat if it held one)
 * </pre>
 *
 * The rules live here, without the database: the service locks the event, counts the
 * seats and tells of each change.
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

	/** Why a registration ended. */
	public enum CancelReason {

		/** the person cancelled */
		BY_ATTENDEE,
		/** the person declined the seat offered */
		OFFER_DECLINED,
		/** the seat offered was not taken in time */
		OFFER_EXPIRED,
		/** staff cancelled the event */
		EVENT_CANCELLED

	}

	/** What became of an answer to a seat offer. */
	enum OfferAnswer {

		/** the seat is the person's now */
		ACCEPTED,
		/** the seat was already the person's */
		ALREADY_CONFIRMED,
		/** the deadline passed: the seat goes to the next person */
		EXPIRED,
		/** no seat is offered to the person */
		NO_OFFER

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

	/**
	 * The consent text's version agreed to ({@code consent_text}), with
	 * {@link #consentAt}.
	 */
	private UUID consentTextId;

	private String subject;

	private String prescriberSubject;

	private String prescriberOrganisation;

	private Instant createdAt;

	private Instant offerExpiresAt;

	private Instant cancelledAt;

	@Enumerated(EnumType.STRING)
	private CancelReason cancelReason;

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

	/** The person agreed to that version of the consent text, now. */
	Registration consentedTo(UUID consentTextId) {
		this.consentTextId = consentTextId;
		return this;
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

	/** A new registration takes the seat when one is free, else waits its turn. */
	void take(boolean seatFree) {
		requireStatus(Status.WAITLISTED);
		if (seatFree) {
			this.status = Status.CONFIRMED;
		}
	}

	/** A seat freed up for this person waiting, until {@code expiresAt}. */
	void offer(Instant expiresAt) {
		requireStatus(Status.WAITLISTED);
		this.status = Status.OFFERED;
		this.offerExpiresAt = expiresAt;
	}

	/** The person answers yes to the seat offered. */
	OfferAnswer accept(Instant now) {
		if (this.status == Status.CONFIRMED) {
			return OfferAnswer.ALREADY_CONFIRMED;
		}
		if (offerExpired(now) || (this.status == Status.CANCELLED && this.cancelReason == CancelReason.OFFER_EXPIRED)) {
			return OfferAnswer.EXPIRED;
		}
		if (this.status != Status.OFFERED) {
			return OfferAnswer.NO_OFFER;
		}
		this.status = Status.CONFIRMED;
		this.offerExpiresAt = null;
		return OfferAnswer.ACCEPTED;
	}

	/**
	 * Ends the registration; nothing changes when it had ended already.
	 * @return whether it freed a seat another person may take
	 */
	boolean cancel(CancelReason reason, Instant now) {
		if (!isLive()) {
			return false;
		}
		boolean freedSeat = holdsSeat();
		this.status = Status.CANCELLED;
		this.cancelReason = reason;
		this.cancelledAt = now;
		this.offerExpiresAt = null;
		return freedSeat;
	}

	/**
	 * Ends an offer whose deadline passed.
	 * @return whether it did, freeing the seat for the next person
	 */
	boolean expireOffer(Instant now) {
		return offerExpired(now) && cancel(CancelReason.OFFER_EXPIRED, now);
	}

	boolean offerExpired(Instant now) {
		return this.status == Status.OFFERED && this.offerExpiresAt != null && !now.isBefore(this.offerExpiresAt);
	}

	private void requireStatus(Status expected) {
		if (this.status != expected) {
			throw new IllegalStateException("Registration " + this.id + " is " + this.status + ", not " + expected);
		}
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

	public CancelReason cancelReason() {
		return this.cancelReason;
	}

	public Attendance attendance() {
		return this.attendance;
	}

}
