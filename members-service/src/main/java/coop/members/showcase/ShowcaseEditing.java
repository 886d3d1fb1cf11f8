package coop.members.showcase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import coop.members.MembersProperties;
import coop.members.antenna.Antenna;
import coop.members.people.People;
import coop.members.text.PlainTextCheck;
import coop.members.people.PersonAssigned;
import coop.members.people.Person;
import coop.members.people.PersonRole;
import coop.members.showcase.Showcase.ShowcaseImage;
import coop.members.showcase.ShowcaseContent.Picture;
import coop.members.showcase.ShowcaseRequests.PictureInput;
import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.ShowcaseRejected;
import coop.platform.contracts.members.ShowcaseSubmitted;
import coop.platform.contracts.members.ShowcaseValidated;
import coop.platform.contracts.members.ShowcaseWithdrawn;
import coop.platform.files.CheckedUploads;
import coop.platform.files.FilePolicy;
import coop.platform.files.ResponsiveImages;
import coop.platform.files.StoredFile;
import coop.platform.moderation.Actor;
import coop.platform.moderation.Moderation;
import coop.platform.moderation.ModerationEntry;
import coop.platform.moderation.ModerationState;
import coop.platform.web.problem.FieldProblem;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.platform.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Writing and reviewing showcases. The entrepreneur edits the working version (text,
 * pictures, logo) and submits it; their coach (or staff of their antenna) validates it,
 * which puts it online, or rejects it with a reason; the published version stays online
 * meanwhile. The entrepreneur may take their showcase offline; a reviewer may withdraw
 * it. Each step saves the showcase and the message telling of it in one write.
 */
@Service
public class ShowcaseEditing {

	/** Largest picture accepted (before it is resized). */
	static final DataSize MAX_IMAGE_SIZE = DataSize.ofMegabytes(10);

	/** Images one showcase keeps: both versions full, plus their logos. */
	static final int MAX_LIBRARY = 2 * (Showcase.MAX_PAGES * Showcase.MAX_IMAGES_PER_PAGE + 1);

	private static final FilePolicy IMAGES = FilePolicy.imagesOnly(MAX_IMAGE_SIZE);

	private static final Actor ACCOUNTS = new Actor("coop-accounts", "Compte désactivé");

	private final Showcases showcases;

	private final People people;

	private final ShowcaseViews views;

	private final ShowcaseService reading;

	private final CheckedUploads uploads;

	private final ResponsiveImages responsive;

	private final MembersProperties properties;

	private final Clock clock;

	ShowcaseEditing(Showcases showcases, People people, ShowcaseViews views, ShowcaseService reading,
			CheckedUploads uploads, ResponsiveImages responsive, MembersProperties properties, Clock clock) {
		this.showcases = showcases;
		this.people = people;
		this.views = views;
		this.reading = reading;
		this.uploads = uploads;
		this.responsive = responsive;
		this.properties = properties;
		this.clock = clock;
	}

	/** How the caller relates to a showcase. */
	private enum Relation {

		OWNER, REVIEWER

	}

	private record Access(CurrentUser user, Showcase showcase, Person owner, Relation relation) {
	}

	// ---- the entrepreneur

	public ShowcaseDraft mine(CurrentUser user) {
		Person owner = entrepreneur(user);
		Showcase showcase = this.showcases.findFirstByOwnerSubject(owner.subject())
			.orElseThrow(() -> ProblemException.notFound("Vous n'avez pas encore de vitrine : écrivez-la."));
		return draft(new Access(user, showcase, owner, Relation.OWNER));
	}

	/** Creates the showcase or changes its working version. */
	public ShowcaseDraft save(CurrentUser user, ShowcaseRequests.ShowcaseInput input) {
		Person owner = entrepreneur(user);
		Instant now = this.clock.instant();
		Actor actor = actor(user);
		Showcase showcase = this.showcases.findFirstByOwnerSubject(owner.subject()).orElse(null);
		ShowcaseContent content = content(input, showcase);
		if (showcase == null) {
			String slug = freeSlug(Slugs.of(content.businessName(), "entrepreneur"), null);
			showcase = new Showcase(UUID.randomUUID().toString(), slug, owner.subject(), owner.fullName(),
					owner.antenna(), content, Moderation.create(actor, owner.subject(), now));
		}
		else {
			showcase.moderation(showcase.moderation().edit(actor, now));
			showcase.working(content);
			showcase.owner(owner.fullName(), owner.antenna());
		}
		return saveAndDraft(showcase, owner, user);
	}

