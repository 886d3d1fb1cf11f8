package coop.resources.pages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import coop.resources.ResourcesProperties;
import coop.resources.search.SearchDocument;
import coop.resources.search.SearchIndexing;
import coop.resources.search.SearchKind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the home and contact pages of the public site from the web UI, as visitors get
 * them (server-rendered HTML), and keeps their text in the index: title, description and
 * the text of {@code <main>}. The text stays where it is written (the web UI); this only
 * follows it, at start and then every hour. A page that cannot be read keeps its last
 * copy.
 */
@Component
class SitePages {

	private static final Log logger = LogFactory.getLog(SitePages.class);

	/**
	 * The pages of the web UI's own. The presentation pages staff write are indexed from
	 * their store ({@link PageService}); the agenda and the entrepreneurs' list are lists
	 * of things indexed one by one.
	 */
	static final Map<String, String> PAGES = Map.of("accueil", "/", "contact", "/contact");

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(3))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final SearchIndexing indexing;

	private final String webUrl;

	private final String publicUrl;

	private final Clock clock;

	/** The text last indexed per page, so that an unchanged page is not written again. */
	private final Map<String, String> indexed = new HashMap<>();

	SitePages(SearchIndexing indexing, ResourcesProperties properties, Clock clock,
			@Value("${coop.search.pages.web-url:}") String webUrl) {
		this.indexing = indexing;
		this.publicUrl = properties.publicUrl();
		this.clock = clock;
		this.webUrl = webUrl.replaceAll("/+$", "");
	}

	@Scheduled(initialDelayString = "${coop.search.pages.initial-delay:30s}",
			fixedDelayString = "${coop.search.pages.interval:1h}")
	void refresh() {
		if (this.webUrl.isEmpty()) {
			return;
		}
		PAGES.forEach((id, path) -> {
			try {
				read(id, path);
			}
			catch (Exception ex) {
				logger.info("Page " + path + " not read from the web UI (" + ex.getMessage()
						+ "): its last copy stays in the search");
			}
		});
	}

	/** Reads one page and indexes it when its text changed. */
	void read(String id, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.webUrl + path))
			.timeout(Duration.ofSeconds(10))
			.header("Accept", "text/html")
			.GET()
			.build();
		HttpResponse<String> response = this.http.send(request,
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("status " + response.statusCode());
		}
		SearchDocument document = toDocument(id, path, Jsoup.parse(response.body()));
		String text = document.title() + "\n" + document.summary() + "\n" + document.body();
		synchronized (this.indexed) {
			if (text.equals(this.indexed.get(id))) {
				return;
			}
			this.indexing.keepCopy(document);
			this.indexed.put(id, text);
		}
	}

	/**
	 * The page's title without the site's name the web UI appends (" | " and the
	 * cooperative's short name, which the page also gives as {@code og:site_name}: it
	 * comes from the cooperative's settings, so it is read, never written here).
	 */
	/**
	 * The site's name the page gives ({@code og:site_name}), for a page without a title.
	 */
	static String siteName(Document page) {
		Element site = page.selectFirst("meta[property=og:site_name]");
		return (site != null) ? site.attr("content") : "";
	}

	static String withoutSiteName(Document page) {
		String title = page.title();
		Element site = page.selectFirst("meta[property=og:site_name]");
		String suffix = (site != null && !site.attr("content").isBlank()) ? " | " + site.attr("content") : null;
		return (suffix != null && title.endsWith(suffix)) ? title.substring(0, title.length() - suffix.length())
				: title;
	}

	SearchDocument toDocument(String id, String path, Document page) {
		String title = withoutSiteName(page);
		Element description = page.selectFirst("meta[name=description]");
		Element main = page.selectFirst("main");
		if (main == null || main.text().isBlank()) {
			throw new IllegalStateException("no text in <main>");
		}
		main.select("script, style, noscript, form").remove();
		return SearchDocument.builder(SearchKind.PAGE, id, SearchDocument.Access.everyone())
			.title(title.isBlank() ? siteName(page) : title)
			.summary((description != null) ? description.attr("content") : null)
			.body(main.text())
			.url(this.publicUrl + (path.equals("/") ? "" : path))
			.date(this.clock.instant())
			.tags(List.of("page"))
			.build();
	}

}
