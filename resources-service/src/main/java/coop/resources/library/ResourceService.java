package coop.resources.library;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import coop.platform.files.CheckedUploads;
import coop.platform.files.FilePolicy;
import coop.platform.files.FilesProperties;
import coop.platform.files.StoredFile;
import coop.platform.moderation.Moderation;
import coop.platform.web.problem.FieldProblem;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.platform.contracts.resources.ResourceRejected;
import coop.platform.contracts.resources.ResourceSubmitted;
import coop.platform.contracts.resources.ResourceValidated;
import coop.platform.contracts.resources.ResourceWithdrawn;
import coop.resources.ResourcesProperties;
import coop.resources.people.People;
import coop.resources.search.IndexSource;
import coop.resources.search.SearchDocument;
import coop.resources.search.SearchIndexing;
import coop.resources.search.SearchKind;
import coop.resources.search.Status;
import coop.resources.search.Visibility;
import coop.resources.search.filetext.FileTexts;
import coop.resources.text.Markdown;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Every change to the centre's resources: written by their authors, decided on by
 * reviewers through the one moderation model, saved in one write with its audit trail,
 * then queued for the index. This is also the index's source of resources: a reindex or a
 * refresh rebuilds their documents from here.
 */
@Service
public class ResourceService implements IndexSource {

	/** Most files one version of a resource holds. */
	static final int MAX_FILES = 20;

	static final ProblemType TOO_MANY_FILES = ProblemType.of("too-many-files", HttpStatus.CONFLICT, "Trop de fichiers");

	private final Resources resources;

	private final SearchIndexing indexing;

	private final ResourcesProperties properties;

	private final ResourceRules rules;

	private final People people;

	private final CheckedUploads uploads;

	private final FilePolicy policy;

	private final FileTexts fileTexts;

	private final Recipients recipients;

	private final Clock clock;

	ResourceService(Resources resources, SearchIndexing indexing, ResourcesProperties properties, ResourceRules rules,
			People people, CheckedUploads uploads, FilesProperties files, FileTexts fileTexts, Recipients recipients,
			Clock clock) {
		this.recipients = recipients;
		this.resources = resources;
		this.indexing = indexing;
		this.properties = properties;
		this.rules = rules;
		this.people = people;
		this.uploads = uploads;
		this.policy = FilePolicy.documentsAndMedia(files);
		this.fileTexts = fileTexts;
		this.clock = clock;
	}

	/** A new draft of the caller's. */
	Resource create(ResourceRequest request, Caller caller) {
		ResourceContent content = checked(request, caller, null);
		Instant now = this.clock.instant();
		Resource resource = new Resource(freeSlug(request.title()), request.kind(), caller.name(), caller.email(),
				content, Moderation.create(caller.actor(), now), null, now);
		return saveNew(resource);
	}

	/** A new working version; a published one stays live meanwhile. */
	Resource edit(String id, ResourceRequest request, Caller caller) {
		Resource resource = editable(id, caller);
		ResourceContent words = checked(request, caller, resource);
		Instant now = this.clock.instant();
		Moderation next = resource.moderation().edit(caller.actor(), now);
		return save(resource, (r) -> r.change(next, resource.working().rewritten(words), request.kind(), now));
	}

	void delete(String id, Caller caller) {
		Resource resource = visible(id, caller);
		if (!this.rules.deletes(resource, caller)) {
			throw ProblemException.forbidden(
					"Seule l'équipe supprime une ressource déjà publiée ; son auteur peut supprimer un brouillon.");
		}
		this.resources.delete(resource);
		resource.fileIds().forEach(this::deleteFile);
		this.indexing.removed(SearchKind.RESOURCE, resource.id());
	}

