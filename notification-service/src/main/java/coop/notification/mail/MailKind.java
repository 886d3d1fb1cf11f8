package coop.notification.mail;

/**
 * Every kind of e-mail the service sends, and the one place that says whether it is
 * essential (always sent: confirmations, cancellations, changes, answers to what the
 * person did, work for the team) or belongs to a {@link MailTopic} the person may
 * unsubscribe from. The code is what the sent log and the metrics record.
 */
public enum MailKind {

	REGISTRATION_CONFIRMED(null), REGISTRATION_PROMOTED(null), REGISTRATION_WAITLISTED(null),
	REGISTRATION_SEAT_OFFERED(null), REGISTRATION_CANCELLED(null), REGISTRATION_OFFER_EXPIRED(null),
	REGISTRATION_OFFER_DECLINED(null), REGISTRATION_CANCELLED_BY_STAFF(null),

	EVENT_CHANGED(null), EVENT_CANCELLED(null),

	APPOINTMENT_BOOKED(null), APPOINTMENT_CANCELLED(null),

	ACCOUNTING_IMPORT_UNMATCHED(null), ACCOUNTING_IMPORT_REFUSED(null),

	CONTACT_TO_TEAM(null), CONTACT_ACKNOWLEDGED(null),

	RESOURCE_SUBMITTED(null), RESOURCE_VALIDATED(null), RESOURCE_REJECTED(null), RESOURCE_WITHDRAWN(null),

	// a document shared with a coach asks for their reading: work for the team, like a
	// contribution to review
	TOOL_SHARED(null),

	SHOWCASE_SUBMITTED(null), SHOWCASE_VALIDATED(null), SHOWCASE_REJECTED(null), SHOWCASE_CONTACTED(null),

	FILE_DOCUMENT_SHARED(null),

	PRIVACY_ARCHIVE_READY(null), PRIVACY_ERASURE_SCHEDULED(null),

	REMINDER(MailTopic.REMINDERS), RESOURCE_REVIEW_DUE(MailTopic.REMINDERS),

	ATTENDANCE_MISSED(MailTopic.NEXT_SESSIONS),

	QUESTION_ANSWERED(MailTopic.QUESTIONS), ANSWER_ACCEPTED(MailTopic.QUESTIONS),

	REFERRAL_PROGRESSED(MailTopic.REFERRALS);

	private final MailTopic topic;

	MailKind(MailTopic topic) {
		this.topic = topic;
	}

	/** The topic a person may unsubscribe from, {@code null} for an essential mail. */
	public MailTopic topic() {
		return this.topic;
	}

	public boolean essential() {
		return this.topic == null;
	}

	/**
	 * Mails to the team's own mailboxes (no personal-data footer: not a person's mail).
	 */
	public boolean toTeam() {
		return this == CONTACT_TO_TEAM || this == ACCOUNTING_IMPORT_UNMATCHED || this == ACCOUNTING_IMPORT_REFUSED;
	}

	/** As written in the sent log, e.g. {@code registration-confirmed}. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
