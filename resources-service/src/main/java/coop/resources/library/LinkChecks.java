package coop.resources.library;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.platform.moderation.ModerationState;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks the curated links of the centre on a schedule ({@code coop.link-check.interval},
 * a day by default) and keeps what each site answered, so that coaches and staff see the
 * broken ones. Each link is claimed by one conditional write before it is asked, so two
 * replicas running at once ask each site once.
 */
@Component
class LinkChecks {

	private static final Log logger = LogFactory.getLog(LinkChecks.class);

	private static final String COLLECTION = "link_checks";

	/** A claim older than this was left by a replica that stopped midway. */
	private static final Duration CLAIM = Duration.ofMinutes(5);

	private final MongoTemplate mongo;

	private final ResourceService resources;

	private final LinkProbe probe;

	private final Duration interval;

	private final Clock clock;

	LinkChecks(MongoTemplate mongo, ResourceService resources, Clock clock,
			@Value("${coop.link-check.interval:P1D}") Duration interval,
			@Value("${coop.link-check.timeout:10s}") Duration timeout,
			@Value("${coop.link-check.allow-private-addresses:false}") boolean allowPrivateAddresses) {
		this.mongo = mongo;
		this.resources = resources;
		this.clock = clock;
		this.interval = interval;
		this.probe = new LinkProbe(timeout, allowPrivateAddresses);
	}

	/** What a link's site answered when last asked. */
	@Document(COLLECTION)
	record LinkCheck(@Id String resourceId, @Nullable String url, @Nullable Instant checkedAt, boolean ok, int status,
			@Nullable String reason, @Nullable Instant claimedAt) {
	}

	/** A curated link whose site did not answer as it should, for coaches and staff. */
	record BrokenLink(String resourceId, String slug, String title, String url, Instant checkedAt, int status,
			String reason, String pageUrl) {
	}

	@Scheduled(initialDelayString = "${coop.link-check.initial-delay:PT10M}",
			fixedDelayString = "${coop.link-check.every:PT1H}")
	void scheduled() {
		int checked = checkDue();
		if (checked > 0) {
			logger.info("Curated links checked: " + checked);
		}
	}

	/**
	 * Asks the site of every published link not checked within the interval (or whose
	 * address changed since).
	 * @return how many links were asked
	 */
	int checkDue() {
		Map<String, LinkCheck> known = this.mongo.findAll(LinkCheck.class)
			.stream()
			.collect(Collectors.toMap(LinkCheck::resourceId, Function.identity()));
		Instant now = this.clock.instant();
		int checked = 0;
		for (Resource link : publishedLinks()) {
			String url = link.liveContent().url();
			LinkCheck last = known.get(link.id());
			boolean due = last == null || last.checkedAt() == null || !url.equals(last.url())
					|| last.checkedAt().isBefore(now.minus(this.interval));
			if (due && claim(link.id(), url, now)) {
				LinkProbe.Outcome outcome = this.probe.check(url);
				this.mongo.save(new LinkCheck(link.id(), url, this.clock.instant(), outcome.ok(), outcome.status(),
						outcome.reason(), null));
				checked++;
			}
		}
		return checked;
	}

	/** The published links whose site did not answer as it should, oldest check first. */
	List<BrokenLink> broken() {
		Map<String, Resource> links = publishedLinks().stream()
			.collect(Collectors.toMap(Resource::id, Function.identity()));
		return this.mongo.find(Query.query(Criteria.where("ok").is(false).and("checkedAt").ne(null)), LinkCheck.class)
			.stream()
			.filter((check) -> links.containsKey(check.resourceId())
					&& links.get(check.resourceId()).liveContent().url().equals(check.url()))
			.sorted(Comparator.comparing(LinkCheck::checkedAt))
			.map((check) -> {
				Resource link = links.get(check.resourceId());
				return new BrokenLink(link.id(), link.slug(), link.liveContent().title(), check.url(),
						check.checkedAt(), check.status(), check.reason(), this.resources.pageUrl(link));
			})
			.toList();
	}

	private List<Resource> publishedLinks() {
		return this.mongo
			.find(Query.query(Criteria.where("kind")
				.is(ResourceKind.LINK.name())
				.and("moderation.state")
				.is(ModerationState.VALIDATED.name())), Resource.class)
			.stream()
			.filter((resource) -> resource.liveContent() != null && resource.liveContent().url() != null)
			.toList();
	}

	/**
	 * Marks the link as being asked by this replica; false when another one is at it or
	 * has just asked it.
	 */
	private boolean claim(String resourceId, String url, Instant now) {
		Criteria unclaimed = new Criteria().orOperator(Criteria.where("claimedAt").is(null),
				Criteria.where("claimedAt").lt(now.minus(CLAIM)));
		Criteria due = new Criteria().orOperator(Criteria.where("checkedAt").is(null),
				Criteria.where("checkedAt").lt(now.minus(this.interval)), Criteria.where("url").ne(url));
		Query free = Query.query(new Criteria().andOperator(Criteria.where("_id").is(resourceId), unclaimed, due));
		try {
			return this.mongo.findAndModify(free, new Update().set("claimedAt", now),
					FindAndModifyOptions.options().upsert(true).returnNew(true), org.bson.Document.class,
					COLLECTION) != null;
		}
		catch (DuplicateKeyException ex) {
			// another replica holds or has just made its check
			return false;
		}
	}

}