	public ShowcaseDraft submit(CurrentUser user) {
		Access access = owned(user);
		Showcase showcase = access.showcase();
		List<FieldProblem> missing = missing(showcase.working()).stream()
			.map((m) -> new FieldProblem(m.field(), m.message()))
			.toList();
		if (!missing.isEmpty()) {
			throw new ProblemException(ProblemType.VALIDATION,
					"Votre vitrine n'est pas encore prête : complétez ce qui est indiqué.", missing);
		}
		Instant now = this.clock.instant();
		Actor actor = actor(user);
		Moderation moderation = showcase.moderation();
		if (moderation.state() == ModerationState.WITHDRAWN) {
			moderation = moderation.edit(actor, now);
		}
		showcase.moderation(moderation.submit(actor, now));
		showcase.record(new ShowcaseSubmitted(showcase.id(), showcase.working().businessName(), member(access.owner()),
				reviewers(access.owner()), showcase.moderation().isLive(),
				this.properties.publicUrl() + "/intranet/vitrines/" + showcase.id()), now);
		return saveAndDraft(showcase, access.owner(), user);
	}

	/**
	 * The entrepreneur takes their showcase offline; submitting it again brings it back.
	 */
	public ShowcaseDraft unpublish(CurrentUser user) {
		Access access = owned(user);
		takeOffline(access.showcase(), actor(user), "Retirée du site par l'entrepreneur.");
		return saveAndDraft(access.showcase(), access.owner(), user);
	}

	/**
	 * A picture for one page's gallery, its alternative text to be written if not given.
	 */
	public ShowcaseDraft addImage(CurrentUser user, int pageIndex, String name, String alt,
			HttpServletRequest request) {
		Access access = owned(user);
		Showcase showcase = access.showcase();
		ShowcaseContent working = showcase.working();
		if (pageIndex < 0 || pageIndex >= working.pages().size()) {
			throw ProblemException.invalid("page", "Cette page n'existe pas : enregistrez d'abord la page.");
		}
		ShowcaseContent.Page page = working.pages().get(pageIndex);
		if (page.images().size() >= Showcase.MAX_IMAGES_PER_PAGE) {
			throw ProblemException.invalid("images",
					Showcase.MAX_IMAGES_PER_PAGE + " photos au plus par page : retirez-en une avant d'en ajouter.");
		}
		String text = (alt != null && !alt.isBlank()) ? alt.strip() : null;
		if (text != null && (text.length() > 200 || !PlainTextCheck.isPlain(text))) {
			throw ProblemException.invalid("alt", "Une description en texte simple, 200 caractères au plus.");
		}
		Instant now = this.clock.instant();
		Moderation edited = showcase.moderation().edit(actor(user), now);
		ShowcaseImage image = upload(showcase, name, request, now);
		List<Picture> pictures = new ArrayList<>(page.images());
		pictures.add(new Picture(image.id(), text));
		showcase.working(working.withPage(pageIndex, page.withImages(pictures)));
		showcase.moderation(edited);
		return saveOrForget(showcase, image, access.owner(), user);
	}

	public ShowcaseDraft setLogo(CurrentUser user, String name, HttpServletRequest request) {
		Access access = owned(user);
		Showcase showcase = access.showcase();
		Instant now = this.clock.instant();
		Moderation edited = showcase.moderation().edit(actor(user), now);
		ShowcaseImage image = upload(showcase, name, request, now);
		showcase.working(
				showcase.working().withLogo(new Picture(image.id(), "Logo de " + showcase.working().businessName())));
		showcase.moderation(edited);
		return saveOrForget(showcase, image, access.owner(), user);
	}