	/**
	 * Stores a file sent as the request's body and adds it to the working version. The
	 * caller's right is checked before a byte is read; a refused or interrupted upload
	 * leaves nothing stored.
	 */
	ResourceFile addFile(String id, String name, HttpServletRequest request, Caller caller) {
		Resource resource = editable(id, caller);
		// a version under review cannot change: refused (409) before a byte is read
		resource.moderation().edit(caller.actor(), this.clock.instant());
		if (resource.working().files().size() >= MAX_FILES) {
			throw new ProblemException(TOO_MANY_FILES,
					"Une ressource compte au plus " + MAX_FILES + " fichiers : retirez-en un avant d'en ajouter.");
		}
		StoredFile stored = this.uploads.store(request, name, this.policy,
				Map.of("resource", resource.id(), "owner", caller.subject()));
		Instant now = this.clock.instant();
		ResourceFile file = new ResourceFile(stored.id(), stored.name(), stored.mediaType(), stored.size(),
				stored.thumbnailId(), now);
		try {
			Resource current = editable(id, caller);
			Moderation next = current.moderation().edit(caller.actor(), now);
			save(current, (r) -> r.change(next, current.working().withFile(file), current.kind(), now));
		}
		catch (RuntimeException ex) {
			this.uploads.delete(stored.id());
			throw ex;
		}
		this.fileTexts.request(file.id(), file.name(), SearchKind.RESOURCE, id);
		return file;
	}

	Resource removeFile(String id, String fileId, Caller caller) {
		Resource resource = editable(id, caller);
		if (!resource.working().hasFile(fileId)) {
			throw ProblemException.notFound("Ce fichier n'est pas dans cette ressource.");
		}
		Instant now = this.clock.instant();
		Moderation next = resource.moderation().edit(caller.actor(), now);
		return save(resource, (r) -> r.change(next, resource.working().withoutFile(fileId), resource.kind(), now));
	}

	Resource submit(String id, Caller caller) {
		Resource resource = visible(id, caller);
		if (resource.working().audience() == Audience.PERSONAL) {
			throw ProblemException.invalid("audience",
					"Une ressource personnelle n'est vue que de vous et de votre accompagnateur : choisissez d'abord "
							+ "à qui elle s'adresse pour la proposer au centre.");
		}
		if (!resource.moderation().contributedBy(caller.subject())) {
			throw ProblemException.forbidden("Seuls les auteurs d'une ressource la proposent à la validation.");
		}
		Instant now = this.clock.instant();
		Moderation next = resource.moderation().submit(caller.actor(), now);
		ResourceSubmitted submitted = new ResourceSubmitted(resource.id(), resource.working().title(),
				this.recipients.author(resource), this.recipients.reviewers(resource), resource.moderation().isLive(),
				pageUrl(resource));
		return save(resource, (r) -> {
			r.moderate(next, now);
			r.proposeAnswers();
			r.tell(submitted, now);
		});
	}

	Resource validate(String id, Caller caller) {
		Resource resource = reviewerOf(id, caller);
		Instant now = this.clock.instant();
		Moderation next = resource.moderation().validate(caller.actor(), now);
		ResourceValidated validated = new ResourceValidated(resource.id(), resource.working().title(),
				this.recipients.author(resource), caller.name(), resource.moderation().publishedVersion() == null,
				pageUrl(resource));
		return save(resource, (r) -> {
			r.moderate(next, now);
			r.publishWorking();
			r.tell(validated, now);
		});
	}

	Resource reject(String id, String reason, Caller caller) {
		Resource resource = reviewerOf(id, caller);
		Instant now = this.clock.instant();
		Moderation next = resource.moderation().reject(caller.actor(), reason, now);
		ResourceRejected rejected = new ResourceRejected(resource.id(), resource.working().title(),
				this.recipients.author(resource), caller.name(), next.reason(), pageUrl(resource));
		return save(resource, (r) -> {
			r.moderate(next, now);
			r.tell(rejected, now);
		});
	}

