package coop.resources.pages;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import coop.platform.contracts.resources.PagePublished;
import coop.platform.messaging.cooperative.Cooperative;
import coop.platform.messaging.cooperative.CooperativeCopy;
import coop.platform.web.problem.FieldProblem;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.platform.web.security.CurrentUser;
import coop.resources.pages.PageRequests.Draft;
import coop.resources.pages.PageRequests.Menu;
import coop.resources.pages.PageRequests.NewPage;
import coop.resources.pages.PageViews.PageDetail;
import coop.resources.pages.PageViews.PageSummary;
import coop.resources.pages.PageViews.PublicPage;
import coop.resources.pages.PageViews.PublicPageSummary;
import coop.resources.pages.PageViews.VersionDetail;
import coop.resources.pages.PageViews.VersionSummary;
import coop.resources.search.SearchDocument;
import coop.resources.search.SearchIndexing;
import coop.resources.search.SearchKind;
import coop.resources.text.Markdown;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The presentation pages: staff of the head office write a draft, publish it (every
 * published version is kept, in {@code page_versions}, and may be restored into the
 * draft) and order the cooperative's menu; visitors read the version online, which the
 * page holds. Each publication and each move in the menu is told
 * ({@code resources.page.published}, in the page's own write) so that the public site's
 * cache refreshes, and the page is indexed as {@code PAGE}, public.
 */
@Service
class PageService {

	static final ProblemType SLUG_TAKEN = ProblemType.of("page-slug-taken", HttpStatus.CONFLICT, "Adresse déjà prise");

	static final ProblemType NOTHING_TO_PUBLISH = ProblemType.of("page-unchanged", HttpStatus.CONFLICT,
			"Rien de nouveau à publier");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final Pages pages;

	private final PageVersions versions;

	private final SearchIndexing indexing;

	private final CooperativeCopy cooperative;

	private final String publicUrl;

	private final Clock clock;

	PageService(Pages pages, PageVersions versions, SearchIndexing indexing, CooperativeCopy cooperative,
			coop.resources.ResourcesProperties properties, Clock clock) {
		this.pages = pages;
		this.versions = versions;
		this.indexing = indexing;
		this.cooperative = cooperative;
		this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
		this.clock = clock;
	}

	// visitors

	PublicPage published(String slug) {
		Page page = this.pages.findPublishedBySlug(slug).orElseThrow(PageService::unknown);
		Page.Online online = page.online().orElseThrow(PageService::unknown);
		Cooperative settings = this.cooperative.current();
		return new PublicPage(page.slug(), PageText.pathOf(page.slug()),
				PageText.plain(online.content().title(), settings),
				PageText.plain(online.content().description(), settings),
				PageText.html(online.content().body(), settings), online.number(), online.publishedAt());
	}

	/** The published pages, those of the menu first in its order, then by title. */
	List<PublicPageSummary> publishedList() {
		Cooperative settings = this.cooperative.current();
		return this.pages.findPublishedSummaries().stream().sorted(MENU_ORDER).map((page) -> {
			Page.Online online = page.online().orElseThrow();
			return new PublicPageSummary(page.slug(), PageText.pathOf(page.slug()),
					PageText.plain(online.content().title(), settings),
					PageText.plain(online.content().description(), settings), page.menuOrder(), online.publishedAt());
		}).toList();
	}

	// staff

	List<PageSummary> all(CurrentUser staff) {
		return this.pages.findAll()
			.stream()
			.sorted(MENU_ORDER)
			.map((page) -> new PageSummary(page.id(), page.slug(), PageText.pathOf(page.slug()), page.draft().title(),
					page.menuOrder(), page.online().map(Page.Online::number).orElse(null),
					page.online().map(Page.Online::publishedAt).orElse(null), page.draftChanged(), page.updatedAt(),
					page.updatedBy()))
			.toList();
	}

	PageDetail one(String id) {
		return detail(find(id));
	}

	PageDetail create(CurrentUser staff, NewPage request) {
		mayWrite(staff);
		List<FieldProblem> problems = new ArrayList<>();
		if (!SLUG.matcher(request.slug()).matches()) {
			problems.add(new FieldProblem("slug",
					"Lettres minuscules sans accent, chiffres et tirets seulement (par exemple « nos-valeurs »)."));
		}
		check(request.body(), problems);
		refuse(problems);
		if (this.pages.findBySlug(request.slug()).isPresent()) {
			throw slugTaken(request.slug());
		}
		Page page = new Page(request.slug(),
				new PageContent(request.title().strip(), request.description().strip(), request.body()), null,
				nameOf(staff), staff.subject(), this.clock.instant());
		try {
			return detail(this.pages.insert(page));
		}
		catch (DuplicateKeyException ex) {
			throw slugTaken(request.slug());
		}
	}

	PageDetail write(CurrentUser staff, String id, Draft request) {
		mayWrite(staff);
		Page page = find(id);
		List<FieldProblem> problems = new ArrayList<>();
		check(request.body(), problems);
		refuse(problems);
		if (!request.revision().equals(page.revision())) {
			throw changedMeanwhile();
		}
		page.write(new PageContent(request.title().strip(), request.description().strip(), request.body()),
				nameOf(staff), staff.subject(), this.clock.instant());
		return detail(this.pages.save(page));
	}

	PageDetail publish(CurrentUser staff, String id) {
		mayWrite(staff);
		Page page = find(id);
		if (!page.draftChanged()) {
			throw new ProblemException(NOTHING_TO_PUBLISH,
					"Le brouillon est déjà la version en ligne : modifiez-le avant de publier.");
		}
		Instant now = this.clock.instant();
		PageVersion version = page.publish(nameOf(staff), staff.subject(), now);
		tellPublished(page, now);
		// the page's write (revision checked, with its message) is the publication; the
		// history's copy follows (a missing one is written again from the page at start)
		Page saved = this.pages.save(page);
		this.versions.save(version);
		index(saved);
		return detail(saved);
	}

	/** A published version becomes the draft again; publishing puts it online. */
	PageDetail restore(CurrentUser staff, String id, int number) {
		mayWrite(staff);
		Page page = find(id);
		PageVersion version = versionOf(page, number);
		page.write(version.content(), nameOf(staff), staff.subject(), this.clock.instant());
		return detail(this.pages.save(page));
	}

	VersionDetail version(String id, int number) {
		Page page = find(id);
		PageVersion version = versionOf(page, number);
		boolean online = page.online().map((live) -> live.number() == number).orElse(false);
		return new VersionDetail(version.number(), version.content().title(), version.content().description(),
				version.content().body(), PageText.html(version.content().body(), this.cooperative.current()),
				version.publishedAt(), version.publishedBy(), online);
	}

	/** The menu: the pages listed, in that order; the others leave it. */
	List<PageSummary> order(CurrentUser staff, Menu request) {
		mayWrite(staff);
		Map<String, Page> byId = this.pages.findAll().stream().collect(Collectors.toMap(Page::id, Function.identity()));
		Set<String> seen = new HashSet<>();
		for (String id : request.order()) {
			if (!byId.containsKey(id)) {
				throw ProblemException.invalid("order", "Une des pages n'existe pas : rechargez la liste.");
			}
			if (!seen.add(id)) {
				throw ProblemException.invalid("order", "Une page n'apparaît qu'une fois dans le menu.");
			}
		}
		Instant now = this.clock.instant();
		for (Page page : byId.values()) {
			int position = request.order().indexOf(page.id());
			Integer menuOrder = (position >= 0) ? position : null;
			if (java.util.Objects.equals(menuOrder, page.menuOrder())) {
				continue;
			}
			page.moveTo(menuOrder, now);
			if (page.online().isPresent()) {
				tellPublished(page, now);
			}
			this.pages.save(page);
		}
		return all(staff);
	}

	String preview(String body) {
		List<FieldProblem> problems = new ArrayList<>();
		check(body, problems);
		refuse(problems);
		return PageText.html(body, this.cooperative.current());
	}

	// seeding (DefaultPages) and the index (PageIndexing)

	/** Inserts a page published as its first version, unless a page has that address. */
	boolean seed(String slug, PageContent content, Integer menuOrder, String by) {
		if (this.pages.findBySlug(slug).isPresent()) {
			return false;
		}
		Instant now = this.clock.instant();
		Page page = new Page(slug, content, menuOrder, by, null, now);
		PageVersion version = page.publish(by, null, now);
		try {
			Page inserted = this.pages.insert(page);
			this.versions.save(version);
			index(inserted);
			return true;
		}
		catch (DuplicateKeyException ex) {
			// another instance seeded it at the same time
			return false;
		}
	}

	/**
	 * Puts every published page in the index again, with these settings (the names they
	 * hold changed).
	 */
	void reindex(Cooperative settings) {
		this.pages.findPublished().forEach((page) -> document(page, settings).ifPresent(this.indexing::keepCopy));
	}

	Optional<SearchDocument> document(Page page, Cooperative settings) {
		return page.online().map((online) -> {
			String html = PageText.html(online.content().body(), settings);
			return SearchDocument.builder(SearchKind.PAGE, page.slug(), SearchDocument.Access.everyone())
				.title(PageText.plain(online.content().title(), settings))
				.summary(PageText.plain(online.content().description(), settings))
				.body(PageText.words(html))
				.url(this.publicUrl + PageText.pathOf(page.slug()))
				.date(online.publishedAt())
				.tags(List.of("page"))
				.build();
		});
	}

	private void index(Page page) {
		document(page, this.cooperative.current()).ifPresent(this.indexing::keepCopy);
	}

	private void tellPublished(Page page, Instant now) {
		Page.Online online = page.online().orElseThrow();
		page.tell(new PagePublished(page.id(), page.slug(), PageText.pathOf(page.slug()),
				PageText.plain(online.content().title(), this.cooperative.current()), online.number(), page.menuOrder(),
				online.publishedAt()), now);
	}

	private PageDetail detail(Page page) {
		PageContent draft = page.draft();
		Integer online = page.online().map(Page.Online::number).orElse(null);
		List<PageVersion> history = new ArrayList<>(this.versions.historyOf(page.id()));
		page.online()
			.filter((live) -> history.stream().noneMatch((kept) -> kept.number() == live.number()))
			.ifPresent((live) -> history.add(live.asVersion(page.id())));
		List<VersionSummary> versions = history.stream()
			.sorted(Comparator.comparingInt(PageVersion::number).reversed())
			.map((version) -> new VersionSummary(version.number(), version.content().title(), version.publishedAt(),
					version.publishedBy(), online != null && version.number() == online))
			.toList();
		return new PageDetail(page.id(), page.slug(), PageText.pathOf(page.slug()), page.menuOrder(), draft.title(),
				draft.description(), draft.body(), PageText.html(draft.body(), this.cooperative.current()), online,
				page.draftChanged(), page.revision(), page.updatedAt(), page.updatedBy(), versions);
	}

	private Page find(String id) {
		return this.pages.findById(id).orElseThrow(PageService::unknown);
	}

	/**
	 * A version of the page from its history (or its copy online, written there last).
	 */
	private PageVersion versionOf(Page page, int number) {
		return this.versions.findByPageIdAndNumber(page.id(), number)
			.or(() -> page.online().filter((live) -> live.number() == number).map((live) -> live.asVersion(page.id())))
			.orElseThrow(() -> ProblemException.notFound("Cette version de la page n'existe pas."));
	}

	/**
	 * The pages are the whole cooperative's: staff of the head office (or of no antenna)
	 * change them, as they change its settings.
	 */
	private static void mayWrite(CurrentUser staff) {
		if (!staff.managesEveryAntenna()) {
			throw ProblemException.forbidden("Les pages de présentation sont celles de toute la coopérative : "
					+ "seul le personnel du siège les modifie.");
		}
	}

	private static String nameOf(CurrentUser staff) {
		return (staff.name() != null && !staff.name().isBlank()) ? staff.name() : staff.username();
	}

	private static void check(String body, List<FieldProblem> problems) {
		Markdown.problem(body).ifPresent((message) -> problems.add(new FieldProblem("body", message)));
	}

	private static void refuse(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new ProblemException(ProblemType.VALIDATION, "Certaines informations sont à corriger.", problems);
		}
	}

	private static ProblemException unknown() {
		return ProblemException.notFound("Cette page n'existe pas ou n'est pas publiée.");
	}

	private static ProblemException slugTaken(String slug) {
		return new ProblemException(SLUG_TAKEN, "Une page a déjà cette adresse : choisissez-en une autre.",
				List.of(new FieldProblem("slug", "L'adresse « " + slug + " » est déjà celle d'une autre page.")));
	}

	private static ProblemException changedMeanwhile() {
		return new ProblemException(ProblemType.CONFLICT,
				"La page a été modifiée entre-temps (dans un autre onglet ?) : rechargez-la pour repartir de "
						+ "sa dernière version.");
	}

	/** The menu's pages in its order, then the others by address. */
	private static final Comparator<Page> MENU_ORDER = Comparator
		.comparing((Page page) -> (page.menuOrder() != null) ? page.menuOrder() : Integer.MAX_VALUE)
		.thenComparing(Page::slug);

}
