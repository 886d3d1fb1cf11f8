package coop.resources.library;

import coop.platform.moderation.Moderation;
import coop.platform.moderation.ModerationState;
import coop.platform.web.problem.ProblemException;
import coop.resources.people.People;

import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a resource. Checked in the service on every read, list,
 * download and change: what a caller may not see does not exist for them (404).
 */
@Component
class ResourceRules {

	private final People people;

	ResourceRules(People people) {
		this.people = people;
	}

	static ProblemException notFound() {
		return ProblemException.notFound("Cette ressource n'existe pas ou n'est pas visible pour vous.");
	}

	/** Whether the caller reads the live version. */
	boolean readsLive(Resource resource, Caller caller) {
		ResourceContent live = resource.liveContent();
		if (live == null) {
			return false;
		}
		return (live.audience() == Audience.PERSONAL) ? ownerOrCoach(resource, caller)
				: caller.audiences().contains(live.audience());
	}

	/**
	 * Whether the caller sees the working version: its authors, the owner's coach, and
	 * reviewers once it was submitted (never a personal one).
	 */
	boolean readsWorking(Resource resource, Caller caller) {
		if (caller.subject() == null) {
			return false;
		}
		Moderation moderation = resource.moderation();
		if (moderation.contributedBy(caller.subject()) || coachesOwner(resource, caller)) {
			return true;
		}
		return caller.reviewer() && resource.working().audience() != Audience.PERSONAL
				&& moderation.state() != ModerationState.DRAFT;
	}

	boolean reads(Resource resource, Caller caller) {
		return readsLive(resource, caller) || readsWorking(resource, caller);
	}

	/**
	 * Its authors change it; coaches and staff also maintain what was once published
	 * (never someone's personal tools).
	 */
	boolean edits(Resource resource, Caller caller) {
		if (caller.subject() == null || !caller.member()) {
			return false;
		}
		Moderation moderation = resource.moderation();
		if (moderation.contributedBy(caller.subject())) {
			return true;
		}
		return caller.reviewer() && resource.working().audience() != Audience.PERSONAL
				&& moderation.publishedVersion() != null;
	}

	/** Its owner deletes what was never published; staff delete anything. */
	boolean deletes(Resource resource, Caller caller) {
		return caller.staff() || (caller.is(resource.owner()) && resource.moderation().publishedVersion() == null);
	}

	boolean submits(Resource resource, Caller caller) {
		ModerationState state = resource.moderation().state();
		return caller.subject() != null && resource.moderation().contributedBy(caller.subject())
				&& resource.working().audience() != Audience.PERSONAL
				&& (state == ModerationState.DRAFT || state == ModerationState.REJECTED);
	}

	boolean reviews(Resource resource, Caller caller) {
		return caller.reviewer() && resource.moderation().awaitsReview()
				&& !resource.moderation().contributedBy(caller.subject());
	}

	boolean withdraws(Resource resource, Caller caller) {
		return caller.reviewer() && resource.moderation().isLive();
	}

	boolean restores(Resource resource, Caller caller) {
		return caller.reviewer() && resource.moderation().state() == ModerationState.WITHDRAWN;
	}

	/**
	 * A template's live version is taken into one's own space by the people it is for.
	 */
	boolean copies(Resource resource, Caller caller) {
		return caller.member() && resource.kind() == ResourceKind.TEMPLATE && readsLive(resource, caller);
	}

	boolean setsReviewDate(Resource resource, Caller caller) {
		return caller.reviewer() && resource.working().audience() != Audience.PERSONAL;
	}

	ResourceView.Permissions permissions(Resource resource, Caller caller) {
		boolean edits = edits(resource, caller);
		return new ResourceView.Permissions(edits && !resource.moderation().awaitsReview(),
				caller.subject() != null && deletes(resource, caller), submits(resource, caller),
				reviews(resource, caller), withdraws(resource, caller), restores(resource, caller),
				copies(resource, caller), caller.member() && readsLive(resource, caller),
				setsReviewDate(resource, caller));
	}

	/**
	 * Comments on a copy of an online template: once its owner shared it, by them and
	 * their coach.
	 */
	boolean commentsTool(Resource resource, Caller caller) {
		return resource.fillable() && resource.filled().sharedAt() != null && ownerOrCoach(resource, caller);
	}

	boolean ownerOrCoach(Resource resource, Caller caller) {
		return caller.is(resource.owner()) || coachesOwner(resource, caller);
	}

	private boolean coachesOwner(Resource resource, Caller caller) {
		return caller.coach() && this.people.coaches(caller.subject(), resource.owner());
	}

}