	public ShowcaseDraft removeLogo(CurrentUser user) {
		Access access = owned(user);
		Showcase showcase = access.showcase();
		if (showcase.working().logo() == null) {
			throw ProblemException.notFound("Votre vitrine n'a pas de logo.");
		}
		showcase.moderation(showcase.moderation().edit(actor(user), this.clock.instant()));
		showcase.working(showcase.working().withLogo(null));
		return saveAndDraft(showcase, access.owner(), user);
	}

	// ---- reviewers

	/** Showcases waiting for the caller's decision, oldest first. */
	public List<ShowcaseReviewItem> reviews(CurrentUser user) {
		return this.showcases.findByModerationState(ModerationState.SUBMITTED)
			.stream()
			.filter((showcase) -> this.people.findBySubject(showcase.ownerSubject())
				.filter((owner) -> reviews(user, owner))
				.isPresent())
			.map((s) -> new ShowcaseReviewItem(s.id(), s.working().businessName(), s.displayName(),
					s.working().sector().label(), s.moderation().version(), s.moderation().isLive(),
					s.moderation().lastStep().at()))
			.sorted(java.util.Comparator.comparing(ShowcaseReviewItem::submittedAt))
			.toList();
	}

	public ShowcaseDraft read(CurrentUser user, String id) {
		return draft(access(user, id));
	}

	public ShowcaseDraft validate(CurrentUser user, String id) {
		Access access = reviewer(user, id);
		Showcase showcase = access.showcase();
		Instant now = this.clock.instant();
		Moderation before = showcase.moderation();
		boolean wasOnline = before.isLive();
		boolean firstPublication = showcase.live() == null;
		String oldSlug = showcase.slug();
		showcase.moderation(before.validate(actor(user), now));
		showcase.goLive(now);
		String wanted = Slugs.of(showcase.live().businessName(), "entrepreneur");
		if (!oldSlug.equals(wanted) && !oldSlug.matches(java.util.regex.Pattern.quote(wanted) + "-\\d+")) {
			showcase.moveTo(freeSlug(wanted, showcase.id()), !firstPublication);
			if (wasOnline) {
				showcase.record(new ShowcaseWithdrawn(oldSlug), now);
			}
		}
		showcase.record(ShowcaseService.published(showcase, this.properties.publicUrl()), now);
		showcase.record(new ShowcaseValidated(showcase.id(), showcase.live().businessName(), member(access.owner()),
				actor(user).name(), firstPublication, ShowcaseService.pageUrl(showcase, this.properties.publicUrl())),
				now);
		return saveAndDraft(showcase, access.owner(), user);
	}

	public ShowcaseDraft reject(CurrentUser user, String id, String reason) {
		Access access = reviewer(user, id);
		Showcase showcase = access.showcase();
		Instant now = this.clock.instant();
		showcase.moderation(showcase.moderation().reject(actor(user), reason, now));
		showcase.record(new ShowcaseRejected(showcase.id(), showcase.working().businessName(), member(access.owner()),
				actor(user).name(), showcase.moderation().reason(),
				this.properties.publicUrl() + "/intranet/ma-vitrine"), now);
		return saveAndDraft(showcase, access.owner(), user);
	}

	/** A reviewer takes a showcase offline, with a reason shown to the entrepreneur. */
	public ShowcaseDraft withdraw(CurrentUser user, String id, String reason) {
		Access access = reviewer(user, id);
		takeOffline(access.showcase(), actor(user), reason);
		return saveAndDraft(access.showcase(), access.owner(), user);
	}

	/** A picture of either version, for the preview and the review. */
	public ResponseEntity<Resource> previewImage(CurrentUser user, String id, String imageId, String file) {
		Access access = access(user, id);
		return this.reading.image(access.showcase(), imageId, file, CacheControl.noCache().cachePrivate());
	}

	// ---- accounts

	/** A deactivated account's showcase leaves the site; harmless to repeat. */
	public void accountDeactivated(String subject) {
		this.showcases.findFirstByOwnerSubject(subject).ifPresent((showcase) -> {
			if (showcase.moderation().isLive()) {
				takeOffline(showcase, ACCOUNTS, "Le compte de l'entrepreneur a été désactivé.");
				this.showcases.save(showcase);
			}
		});
	}

	// ---- inside