	Resource withdraw(String id, String reason, Caller caller) {
		Resource resource = reviewerOf(id, caller);
		Instant now = this.clock.instant();
		Moderation next = resource.moderation().withdraw(caller.actor(), reason, now);
		ResourceWithdrawn withdrawn = new ResourceWithdrawn(resource.id(), resource.liveContent().title(),
				this.recipients.author(resource), caller.name(), next.reason(), pageUrl(resource));
		return save(resource, (r) -> {
			r.moderate(next, now);
			r.tell(withdrawn, now);
		});
	}

	Resource restore(String id, Caller caller) {
		Resource resource = reviewerOf(id, caller);
		Instant now = this.clock.instant();
		Moderation next = resource.moderation().restore(caller.actor(), now);
		return save(resource, (r) -> r.moderate(next, now));
	}

	Resource reviewAgainBy(String id, LocalDate date, Caller caller) {
		Resource resource = reviewerOf(id, caller);
		if (date != null && date.isBefore(LocalDate.now(this.clock))) {
			throw ProblemException.invalid("reviewBy", "Choisissez une date à venir.");
		}
		Instant now = this.clock.instant();
		Moderation next = resource.moderation().reviewAgainBy(date, caller.actor(), now);
		return save(resource, (r) -> r.moderate(next, now));
	}

	/**
	 * A copy of a template's live version, files included, into the caller's own tools:
	 * personal, a draft only they and their coach see.
	 */
	Resource copy(String id, Caller caller) {
		Resource template = visible(id, caller);
		if (!this.rules.copies(template, caller)) {
			throw ProblemException.forbidden("Seuls les modèles publiés se copient dans vos outils.");
		}
		ResourceContent live = template.liveContent();
		Instant now = this.clock.instant();
		List<ResourceFile> copies = new ArrayList<>();
		try {
			for (ResourceFile file : live.files()) {
				StoredFile copy = this.uploads.copy(file.id(), Map.of("owner", caller.subject()));
				copies.add(new ResourceFile(copy.id(), copy.name(), copy.mediaType(), copy.size(), copy.thumbnailId(),
						now));
			}
			ResourceContent mine = new ResourceContent(live.title(), live.summary(), live.body(), live.themes(),
					live.sectors(), Audience.PERSONAL, live.url(), copies, live.steps(), live.correction(), live.form(),
					null);
			Resource resource = new Resource(freeSlug(live.title()), template.kind(), caller.name(), caller.email(),
					mine, Moderation.create(caller.actor(), now), template.slug(), now);
			if (mine.online()) {
				resource.fill(FilledForm.empty());
			}
			Resource saved = saveNew(resource);
			copies.forEach((file) -> this.fileTexts.request(file.id(), file.name(), SearchKind.RESOURCE, saved.id()));
			return saved;
		}
		catch (RuntimeException ex) {
			copies.forEach((file) -> this.uploads.delete(file.id()));
			throw ex;
		}
	}

	/**
	 * Saves a resource the demo data made, already through its moderation, and queues it
	 * for the index.
	 */
	public Resource publish(Resource resource) {
		Resource saved = saveNew(resource);
		saved.allFiles()
			.forEach((file) -> this.fileTexts.request(file.id(), file.name(), SearchKind.RESOURCE, saved.id()));
		return saved;
	}

	/**
	 * Someone's coach changed: their personal resources are indexed again for the new
	 * one.
	 */
	void ownerChanged(String subject) {
		this.resources.findByModerationOwner(subject)
			.forEach((resource) -> this.indexing.changed(toDocument(resource)));
	}

	// --- the index's source ---

	@Override
	public SearchKind kind() {
		return SearchKind.RESOURCE;
	}

	@Override
	public Stream<SearchDocument> all() {
		return this.resources.findAll().stream().map(this::toDocument);
	}

	@Override
	public long count() {
		return this.resources.count();
	}

	@Override
	public Optional<SearchDocument> find(String sourceId) {
		return this.resources.findById(sourceId).map(this::toDocument);
	}

