package coop.resources.library;

import java.time.Instant;
import java.util.List;

import coop.platform.moderation.ModerationState;
import org.jspecify.annotations.Nullable;

/**
 * A resource in a list: the content the caller sees first (the live one when there is
 * one), and where it stands.
 *
 * @param publishedAt when the live version was validated, {@code null} if never
 * @param pendingVersion whether a newer version is being written or reviewed
 * @param reason why the last version was refused or withdrawn (in the author's lists)
 * @param thumbnailUrl a small picture of its first image or PDF, or {@code null}
 */
public record ResourceSummary(String id, String slug, ResourceKind kind, String title, String summary,
		List<Theme> themes, List<Sector> sectors, Audience audience, ModerationState state,
		@Nullable Instant publishedAt, Instant updatedAt, String ownerName, int fileCount, boolean pendingVersion,
		@Nullable String reason, @Nullable String thumbnailUrl) {

}