	private void takeOffline(Showcase showcase, Actor actor, String reason) {
		Instant now = this.clock.instant();
		showcase.moderation(showcase.moderation().withdraw(actor, reason, now));
		showcase.offline(now);
		showcase.record(new ShowcaseWithdrawn(showcase.slug()), now);
	}

	private ShowcaseImage upload(Showcase showcase, String name, HttpServletRequest request, Instant now) {
		if (showcase.images().size() >= MAX_LIBRARY) {
			throw ProblemException.invalid("images",
					"Votre vitrine a déjà trop de photos : retirez-en avant d'en ajouter.");
		}
		if (name == null || name.isBlank()) {
			throw ProblemException.invalid("name", "Indiquez le nom du fichier.");
		}
		Map<String, Object> metadata = Map.of("showcase", showcase.id(), "owner", showcase.ownerSubject());
		StoredFile stored = this.uploads.store(request, name, IMAGES, metadata);
		ResponsiveImages.ImageSet set = this.responsive.derive(stored, ResponsiveImages.WIDTHS, metadata);
		ShowcaseImage image = new ShowcaseImage(UUID.randomUUID().toString(), set, now);
		showcase.addImage(image);
		return image;
	}

	/** Saves; when the save fails (a concurrent change), the new picture's files go. */
	private ShowcaseDraft saveOrForget(Showcase showcase, ShowcaseImage image, Person owner, CurrentUser user) {
		try {
			return saveAndDraft(showcase, owner, user);
		}
		catch (RuntimeException ex) {
			this.responsive.delete(image.set());
			throw ex;
		}
	}

	private ShowcaseDraft saveAndDraft(Showcase showcase, Person owner, CurrentUser user) {
		List<ShowcaseImage> unused = showcase.dropUnusedImages();
		Showcase saved = this.showcases.save(showcase);
		unused.forEach((image) -> this.responsive.delete(image.set()));
		Relation relation = owner.subject().equals(user.subject()) ? Relation.OWNER : Relation.REVIEWER;
		return draft(new Access(user, saved, owner, relation));
	}

	private ShowcaseContent content(ShowcaseRequests.ShowcaseInput input, Showcase existing) {
		List<FieldProblem> errors = new ArrayList<>();
		if (input.pages().size() > 1 && !input.sector().makesProducts()) {
			errors.add(new FieldProblem("pages",
					"Une seule page pour ce secteur : trois pages sont réservées aux artisans et commerçants qui présentent des produits."));
		}
		Set<String> known = new HashSet<>();
		if (existing != null) {
			existing.images().forEach((image) -> known.add(image.id()));
		}
		Picture logo = picture(input.logo(), known, "logo", errors);
		List<ShowcaseContent.Page> pages = new ArrayList<>();
		Set<String> pageSlugs = new HashSet<>();
		for (int i = 0; i < input.pages().size(); i++) {
			ShowcaseRequests.PageInput page = input.pages().get(i);
			String base = Slugs.of(page.title(), "page");
			String slug = base;
			for (int n = 2; !pageSlugs.add(slug); n++) {
				slug = base + "-" + n;
			}
			List<Picture> pictures = new ArrayList<>();
			List<PictureInput> images = (page.images() != null) ? page.images() : List.of();
			for (int j = 0; j < images.size(); j++) {
				Picture picture = picture(images.get(j), known, "pages[" + i + "].images[" + j + "].imageId", errors);
				if (picture != null) {
					pictures.add(picture);
				}
			}
			List<ShowcaseContent.Offer> offers = (page.offers() != null) ? page.offers()
				.stream()
				.map((offer) -> new ShowcaseContent.Offer(offer.name().strip(), blankToNull(offer.description()),
						ShowcaseViews.price(offer.price()), blankToNull(offer.unit())))
				.toList() : List.of();
			pages.add(new ShowcaseContent.Page(slug, page.title().strip(), blankToNull(page.body()), offers, pictures));
		}
		if (!errors.isEmpty()) {
			throw new ProblemException(ProblemType.VALIDATION, "Certaines informations sont à corriger.", errors);
		}
		List<String> towns = (input.townsServed() != null)
				? input.townsServed().stream().map(String::strip).distinct().toList() : List.of();
		List<ShowcaseContent.Link> links = (input.links() != null) ? input.links()
			.stream()
			.map((link) -> new ShowcaseContent.Link(link.kind(), link.label().strip(), link.url().strip()))
			.toList() : List.of();
		return new ShowcaseContent(input.businessName().strip(), blankToNull(input.tagline()), input.sector(),
				input.town().strip(), towns, blankToNull(input.website()), links, blankToNull(input.contactEmail()),
				blankToNull(input.phone()), input.contactForm(), logo, pages);
	}