	/**
	 * What the index holds of a resource: its live version for readers; otherwise its
	 * working version, found by its owner only (a personal one also by the owner's
	 * coach).
	 */
	SearchDocument toDocument(Resource resource) {
		ResourceContent content = resource.shownContent();
		Moderation moderation = resource.moderation();
		Status status;
		Visibility visibility = content.audience().visibility();
		if (resource.liveContent() != null || content.audience() == Audience.PERSONAL) {
			status = Status.PUBLISHED;
		}
		else {
			status = switch (moderation.state()) {
				case DRAFT -> Status.DRAFT;
				case SUBMITTED -> Status.PENDING;
				case REJECTED -> Status.REJECTED;
				case WITHDRAWN -> Status.WITHDRAWN;
				case VALIDATED -> Status.PUBLISHED;
			};
		}
		List<String> coaches = this.people.coachOf(resource.owner()).map(List::of).orElse(List.of());
		String path = (visibility == Visibility.PUBLIC && status == Status.PUBLISHED) ? "/ressources/"
				: "/intranet/ressources/";
		SearchDocument.Builder document = SearchDocument
			.builder(SearchKind.RESOURCE, resource.id(),
					SearchDocument.Access.of(visibility, status).ownedBy(resource.owner(), coaches))
			.title(content.title())
			.summary(content.summary())
			.body(searchableBody(content))
			.extra(answersText(content))
			.themes(content.themes().stream().map(Theme::label).toList())
			.sectors(content.sectors().stream().map(Sector::label).toList())
			.tags(List.of(resource.kind().label()))
			.author(resource.ownerName())
			.url(this.properties.publicUrl() + path + resource.slug())
			.date((moderation.isLive() && moderation.publishedAt() != null) ? moderation.publishedAt()
					: resource.updatedAt())
			.changedAt(resource.updatedAt());
		content.files().forEach((file) -> document.file(file.id(), file.name()));
		return document.build();
	}

	/** A filled copy proposed to the centre: each question answered, with its answer. */
	private static String answersText(ResourceContent content) {
		if (content.answers() == null || content.answers().isEmpty() || content.form() == null) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		content.form()
			.sections()
			.forEach((section) -> section.questions()
				.stream()
				.filter((question) -> content.answers().containsKey(question.key()))
				.forEach((question) -> text.append(question.label())
					.append("\n")
					.append(content.answers().get(question.key()))
					.append("\n\n")));
		return text.toString().strip();
	}

	private static String searchableBody(ResourceContent content) {
		StringBuilder text = new StringBuilder((content.body() != null) ? content.body() : "");
		content.steps()
			.forEach((step) -> text.append("\n\n")
				.append(step.title())
				.append("\n")
				.append((step.body() != null) ? step.body() : ""));
		return text.toString();
	}

	// --- helpers ---

	/** The resource if the caller sees it, else 404. */
	Resource visible(String id, Caller caller) {
		Resource resource = this.resources.findById(id).orElseThrow(ResourceRules::notFound);
		if (!this.rules.reads(resource, caller)) {
			throw ResourceRules.notFound();
		}
		return resource;
	}

	private Resource editable(String id, Caller caller) {
		Resource resource = visible(id, caller);
		if (!this.rules.edits(resource, caller)) {
			throw ProblemException.forbidden(
					"Seuls ses auteurs modifient cette ressource (les accompagnateurs et l'équipe, une fois publiée).");
		}
		return resource;
	}

	private Resource reviewerOf(String id, Caller caller) {
		Resource resource = visible(id, caller);
		if (!caller.reviewer() || resource.working().audience() == Audience.PERSONAL) {
			throw ProblemException
				.forbidden("Seuls les accompagnateurs et l'équipe décident des ressources du centre.");
		}
		return resource;
	}

