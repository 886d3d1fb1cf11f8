package coop.members.showcase;

import java.time.Instant;
import java.util.List;

import coop.platform.moderation.ModerationState;
import org.jspecify.annotations.Nullable;

/**
 * A showcase as its entrepreneur, their coach and staff see it in the intranet: where its
 * versions stand, the working version as the editor holds it and as a preview that looks
 * like the published page, the live version, the trail of decisions.
 *
 * @param state of the working version, {@code stateLabel} in French
 * @param reason why the last rejection or withdrawal happened
 * @param online whether a version is online now, at {@code pageUrl}
 * @param pendingChanges whether the working version differs from the live one
 * @param missing what must still be written before submitting (French sentences)
 */
public record ShowcaseDraft(String id, String slug, ModerationState state, String stateLabel, int version,
		@Nullable String reason, boolean online, boolean pendingChanges, String pageUrl, DraftOwner owner,
		ShowcaseRequests.ShowcaseInput working, ShowcaseResponse preview, @Nullable ShowcaseResponse live,
		List<String> missing, List<DraftStep> history, DraftCan can) {

	public record DraftOwner(String subject, String name, @Nullable String antenna) {
	}

	public record DraftStep(String step, String label, int version, String actorName, Instant at,
			@Nullable String note) {
	}

	/** What the caller may do now. */
	public record DraftCan(boolean edit, boolean submit, boolean review, boolean unpublish, boolean withdraw) {
	}

}