	private static Picture picture(PictureInput input, Set<String> known, String field, List<FieldProblem> errors) {
		if (input == null) {
			return null;
		}
		if (!known.contains(input.imageId())) {
			errors.add(new FieldProblem(field, "Cette photo n'existe plus : rechargez la page."));
			return null;
		}
		return new Picture(input.imageId(), blankToNull(input.alt()));
	}

	/** A field and what must still be written there before submitting. */
	record Missing(String field, String message) {
	}

	static List<Missing> missing(ShowcaseContent content) {
		List<Missing> missing = new ArrayList<>();
		if (content.tagline() == null) {
			missing.add(new Missing("tagline", "Ajoutez une phrase qui présente votre activité."));
		}
		for (int i = 0; i < content.pages().size(); i++) {
			ShowcaseContent.Page page = content.pages().get(i);
			if (page.body() == null) {
				missing
					.add(new Missing("pages[" + i + "].body", "Écrivez le texte de la page « " + page.title() + " »."));
			}
			for (int j = 0; j < page.images().size(); j++) {
				if (page.images().get(j).alt() == null) {
					missing.add(new Missing("pages[" + i + "].images[" + j + "].alt", "Décrivez la photo n° " + (j + 1)
							+ " de la page « " + page.title() + " » pour qui ne la voit pas."));
				}
			}
		}
		return missing;
	}

	private ShowcaseDraft draft(Access access) {
		Showcase showcase = access.showcase();
		Moderation moderation = showcase.moderation();
		Map<String, Antenna> antennas = this.views.antennas();
		boolean owner = access.relation() == Relation.OWNER;
		boolean reviewer = access.relation() == Relation.REVIEWER;
		List<ModerationEntry> audit = moderation.audit();
		List<ShowcaseDraft.DraftStep> history = new ArrayList<>();
		for (int i = audit.size() - 1; i >= 0 && history.size() < 50; i--) {
			ModerationEntry entry = audit.get(i);
			history.add(new ShowcaseDraft.DraftStep(entry.step().name(), stepLabel(entry), entry.version(),
					entry.actorName(), entry.at(), entry.note()));
		}
		ShowcaseDraft.DraftCan can = new ShowcaseDraft.DraftCan(
				owner && moderation.state() != ModerationState.SUBMITTED,
				owner && moderation.state() != ModerationState.SUBMITTED
						&& moderation.state() != ModerationState.VALIDATED,
				reviewer && moderation.awaitsReview() && !moderation.contributedBy(access.user().subject()),
				owner && moderation.isLive(), reviewer && moderation.isLive());
		return new ShowcaseDraft(showcase.id(), showcase.slug(), moderation.state(), moderation.state().label(),
				moderation.version(), moderation.reason(), moderation.isLive(), moderation.hasPendingVersion(),
				ShowcaseService.pageUrl(showcase, this.properties.publicUrl()),
				new ShowcaseDraft.DraftOwner(access.owner().subject(), access.owner().fullName(),
						access.owner().antenna()),
				ShowcaseViews.input(showcase.working()), this.views.preview(showcase, antennas),
				(moderation.isLive() && showcase.live() != null) ? this.views.live(showcase, antennas, true) : null,
				missing(showcase.working()).stream().map(Missing::message).toList(), history, can);
	}

	private static String stepLabel(ModerationEntry entry) {
		return switch (entry.step()) {
			case CREATED -> "Vitrine créée";
			case EDITED -> "Modifiée";
			case SUBMITTED -> "Proposée à la validation";
			case VALIDATED -> "Validée et publiée";
			case REJECTED -> "Refusée";
			case WITHDRAWN -> "Retirée du site";
			case RESTORED -> "Remise en ligne";
			case REVIEW_DATE_SET -> "Date de relecture fixée";
		};
	}

