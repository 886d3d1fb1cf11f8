package coop.members.showcase;

import java.net.URI;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import coop.members.MembersProperties;
import coop.members.antenna.Antenna;
import coop.members.text.Markdown;
import coop.platform.contracts.members.ShowcasePublished;
import coop.platform.files.FileDownloads;
import coop.platform.files.ResponsiveImages;
import coop.platform.moderation.Actor;
import coop.platform.moderation.Moderation;
import coop.platform.web.PageResponse;
import coop.platform.web.problem.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Reading published showcases: the directory and its filters, one showcase (or the
 * permanent redirection from an address it had before), the sitemap, the pictures of live
 * versions. Also the demo showcases, published as a reviewer would.
 */
@Service
public class ShowcaseService {

	private static final Pattern VARIANT = Pattern.compile("(\\d{1,5})\\.(webp|jpg|png)");

	private static final Actor DEMO = new Actor("coop-demo", "Données de démonstration");

	private final Showcases showcases;

	private final ShowcaseViews views;

	private final FileDownloads downloads;

	private final MembersProperties properties;

	private final Clock clock;

	ShowcaseService(Showcases showcases, ShowcaseViews views, FileDownloads downloads, MembersProperties properties,
			Clock clock) {
		this.showcases = showcases;
		this.views = views;
		this.downloads = downloads;
		this.properties = properties;
		this.clock = clock;
	}

	/** Entries of the sitemap: each published showcase, its pages, when it changed. */
	public record SitemapEntry(String slug, List<String> pages, Instant updatedAt) {
	}

	/** The directory's filters with how many showcases each keeps. */
	public record Filters(List<FilterChoice> sectors, List<FilterChoice> antennas, List<FilterChoice> towns) {

		public record FilterChoice(String code, String label, int count) {
		}

	}

	/**
	 * Published showcases by business name.
	 * @param town the showcase's own town or one it serves
	 */
	public PageResponse<ShowcaseResponse> publicList(@Nullable Sector sector, @Nullable String antenna,
			@Nullable String town, int page, int size) {
		Collator french = Collator.getInstance(Locale.FRENCH);
		List<Showcase> found = published().stream()
			.filter((s) -> sector == null || s.live().sector() == sector)
			.filter((s) -> antenna == null || antenna.equals(s.antenna()))
			.filter((s) -> town == null || s.live().towns().stream().anyMatch(town::equalsIgnoreCase))
			.sorted(Comparator.comparing((Showcase s) -> s.live().businessName(), french))
			.toList();
		int from = Math.min(page * size, found.size());
		List<Showcase> slice = found.subList(from, Math.min(from + size, found.size()));
		Map<String, Antenna> antennas = this.views.antennas();
		return PageResponse.of(new PageImpl<>(slice, PageRequest.of(page, size), found.size()),
				(showcase) -> this.views.live(showcase, antennas, false));
	}

	public Filters filters() {
		List<Showcase> all = published();
		Map<String, Antenna> antennas = this.views.antennas();
		List<Filters.FilterChoice> sectors = java.util.Arrays.stream(Sector.values())
			.map((sector) -> new Filters.FilterChoice(sector.name(), sector.label(),
					(int) all.stream().filter((s) -> s.live().sector() == sector).count()))
			.filter((choice) -> choice.count() > 0)
			.toList();
		List<Filters.FilterChoice> antennaChoices = antennas.values()
			.stream()
			.sorted(Comparator.comparing(Antenna::name))
			.map((antenna) -> new Filters.FilterChoice(antenna.code(), antenna.name(),
					(int) all.stream().filter((s) -> antenna.code().equals(s.antenna())).count()))
			.filter((choice) -> choice.count() > 0)
			.toList();
		Map<String, Integer> towns = new TreeMap<>(Collator.getInstance(Locale.FRENCH));
		all.forEach((s) -> s.live().towns().forEach((town) -> towns.merge(town, 1, Integer::sum)));
		List<Filters.FilterChoice> townChoices = towns.entrySet()
			.stream()
			.map((e) -> new Filters.FilterChoice(e.getKey(), e.getKey(), e.getValue()))
			.toList();
		return new Filters(sectors, antennaChoices, townChoices);
	}

