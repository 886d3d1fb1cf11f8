package coop.platform.moderation;

/**
 * What happened, as kept in the audit trail.
 */
public enum ModerationStep {

	CREATED, EDITED, SUBMITTED, VALIDATED, REJECTED, WITHDRAWN, RESTORED, REVIEW_DATE_SET

}
