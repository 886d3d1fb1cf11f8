package coop.members.showcase;

import java.time.Instant;

/**
 * A showcase waiting for its reviewer's decision.
 *
 * @param online whether an earlier version stays online meanwhile
 */
public record ShowcaseReviewItem(String id, String businessName, String ownerName, String sectorLabel, int version,
		boolean online, Instant submittedAt) {
}
