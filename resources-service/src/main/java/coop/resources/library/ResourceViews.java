package coop.resources.library;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import coop.platform.moderation.Moderation;
import coop.resources.agenda.AgendaLinks;
import coop.resources.search.filetext.FileTextStatus;
import coop.resources.search.filetext.FileTexts;
import coop.resources.text.Markdown;

import org.springframework.stereotype.Component;

/**
 * Turns stored resources into what one caller may read of them.
 */
@Component
class ResourceViews {

	static final String PUBLIC_PATH = "/api/resources/public/resources/";

	private final ResourceRules rules;

	private final FileTexts fileTexts;

	private final AgendaLinks agenda;

	ResourceViews(ResourceRules rules, FileTexts fileTexts, AgendaLinks agenda) {
		this.rules = rules;
		this.fileTexts = fileTexts;
		this.agenda = agenda;
	}

	ResourceView view(Resource resource, Caller caller, boolean bookmarked) {
		boolean readsLive = this.rules.readsLive(resource, caller);
		boolean readsWorking = this.rules.readsWorking(resource, caller);
		if (!readsLive && !readsWorking) {
			throw ResourceRules.notFound();
		}
		Moderation moderation = resource.moderation();
		Map<String, String> textStatus = readsWorking ? textStatus(resource) : Map.of();
		ResourceView.ContentView live = readsLive
				? content(resource, resource.liveContent(), moderation.publishedVersion(), textStatus) : null;
		ResourceView.ContentView working = readsWorking
				? content(resource, resource.working(), moderation.version(), textStatus) : null;
		ResourceView.ModerationView state = readsWorking ? moderation(moderation, caller.reviewer()) : null;
		ToolView tool = (readsWorking && resource.fillable()) ? tool(resource, caller) : null;
		// workshops point to what readers read: the live version only
		List<AgendaLinks.UpcomingEvent> workshops = readsLive ? this.agenda.next(resource.slug(),
				resource.liveContent().themes().stream().map(Theme::label).toList(), caller.member()) : List.of();
		return new ResourceView(resource.id(), resource.slug(), resource.kind(), resource.ownerName(),
				caller.is(resource.owner()), live, working, state, this.rules.permissions(resource, caller), bookmarked,
				resource.copiedFrom(), resource.updatedAt(), tool, workshops);
	}

	/** Someone's copy of an online template, as its owner or their coach sees it. */
	ToolView tool(Resource resource, Caller caller) {
		FilledForm filled = resource.filled();
		boolean owner = caller.is(resource.owner());
		List<ToolView.SectionCommentView> comments = filled.comments()
			.stream()
			.map((c) -> new ToolView.SectionCommentView(c.id(), c.section(), c.authorName(), c.coach(), c.at(),
					c.text()))
			.toList();
		return new ToolView(filled.answers(), filled.revision(), filled.savedAt(), filled.sharedAt(), comments, owner,
				owner && filled.sharedAt() == null, this.rules.commentsTool(resource, caller),
				"/api/resources/" + resource.id() + "/pdf");
	}

	/** The resource as readers see it in a list (its live version when there is one). */
	ResourceSummary summary(Resource resource) {
		return summary(resource, resource.shownContent());
	}

	/**
	 * The resource as its authors and reviewers see it in a list (its working version).
	 */
	ResourceSummary workingSummary(Resource resource) {
		return summary(resource, resource.working());
	}

	private ResourceSummary summary(Resource resource, ResourceContent content) {
		Moderation moderation = resource.moderation();
		String thumbnail = content.files()
			.stream()
			.filter((file) -> file.thumbnailId() != null)
			.findFirst()
			.map((file) -> fileUrl(resource, file) + "/thumbnail")
			.orElse(null);
		return new ResourceSummary(resource.id(), resource.slug(), resource.kind(), content.title(),
				nonNull(content.summary()), content.themes(), content.sectors(), content.audience(), moderation.state(),
				moderation.isLive() ? moderation.publishedAt() : null, resource.updatedAt(), resource.ownerName(),
				content.files().size(), moderation.hasPendingVersion() && moderation.isLive(), moderation.reason(),
				thumbnail);
	}

	private ResourceView.ContentView content(Resource resource, ResourceContent content, int version,
			Map<String, String> textStatus) {
		List<ResourceView.FileView> files = content.files()
			.stream()
			.map((file) -> new ResourceView.FileView(file.id(), file.name(), file.mediaType(), file.size(),
					fileUrl(resource, file),
					(file.thumbnailId() != null) ? fileUrl(resource, file) + "/thumbnail" : null,
					textStatus.get(file.id())))
			.toList();
		List<ResourceView.StepView> steps = content.steps()
			.stream()
			.map((step) -> new ResourceView.StepView(step.title(), Markdown.html(step.body()), nonNull(step.body()),
					step.resourceSlug()))
			.toList();
		return new ResourceView.ContentView(version, content.title(), nonNull(content.summary()),
				nonNull(content.body()), Markdown.html(content.body()), content.themes(), content.sectors(),
				content.audience(), content.url(), files, steps, content.correction(),
				(content.correction() != null) ? Markdown.html(content.correction()) : null, content.form(),
				content.answers());
	}

	private static ResourceView.ModerationView moderation(Moderation moderation, boolean reviewer) {
		List<ResourceView.AuditEntry> audit = reviewer ? moderation.audit()
			.stream()
			.map((entry) -> new ResourceView.AuditEntry(entry.step(), entry.version(), entry.actorName(), entry.at(),
					entry.note()))
			.toList() : null;
		return new ResourceView.ModerationView(moderation.state(), moderation.version(), moderation.publishedVersion(),
				moderation.publishedAt(), moderation.reason(), moderation.reviewBy(),
				moderation.hasPendingVersion() && moderation.publishedVersion() != null, audit);
	}

	private Map<String, String> textStatus(Resource resource) {
		List<String> ids = resource.allFiles().stream().map(ResourceFile::id).toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.fileTexts.statusOf(ids)
			.stream()
			.collect(Collectors.toMap(FileTextStatus::fileId, FileTextStatus::message, (a, b) -> a));
	}

	static String fileUrl(Resource resource, ResourceFile file) {
		return PUBLIC_PATH + resource.slug() + "/files/" + file.id();
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
