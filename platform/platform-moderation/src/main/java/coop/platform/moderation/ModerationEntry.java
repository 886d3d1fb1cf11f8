package coop.platform.moderation;

import java.time.Instant;

/**
 * One line of the audit trail: who did what, when, on which version, and why (the reason
 * of a rejection or a withdrawal, the date of a "review again by").
 */
public record ModerationEntry(ModerationStep step, int version, String actorSubject, String actorName, Instant at,
		String note) {

}