	private Person entrepreneur(CurrentUser user) {
		return this.people.findBySubject(user.subject())
			.filter((person) -> person.role() == PersonRole.ENTREPRENEUR)
			.orElseThrow(() -> ProblemException
				.notFound("Votre fiche d'entrepreneur n'existe pas encore : l'équipe la crée."));
	}

	private Access owned(CurrentUser user) {
		Person owner = entrepreneur(user);
		Showcase showcase = this.showcases.findFirstByOwnerSubject(owner.subject())
			.orElseThrow(
					() -> ProblemException.notFound("Vous n'avez pas encore de vitrine : enregistrez-la d'abord."));
		return new Access(user, showcase, owner, Relation.OWNER);
	}

	/** The owner, their coach, staff of their antenna; anyone else gets 404. */
	private Access access(CurrentUser user, String id) {
		Showcase showcase = this.showcases.findById(id).orElseThrow(ShowcaseEditing::noSuchShowcase);
		Person owner = (showcase.ownerSubject() != null)
				? this.people.findBySubject(showcase.ownerSubject()).orElse(null) : null;
		if (owner == null) {
			throw noSuchShowcase();
		}
		if (owner.subject().equals(user.subject())) {
			return new Access(user, showcase, owner, Relation.OWNER);
		}
		if (reviews(user, owner)) {
			return new Access(user, showcase, owner, Relation.REVIEWER);
		}
		throw noSuchShowcase();
	}

	private Access reviewer(CurrentUser user, String id) {
		Access access = access(user, id);
		if (access.relation() != Relation.REVIEWER) {
			throw ProblemException
				.forbidden("Votre accompagnateur valide votre vitrine : vous ne pouvez pas la valider vous-même.");
		}
		return access;
	}

	private boolean reviews(CurrentUser user, Person owner) {
		if (user.hasRole(PersonRole.COACH.code()) && user.subject().equals(owner.coach())) {
			return true;
		}
		return user.managesAntenna(owner.antenna(), this.properties.headOfficeAntenna());
	}

	/**
	 * The owner's coach, or staff of their antenna when they have none (or it is gone).
	 */
	private List<Member> reviewers(Person owner) {
		if (owner.coach() != null) {
			List<Member> coach = this.people.findBySubject(owner.coach())
				.filter((p) -> p.status() != Person.Status.DEACTIVATED)
				.map(ShowcaseEditing::member)
				.stream()
				.toList();
			if (!coach.isEmpty()) {
				return coach;
			}
		}
		List<Person> staff = this.people.findByRole(PersonRole.STAFF)
			.stream()
			.filter((p) -> p.status() != Person.Status.DEACTIVATED)
			.toList();
		List<Member> ofAntenna = staff.stream()
			.filter((p) -> Objects.equals(p.antenna(), owner.antenna()))
			.map(ShowcaseEditing::member)
			.toList();
		if (!ofAntenna.isEmpty()) {
			return ofAntenna;
		}
		return staff.stream()
			.filter((p) -> p.antenna() == null || p.antenna().equals(this.properties.headOfficeAntenna()))
			.map(ShowcaseEditing::member)
			.toList();
	}

	private static Member member(Person person) {
		return new Member(person.subject(), person.firstName(), person.lastName(), person.email());
	}

	private String freeSlug(String wanted, String showcaseId) {
		String candidate = wanted;
		for (int n = 2; taken(candidate, showcaseId); n++) {
			candidate = wanted + "-" + n;
		}
		return candidate;
	}

	private boolean taken(String slug, String showcaseId) {
		return this.showcases.findBySlugOrFormerSlugs(slug, slug)
			.stream()
			.anyMatch((other) -> !other.id().equals(showcaseId));
	}

	private static Actor actor(CurrentUser user) {
		return new Actor(user.subject(), PersonAssigned.nameOf(user));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static ProblemException noSuchShowcase() {
		return ProblemException.notFound("Cette vitrine n'existe pas.");
	}

}
