package coop.resources.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import coop.platform.moderation.ModerationState;
import coop.platform.moderation.ModerationStep;
import coop.resources.agenda.AgendaLinks;
import org.jspecify.annotations.Nullable;

/**
 * A resource as one caller sees it: the live content (readers), the working content (its
 * authors, the owner's coach, and reviewers once submitted), where it stands and what
 * this caller may do with it.
 *
 * @param mine whether the caller owns it
 * @param live what readers see, {@code null} when nothing is online or the caller may not
 * read it
 * @param working the version being written or reviewed, {@code null} when the caller may
 * not see it
 * @param moderation where it stands, for those who see the working version
 * @param can what the caller may do
 * @param copiedFrom the slug of the template it was taken from
 * @param tool the answers of someone's copy of an online template (its owner and their
 * coach), else {@code null}
 * @param workshops the next events of the agenda the caller may see that use the live
 * version or share one of its themes (those that use it first), at most 5; empty when
 * nothing is online
 */
public record ResourceView(String id, String slug, ResourceKind kind, String ownerName, boolean mine,
		@Nullable ContentView live, @Nullable ContentView working, @Nullable ModerationView moderation, Permissions can,
		boolean bookmarked, @Nullable String copiedFrom, Instant updatedAt, @Nullable ToolView tool,
		List<AgendaLinks.UpcomingEvent> workshops) {

	/**
	 * One version of the content.
	 *
	 * @param body the Markdown as typed (for editing)
	 * @param bodyHtml the same, sanitised HTML to show
	 * @param correctionHtml an exercise's correction, to show after an attempt
	 * @param form the sections and questions of an online template, else {@code null}
	 * @param answers a filled copy proposed to the centre: the answers of this version by
	 * question key, else {@code null}
	 */
	public record ContentView(int version, String title, String summary, String body, String bodyHtml,
			List<Theme> themes, List<Sector> sectors, Audience audience, @Nullable String url, List<FileView> files,
			List<StepView> steps, @Nullable String correction, @Nullable String correctionHtml,
			@Nullable TemplateForm form, @Nullable Map<String, String> answers) {
	}

	/**
	 * A file to download or show in the page.
	 *
	 * @param url where it is downloaded ({@code ?inline=true} to show it in the page)
	 * @param thumbnailUrl a small picture of it (image, PDF's first page), or
	 * {@code null}
	 * @param textStatus whether search finds its words (shown to its authors and
	 * reviewers), or {@code null}
	 */
	public record FileView(String id, String name, String mediaType, long size, String url,
			@Nullable String thumbnailUrl, @Nullable String textStatus) {
	}

	/**
	 * A step of a training module.
	 *
	 * @param resourceSlug the resource this step uses, or {@code null}
	 */
	public record StepView(String title, String bodyHtml, String body, @Nullable String resourceSlug) {
	}

	/**
	 * Where the working version stands.
	 *
	 * @param reason why it was refused or withdrawn (shown to its author)
	 * @param pendingVersion whether a newer version than the live one is being written or
	 * reviewed
	 * @param audit every step (coaches and staff only)
	 */
	public record ModerationView(ModerationState state, int version, @Nullable Integer publishedVersion,
			@Nullable Instant publishedAt, @Nullable String reason, @Nullable LocalDate reviewBy,
			boolean pendingVersion, @Nullable List<AuditEntry> audit) {
	}

	/** One step of the audit trail: who, when, what, on which version, and why. */
	public record AuditEntry(ModerationStep step, int version, String actorName, Instant at, @Nullable String note) {
	}

	/** What the caller may do with the resource. */
	public record Permissions(boolean edit, boolean delete, boolean submit, boolean review, boolean withdraw,
			boolean restore, boolean copy, boolean bookmark, boolean setReviewDate) {
	}

}