	/**
	 * The words of a request, checked: Markdown without code, a link's address, the
	 * audience the caller may choose.
	 */
	private ResourceContent checked(ResourceRequest request, Caller caller, Resource existing) {
		List<FieldProblem> problems = new ArrayList<>();
		Markdown.problem(request.body()).ifPresent((message) -> problems.add(new FieldProblem("body", message)));
		Markdown.problem(request.correction())
			.ifPresent((message) -> problems.add(new FieldProblem("correction", message)));
		List<ModuleStep> steps = new ArrayList<>();
		if (request.steps() != null) {
			for (int i = 0; i < request.steps().size(); i++) {
				ResourceRequest.StepRequest step = request.steps().get(i);
				int index = i;
				Markdown.problem(step.body())
					.ifPresent((message) -> problems.add(new FieldProblem("steps[" + index + "].body", message)));
				steps.add(new ModuleStep(step.title().strip(), blankToNull(step.body()),
						blankToNull(step.resourceSlug())));
			}
		}
		String url = blankToNull(request.url());
		if (request.kind() == ResourceKind.LINK && url == null) {
			problems.add(new FieldProblem("url", "Indiquez l'adresse du site (https://…)."));
		}
		if (url != null && !webAddress(url)) {
			problems
				.add(new FieldProblem("url", "Indiquez une adresse web complète, commençant par https:// ou http://."));
		}
		if (request.audience() == Audience.COACHES && !caller.reviewer()) {
			problems.add(new FieldProblem("audience",
					"Le kit de formation des accompagnateurs est réservé aux accompagnateurs et à l'équipe."));
		}
		if (request.audience() == Audience.PERSONAL && existing != null
				&& existing.moderation().publishedVersion() != null) {
			problems.add(new FieldProblem("audience",
					"Une ressource déjà publiée dans le centre ne redevient pas personnelle."));
		}
		TemplateForm form = null;
		if (request.form() != null) {
			if (request.kind() != ResourceKind.TEMPLATE) {
				problems.add(new FieldProblem("form",
						"Seul un outil ou modèle a des parties et des questions à remplir en ligne."));
			}
			else {
				form = TemplateForms.checked(request.form(), problems);
			}
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(ProblemType.VALIDATION, "Certaines informations sont à corriger.", problems);
		}
		return new ResourceContent(request.title().strip(), blankToNull(request.summary()), request.body(),
				distinct(request.themes()), distinct(request.sectors()), request.audience(), url, List.of(), steps,
				blankToNull(request.correction()), form, null);
	}

	private static boolean webAddress(String url) {
		try {
			URI uri = new URI(url);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private static <T> List<T> distinct(List<T> values) {
		return (values != null) ? values.stream().distinct().toList() : List.of();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** Where people of the cooperative read a resource and act on it. */
	String pageUrl(Resource resource) {
		return this.properties.publicUrl() + "/intranet/ressources/" + resource.slug();
	}

	private String freeSlug(String title) {
		String base = Slugs.of(title);
		String slug = base;
		for (int n = 2; this.resources.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private Resource saveNew(Resource resource) {
		Resource saved;
		try {
			saved = this.resources.save(resource);
		}
		catch (DuplicateKeyException ex) {
			throw new ProblemException(ProblemType.CONFLICT,
					"Une ressource du même titre vient d'être créée : enregistrez à nouveau.");
		}
		this.indexing.changed(toDocument(saved));
		return saved;
	}

	/**
	 * Applies a change and saves it (optimistic locking: a concurrent change answers
	 * 409), then deletes the files neither version refers to any more and queues the
	 * index.
	 */
	private Resource save(Resource resource, Consumer<Resource> change) {
		Set<String> before = new HashSet<>(resource.fileIds());
		change.accept(resource);
		Resource saved = this.resources.save(resource);
		before.removeAll(saved.fileIds());
		before.forEach(this::deleteFile);
		this.indexing.changed(toDocument(saved));
		return saved;
	}

	private void deleteFile(String fileId) {
		this.uploads.delete(fileId);
		this.fileTexts.forget(fileId);
	}

}
