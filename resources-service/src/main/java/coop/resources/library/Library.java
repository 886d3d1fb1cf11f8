package coop.resources.library;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import coop.platform.moderation.ModerationEntry;
import coop.platform.moderation.ModerationState;
import coop.platform.moderation.ModerationStep;
import coop.platform.web.PageResponse;
import coop.platform.web.problem.ProblemException;
import coop.resources.agenda.AgendaLinks;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Reading the centre: one resource, the lists (filtered inside the MongoDB query by what
 * the caller may read, so counts and pages are exact), the author's own, the reviewers'
 * queue and the bookmarks.
 */
@Service
class Library {

	private static final int LATEST = 6;

	private static final int MINE = 200;

	private final Resources resources;

	private final MongoTemplate mongo;

	private final ResourceRules rules;

	private final ResourceViews views;

	private final Clock clock;

	private final AgendaLinks agenda;

	Library(Resources resources, MongoTemplate mongo, ResourceRules rules, ResourceViews views, Clock clock,
			AgendaLinks agenda) {
		this.agenda = agenda;
		this.resources = resources;
		this.mongo = mongo;
		this.rules = rules;
		this.views = views;
		this.clock = clock;
	}

	/** Filters of the lists; {@code null} means any. */
	record Filter(ResourceKind kind, Theme theme, Sector sector, Audience audience) {

		static final Filter NONE = new Filter(null, null, null, null);

	}

	ResourceView view(String slug, Caller caller) {
		Resource resource = this.resources.findBySlug(slug).orElseThrow(ResourceRules::notFound);
		return this.views.view(resource, caller, bookmarked(resource, caller));
	}

	ResourceView view(Resource resource, Caller caller) {
		return this.views.view(resource, caller, bookmarked(resource, caller));
	}

	/** The live resources the caller may read, newest first. */
	PageResponse<ResourceSummary> list(Filter filter, Caller caller, int page, int size) {
		Criteria criteria = readable(filter, caller);
		long total = this.mongo.count(Query.query(criteria), Resource.class);
		Query query = Query.query(criteria)
			.with(Sort.by(Sort.Direction.DESC, "moderation.publishedAt"))
			.skip((long) page * size)
			.limit(size);
		List<ResourceSummary> items = this.mongo.find(query, Resource.class).stream().map(this.views::summary).toList();
		return new PageResponse<>(items, page, size, total);
	}

	CentreOverview overview(Caller caller) {
		List<CentreOverview.ThemeCount> themes = Arrays.stream(Theme.values())
			.map((theme) -> new CentreOverview.ThemeCount(theme,
					this.mongo.count(Query.query(readable(new Filter(null, theme, null, null), caller)),
							Resource.class)))
			.toList();
		List<CentreOverview.KindCount> kinds = Arrays.stream(ResourceKind.values())
			.map((kind) -> new CentreOverview.KindCount(kind,
					this.mongo.count(Query.query(readable(new Filter(kind, null, null, null), caller)),
							Resource.class)))
			.toList();
		return new CentreOverview(themes, kinds, list(Filter.NONE, caller, 0, LATEST).items());
	}

	/** The caller's own resources in every state (drafts, submissions, own tools). */
	List<ResourceSummary> mine(Caller caller) {
		Query query = Query.query(Criteria.where("moderation.owner").is(caller.subject()))
			.with(Sort.by(Sort.Direction.DESC, "updatedAt"))
			.limit(MINE);
		return this.mongo.find(query, Resource.class).stream().map(this.views::workingSummary).toList();
	}

	/** What waits for coaches and staff. */
	ReviewQueue queue(Caller caller) {
		Query submitted = Query
			.query(Criteria.where("moderation.state")
				.is(ModerationState.SUBMITTED.name())
				.and("working.audience")
				.ne(Audience.PERSONAL.name()))
			.with(Sort.by(Sort.Direction.ASC, "updatedAt"));
		List<ReviewQueue.Waiting> waiting = this.mongo.find(submitted, Resource.class)
			.stream()
			.map((resource) -> waiting(resource, caller))
			.toList();
		Query due = Query
			.query(Criteria.where("moderation.reviewBy")
				.lte(LocalDate.now(this.clock))
				.and("moderation.state")
				.is(ModerationState.VALIDATED.name()))
			.with(Sort.by(Sort.Direction.ASC, "moderation.reviewBy"));
		List<ReviewQueue.DueAgain> dueAgain = this.mongo.find(due, Resource.class)
			.stream()
			.map((resource) -> new ReviewQueue.DueAgain(this.views.summary(resource), resource.moderation().reviewBy()))
			.toList();
		return new ReviewQueue(waiting.size(), waiting, dueAgain);
	}

