package coop.gateway;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The page cache's settings ({@code coop.gateway.page-cache.*}).
 *
 * @param enabled whether anonymous public pages are cached at all
 * @param paths the public pages that may be cached (path patterns); the web UI still
 * decides, page by page, with {@code Cache-Control: public}
 * @param parameters the query parameters these pages read (the agenda's and the
 * directory's filters, the page number); any other parameter (tracking, or random to
 * dodge the cache) is left out of the page's address, so that it neither makes the web UI
 * render again nor takes room in the cache
 * @param fresh how long a page is served as it is, unless a message purged it first
 * @param stale how long after that a page is still served while a new copy is fetched in
 * the background (stale-while-revalidate)
 * @param staleIfError how long a page is still served while the web UI cannot answer
 * @param refreshDelay how long after a purge the pages read since their last fetch are
 * fetched again (purges that come together are done together)
 * @param minRefreshInterval the shortest time between two fetches of one page (a flood of
 * registrations does not make the web UI render the same page for each)
 * @param maxSize the memory all pages may take (least used first out)
 * @param maxPage the largest page kept
 * @param fillTimeout how long a fetch may take
 * @param origin where the cache fetches pages: this gateway itself, by default on the
 * loopback address and its own port
 */
@ConfigurationProperties("coop.gateway.page-cache")
record PageCacheSettings(boolean enabled, List<String> paths, List<String> parameters, Duration fresh, Duration stale,
		Duration staleIfError, Duration refreshDelay, Duration minRefreshInterval, DataSize maxSize, DataSize maxPage,
		Duration fillTimeout, String origin) {

	/** What may never be cached: logins, APIs with their own rules, the intranet. */
	private static final List<String> NEVER = List.of("/api", "/bff", "/actuator", "/oauth2", "/login", "/logout",
			"/intranet", "/inscriptions", "/preferences-courriels");

	PageCacheSettings {
		paths = (paths != null) ? List.copyOf(paths) : List.of();
		parameters = (parameters != null) ? List.copyOf(parameters) : List.of();
		for (String path : paths) {
			boolean protectedPath = path.startsWith("/*")
					|| NEVER.stream().anyMatch((never) -> path.equals(never) || path.startsWith(never + "/"));
			if (protectedPath) {
				throw new IllegalArgumentException(
						"coop.gateway.page-cache.paths: " + path + " would take in what is personal or protected");
			}
		}
		fresh = (fresh != null) ? fresh : Duration.ofSeconds(30);
		stale = (stale != null) ? stale : Duration.ofMinutes(5);
		staleIfError = (staleIfError != null) ? staleIfError : Duration.ofHours(1);
		refreshDelay = (refreshDelay != null) ? refreshDelay : Duration.ofMillis(200);
		minRefreshInterval = (minRefreshInterval != null) ? minRefreshInterval : Duration.ofSeconds(1);
		maxSize = (maxSize != null) ? maxSize : DataSize.ofMegabytes(32);
		maxPage = (maxPage != null) ? maxPage : DataSize.ofMegabytes(2);
		fillTimeout = (fillTimeout != null) ? fillTimeout : Duration.ofSeconds(10);
		origin = (origin != null) ? origin.replaceAll("/+$", "") : "";
	}

}
