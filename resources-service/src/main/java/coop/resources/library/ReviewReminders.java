package coop.resources.library;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import coop.platform.contracts.members.Member;
import coop.platform.contracts.resources.ResourceReviewDue;
import coop.platform.messaging.mongo.OutboxEntry;
import coop.platform.moderation.ModerationEntry;
import coop.platform.moderation.ModerationState;
import coop.platform.moderation.ModerationStep;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the reviewer who set a "review again by" date once it has come: each resource
 * is claimed by one conditional single-document update that also records the message in
 * its outbox, so two replicas running at once remind it once.
 */
@Component
class ReviewReminders {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final MongoTemplate mongo;

	private final Recipients recipients;

	private final ResourceService resources;

	private final Clock clock;

	ReviewReminders(MongoTemplate mongo, Recipients recipients, ResourceService resources, Clock clock) {
		this.mongo = mongo;
		this.recipients = recipients;
		this.resources = resources;
		this.clock = clock;
	}

	@Scheduled(initialDelay = 60_000, fixedDelay = 900_000)
	void scheduled() {
		remindDue();
	}

	/**
	 * Records a reminder for each published resource whose review date has come and was
	 * not reminded yet.
	 * @return how many were reminded
	 */
	int remindDue() {
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		Query due = Query.query(Criteria.where("moderation.reviewBy")
			.lte(today)
			.and("moderation.state")
			.is(ModerationState.VALIDATED.name()));
		int reminded = 0;
		for (Resource resource : this.mongo.find(due, Resource.class)) {
			LocalDate date = resource.moderation().reviewBy();
			if (date.equals(resource.reviewReminded())) {
				continue;
			}
			Member reviewer = reviewer(resource);
			if (reviewer == null) {
				continue;
			}
			Instant now = this.clock.instant();
			ResourceReviewDue event = new ResourceReviewDue(resource.id(), resource.liveContent().title(), reviewer,
					date, this.resources.pageUrl(resource));
			Query unclaimed = Query.query(Criteria.where("_id")
				.is(resource.id())
				.and("moderation.reviewBy")
				.is(date)
				.orOperator(Criteria.where("reviewReminded").exists(false), Criteria.where("reviewReminded").ne(date)));
			// the version moves too: someone saving a copy read before this claim gets a
			// conflict
			// instead of dropping the message
			Update claim = new Update().set("reviewReminded", date)
				.push("outbox", OutboxEntry.of(event, now))
				.inc("version", 1);
			if (this.mongo.updateFirst(unclaimed, claim, Resource.class).getModifiedCount() == 1) {
				reminded++;
			}
		}
		return reminded;
	}

	/** The person who chose the date (the latest such step of the trail). */
	private Member reviewer(Resource resource) {
		List<ModerationEntry> audit = resource.moderation().audit();
		for (int i = audit.size() - 1; i >= 0; i--) {
			ModerationEntry entry = audit.get(i);
			if (entry.step() == ModerationStep.REVIEW_DATE_SET) {
				return this.recipients.member(entry.actorSubject()).orElse(null);
			}
		}
		return null;
	}

}