	/**
	 * One published showcase with its pages; from an address it had before, a permanent
	 * redirection to its address now.
	 */
	public ResponseEntity<ShowcaseResponse> publicShowcase(String slug) {
		Optional<Showcase> found = this.showcases.findBySlugAndPublishedTrue(slug);
		if (found.isPresent()) {
			return ResponseEntity.ok(this.views.live(found.get(), this.views.antennas(), true));
		}
		Showcase moved = this.showcases.findFirstByFormerSlugsAndPublishedTrue(slug)
			.orElseThrow(() -> ProblemException.notFound("Aucun entrepreneur ne présente d'activité à cette adresse."));
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create("/api/members/public/showcases/" + moved.slug()))
			.build();
	}

	public List<SitemapEntry> sitemap() {
		return published().stream()
			.sorted(Comparator.comparing(Showcase::slug))
			.map((s) -> new SitemapEntry(s.slug(), s.live().pages().stream().map(ShowcaseContent.Page::slug).toList(),
					s.updatedAt()))
			.toList();
	}

	/**
	 * A picture of a live version, in one width and format; the address never changes
	 * what it shows, so it is cached for a year.
	 */
	public ResponseEntity<Resource> publicImage(String imageId, String file) {
		Showcase showcase = this.showcases.findFirstByLiveImageIds(imageId)
			.filter(Showcase::published)
			.orElseThrow(ShowcaseService::noSuchImage);
		return image(showcase, imageId, file, CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable());
	}

	ResponseEntity<Resource> image(Showcase showcase, String imageId, String file, CacheControl cache) {
		Showcase.ShowcaseImage image = showcase.image(imageId).orElseThrow(ShowcaseService::noSuchImage);
		Matcher matcher = VARIANT.matcher(file);
		if (!matcher.matches()) {
			throw noSuchImage();
		}
		int width = Integer.parseInt(matcher.group(1));
		String mediaType = switch (matcher.group(2)) {
			case "webp" -> ResponsiveImages.WEBP;
			case "png" -> ResponsiveImages.PNG;
			default -> ResponsiveImages.JPEG;
		};
		ResponsiveImages.Variant variant = image.set()
			.of(mediaType)
			.stream()
			.filter((v) -> v.width() == width)
			.findFirst()
			.orElseThrow(ShowcaseService::noSuchImage);
		ResponseEntity<Resource> sent = this.downloads.send(variant.fileId(), true);
		return ResponseEntity.status(sent.getStatusCode()).headers((headers) -> {
			headers.putAll(sent.getHeaders());
			headers.setCacheControl(cache);
		}).body(sent.getBody());
	}

	/** Since when the entrepreneur's showcase is online, if it is. */
	public Optional<Instant> onlineSince(String owner) {
		return this.showcases.findFirstByOwnerSubject(owner)
			.filter(Showcase::published)
			.map((s) -> s.moderation().publishedAt());
	}

	/**
	 * Puts a demo showcase online as if its entrepreneur had written it and a reviewer
	 * validated it.
	 * @param owner the entrepreneur's subject, or {@code null} for one without account
	 */
	public Showcase publishDemo(String slug, @Nullable String owner, String displayName, String antenna,
			ShowcaseContent content) {
		return carryOver(slug, owner, displayName, antenna, content, true, DEMO);
	}

	/**
	 * A showcase written elsewhere (the demo, an earlier version of the platform) put
	 * into the moderated model: online as validated by {@code by} when it was online,
	 * otherwise a draft of its owner.
	 */
	Showcase carryOver(String slug, @Nullable String owner, String displayName, String antenna, ShowcaseContent content,
			boolean online, Actor by) {
		Instant now = this.clock.instant();
		Showcase showcase = new Showcase(java.util.UUID.randomUUID().toString(), slug, owner, displayName, antenna,
				content, Moderation.create(new Actor((owner != null) ? owner : "demo:" + slug, displayName),
						(owner != null) ? owner : "demo:" + slug, now));
		if (online) {
			showcase.moderation(showcase.moderation().submit(by, now).validate(by, now));
			showcase.goLive(now);
			showcase.record(published(showcase, this.properties.publicUrl()), now);
		}
		return this.showcases.save(showcase);
	}

	static ShowcasePublished published(Showcase showcase, String publicUrl) {
		ShowcaseContent live = showcase.live();
		return new ShowcasePublished(showcase.slug(), showcase.displayName(), live.businessName(), live.sector().name(),
				live.sector().label(), live.tagline(), live.town(), showcase.antenna(), live.website(),
				live.pages()
					.stream()
					.map((page) -> new ShowcasePublished.Page(page.slug(), page.title(),
							Markdown.toPlainText(page.body())))
					.toList(),
				pageUrl(showcase, publicUrl), showcase.ownerSubject());
	}

	static String pageUrl(Showcase showcase, String publicUrl) {
		return publicUrl + "/entrepreneurs/" + showcase.slug();
	}

	private List<Showcase> published() {
		return this.showcases.findByPublishedTrue().stream().filter((s) -> s.live() != null).toList();
	}

	private static ProblemException noSuchImage() {
		return ProblemException.notFound("Cette image n'existe pas ou n'est plus en ligne.");
	}

}
