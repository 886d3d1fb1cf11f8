package coop.resources.library;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import coop.platform.contracts.members.Member;
import coop.platform.contracts.resources.ToolShared;
import coop.platform.web.problem.FieldProblem;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.resources.people.People;
import coop.platform.messaging.cooperative.CooperativeCopy;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Someone's copies of online templates, their own tools: its owner fills it in (each save
 * names the revision it starts from, so that an older tab never overwrites a newer save),
 * shares it with their coach (who is told by e-mail: {@link ToolShared}), who comments on
 * its sections; both export it as PDF. Who sees a copy is the centre's rule for personal
 * resources: its owner and their coach, nobody else (404).
 */
@Service
class OnlineTools {

	static final ProblemType STALE_ANSWERS = ProblemType.of("stale-answers", HttpStatus.CONFLICT,
			"Réponses modifiées entre-temps");

	private final Resources resources;

	private final ResourceService service;

	private final ResourceRules rules;

	private final People people;

	private final ResourceViews views;

	private final Recipients recipients;

	private final Clock clock;

	private final CooperativeCopy cooperative;

	OnlineTools(Resources resources, ResourceService service, ResourceRules rules, People people, ResourceViews views,
			Recipients recipients, Clock clock, CooperativeCopy cooperative) {
		this.views = views;
		this.recipients = recipients;
		this.cooperative = cooperative;
		this.resources = resources;
		this.service = service;
		this.rules = rules;
		this.people = people;
		this.clock = clock;
	}

	/** Saves every answer at once, from the revision the caller had. */
	ToolView fill(String id, ToolRequests.AnswersRequest request, Caller caller) {
		Resource resource = tool(id, caller);
		if (!caller.is(resource.owner())) {
			throw ProblemException.forbidden("Seule la personne à qui appartient ce document le remplit.");
		}
		FilledForm filled = resource.filled();
		if (request.revision() != filled.revision()) {
			throw new ProblemException(STALE_ANSWERS,
					"Ce document a été enregistré depuis ailleurs (un autre onglet ?) : rechargez la page pour "
							+ "reprendre la dernière version de vos réponses.");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, String> answers = TemplateForms.answers(resource.working().form(), request.answers(), problems);
		if (!problems.isEmpty()) {
			throw new ProblemException(ProblemType.VALIDATION, "Certaines réponses sont à corriger.", problems);
		}
		resource.fill(filled.withAnswers(answers, this.clock.instant()));
		return view(this.resources.save(resource), caller);
	}

	/** Its owner lets their coach read it and comment on it. */
	ToolView share(String id, Caller caller) {
		Resource resource = tool(id, caller);
		if (!caller.is(resource.owner())) {
			throw ProblemException.forbidden("Seule la personne à qui appartient ce document le partage.");
		}
		Optional<String> coach = this.people.coachOf(resource.owner());
		if (coach.isEmpty()) {
			throw new ProblemException(ProblemType.CONFLICT,
					"Vous n'avez pas encore d'accompagnateur : l'équipe vous en attribue un à votre arrivée.");
		}
		Instant now = this.clock.instant();
		boolean first = resource.filled().sharedAt() == null;
		resource.fill(resource.filled().shared(now));
		// the coach is told once, in the same write as the sharing; sharing again changes
		// nothing
		Optional<Member> sharedWith = this.recipients.member(coach.get());
		if (first && sharedWith.isPresent()) {
			resource.tell(new ToolShared(resource.id(), resource.working().title(), this.recipients.author(resource),
					sharedWith.get(), this.service.pageUrl(resource)), now);
		}
		return view(this.resources.save(resource), caller);
	}

	/** A comment on one section of a shared copy, by the owner's coach or its owner. */
	ToolView comment(String id, ToolRequests.SectionCommentRequest request, Caller caller) {
		Resource resource = tool(id, caller);
		if (!this.rules.commentsTool(resource, caller)) {
			throw ProblemException
				.forbidden("Les commentaires s'ouvrent quand le document est partagé avec l'accompagnateur.");
		}
		if (!resource.working().form().hasSection(request.section())) {
			throw ProblemException.invalid("section", "Cette partie n'est pas dans le document.");
		}
		String text = request.text().strip();
		FilledForm.SectionComment comment = new FilledForm.SectionComment(UUID.randomUUID().toString(),
				request.section(), caller.subject(), caller.name(), !caller.is(resource.owner()), this.clock.instant(),
				text);
		resource.fill(resource.filled().withComment(comment));
		return view(this.resources.save(resource), caller);
	}

	/** The copy as a PDF: each section, its questions and answers, its comments. */
	Exported pdf(String id, Caller caller) {
		Resource resource = tool(id, caller);
		return new Exported(resource.slug() + ".pdf",
				ToolPdf.of(this.cooperative.current(), resource, this.clock.instant()));
	}

	record Exported(String fileName, byte[] bytes) {
	}

	/** The copy of an online template the caller sees, else 404. */
	Resource tool(String id, Caller caller) {
		Resource resource = this.service.visible(id, caller);
		if (!resource.fillable() || !this.rules.readsWorking(resource, caller)) {
			throw ResourceRules.notFound();
		}
		return resource;
	}

	private ToolView view(Resource resource, Caller caller) {
		return this.views.tool(resource, caller);
	}

}