	private ReviewQueue.Waiting waiting(Resource resource, Caller caller) {
		ModerationEntry submission = resource.moderation()
			.audit()
			.stream()
			.filter((entry) -> entry.step() == ModerationStep.SUBMITTED)
			.reduce((first, second) -> second)
			.orElse(resource.moderation().lastStep());
		return new ReviewQueue.Waiting(this.views.workingSummary(resource), submission.at(), submission.actorName(),
				resource.moderation().contributedBy(caller.subject()), resource.moderation().isLive());
	}

	/**
	 * The resources an event of the agenda uses that the caller may read, in the order
	 * staff chose; none for an event the caller may not see or that this service has not
	 * heard of.
	 */
	List<ResourceSummary> ofEvent(String eventId, Caller caller) {
		return this.agenda.resourcesOf(eventId, caller.member())
			.orElse(List.of())
			.stream()
			.map(this.resources::findBySlug)
			.flatMap(java.util.Optional::stream)
			.filter((resource) -> this.rules.readsLive(resource, caller))
			.map(this.views::summary)
			.toList();
	}

	/** The caller's bookmarks they may still read, latest first. */
	List<ResourceSummary> bookmarks(Caller caller) {
		Query query = Query.query(Criteria.where("subject").is(caller.subject()))
			.with(Sort.by(Sort.Direction.DESC, "at"));
		List<String> ids = this.mongo.find(query, Bookmark.class).stream().map(Bookmark::resourceId).toList();
		return ordered(ids, this.resources.findAllById(ids)).stream()
			.filter((resource) -> this.rules.readsLive(resource, caller))
			.map(this.views::summary)
			.toList();
	}

	void bookmark(String id, Caller caller, boolean keep) {
		String bookmarkId = Bookmark.idOf(caller.subject(), id);
		if (!keep) {
			this.mongo.remove(Query.query(Criteria.where("_id").is(bookmarkId)), Bookmark.class);
			return;
		}
		Resource resource = this.resources.findById(id).orElseThrow(ResourceRules::notFound);
		if (!this.rules.readsLive(resource, caller)) {
			throw ResourceRules.notFound();
		}
		this.mongo.save(new Bookmark(bookmarkId, caller.subject(), id, this.clock.instant()));
	}

	/**
	 * The GridFS id to send for a file of a resource (or its thumbnail), if the caller
	 * sees a version holding it.
	 */
	String fileToSend(String slug, String fileId, boolean thumbnail, Caller caller) {
		Resource resource = this.resources.findBySlug(slug).orElseThrow(ResourceRules::notFound);
		List<ResourceContent> seen = new java.util.ArrayList<>();
		if (this.rules.readsLive(resource, caller)) {
			seen.add(resource.liveContent());
		}
		if (this.rules.readsWorking(resource, caller)) {
			seen.add(resource.working());
		}
		ResourceFile file = seen.stream()
			.flatMap((content) -> content.files().stream())
			.filter((candidate) -> candidate.id().equals(fileId))
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("Ce fichier n'existe pas ou n'est pas visible pour vous."));
		if (!thumbnail) {
			return file.id();
		}
		if (file.thumbnailId() == null) {
			throw ProblemException.notFound("Ce fichier n'a pas d'aperçu.");
		}
		return file.thumbnailId();
	}

	/**
	 * Live resources the caller may read (personal ones are never listed: they are their
	 * owner's tools), within the filter.
	 */
	private Criteria readable(Filter filter, Caller caller) {
		Set<Audience> audiences = EnumSet.copyOf(caller.audiences());
		if (filter.audience() != null) {
			audiences.retainAll(Set.of(filter.audience()));
		}
		Criteria criteria = Criteria.where("moderation.publishedVersion")
			.ne(null)
			.and("moderation.state")
			.ne(ModerationState.WITHDRAWN.name())
			.and("live.audience")
			.in(names(audiences));
		if (filter.kind() != null) {
			criteria.and("kind").is(filter.kind().name());
		}
		if (filter.theme() != null) {
			criteria.and("live.themes").is(filter.theme().name());
		}
		if (filter.sector() != null) {
			criteria.and("live.sectors").is(filter.sector().name());
		}
		return criteria;
	}

	private boolean bookmarked(Resource resource, Caller caller) {
		return caller.subject() != null && this.mongo.exists(
				Query.query(Criteria.where("_id").is(Bookmark.idOf(caller.subject(), resource.id()))), Bookmark.class);
	}

	private static List<String> names(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

	private static List<Resource> ordered(List<String> ids, Iterable<Resource> found) {
		java.util.Map<String, Resource> byId = new java.util.HashMap<>();
		found.forEach((resource) -> byId.put(resource.id(), resource));
		return ids.stream().filter(byId::containsKey).map(byId::get).toList();
	}

}
