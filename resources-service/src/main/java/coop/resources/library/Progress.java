package coop.resources.library;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import coop.platform.web.problem.ProblemException;
import coop.resources.people.People;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Training modules followed step by step: a person marks the steps they have done; they
 * and their coach read how far they are in each module. Only a module the person may read
 * exists for them (404 otherwise).
 */
@Service
class Progress {

	private final MongoTemplate mongo;

	private final Resources resources;

	private final ResourceRules rules;

	private final People people;

	private final Clock clock;

	Progress(MongoTemplate mongo, Resources resources, ResourceRules rules, People people, Clock clock) {
		this.mongo = mongo;
		this.resources = resources;
		this.rules = rules;
		this.people = people;
		this.clock = clock;
	}

	ProgressView mine(Caller caller, String resourceId) {
		Resource module = module(caller, resourceId);
		return view(module,
				this.mongo.findById(ModuleProgress.idOf(caller.subject(), module.id()), ModuleProgress.class));
	}

	ProgressView mark(Caller caller, String resourceId, ProgressRequest request) {
		Resource module = module(caller, resourceId);
		int steps = stepsOf(module);
		List<Integer> done = request.done().stream().distinct().sorted().toList();
		if (!done.isEmpty() && done.get(done.size() - 1) >= steps) {
			throw ProblemException.invalid("done", "Étape inconnue : ce module a " + steps + " étape"
					+ ((steps > 1) ? "s" : "") + ", numérotées de 0 à " + (steps - 1) + ".");
		}
		ModuleProgress progress = new ModuleProgress(ModuleProgress.idOf(caller.subject(), module.id()),
				caller.subject(), module.id(), done, this.clock.instant());
		return view(module, this.mongo.save(progress));
	}

	/** The modules a person has started, for them and their coach. */
	List<ProgressView> of(Caller caller, String subject) {
		boolean allowed = caller.is(subject) || (caller.coach() && this.people.coaches(caller.subject(), subject));
		if (!allowed) {
			throw ProblemException.notFound("Cette personne n'existe pas ou vous ne l'accompagnez pas.");
		}
		return this.mongo.find(Query.query(Criteria.where("subject").is(subject)), ModuleProgress.class)
			.stream()
			.map((progress) -> this.resources.findById(progress.resourceId())
				.filter((module) -> isModule(module) && module.liveContent() != null)
				.map((module) -> view(module, progress))
				.orElse(null))
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(ProgressView::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	private Resource module(Caller caller, String resourceId) {
		return this.resources.findById(resourceId)
			.filter((module) -> caller.member() && isModule(module) && this.rules.readsLive(module, caller))
			.orElseThrow(() -> ProblemException
				.notFound("Ce module de formation n'existe pas ou n'est pas visible pour vous."));
	}

	private static int stepsOf(Resource module) {
		List<ModuleStep> steps = module.liveContent().steps();
		return (steps != null) ? steps.size() : 0;
	}

	private static boolean isModule(Resource resource) {
		return resource.kind() == ResourceKind.TRAINING;
	}

	private static ProgressView view(Resource module, ModuleProgress progress) {
		int steps = stepsOf(module);
		List<Integer> done = (progress != null) ? progress.done().stream().filter((step) -> step < steps).toList()
				: List.of();
		return new ProgressView(module.id(), module.slug(), module.liveContent().title(), steps, done,
				(progress != null) ? progress.updatedAt() : null);
	}

}
