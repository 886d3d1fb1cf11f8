package coop.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.ExchangeStrategies;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The public site's pages kept ready in memory, so that a crowd of visitors costs the web
 * UI one rendering per page and not one per visit.
 * <ul>
 * <li><b>Only anonymous pages, never anyone's</b>: a request with the session cookie or
 * an {@code Authorization} header is never answered from the cache (and its answer is
 * marked {@code private, no-store}); the cache fetches every page itself, through this
 * gateway, as a visitor without any cookie would, so no visitor's cookie or header ever
 * shapes a page someone else gets. The web UI decides which pages may be shared
 * ({@code Cache-Control: public}); the cache keeps those of the paths it is given, with
 * status 200 and no cookie.</li>
 * <li><b>Refreshed by the platform's messages</b>: {@link #purge(String...)} marks the
 * pages of a family (the agenda, the showcases) out of date at once; those read since
 * they were fetched are fetched again in the background moments later, the others are
 * dropped. A page fetched while a purge happened is kept as out of date already.</li>
 * <li><b>Otherwise a short life</b>: {@code fresh}, then served while a new copy is
 * fetched ({@code stale}), and while the web UI cannot answer ({@code staleIfError}).
 * Visitors asking for the same missing page together wait for one fetch.</li>
 * <li><b>HTTP caching</b>: a strong {@code ETag} and {@code Last-Modified} on each page,
 * {@code 304 Not Modified} to conditional requests, gzip when the client takes it; the
 * web UI's {@code Cache-Control} lets a reverse proxy or a CDN keep it briefly too.</li>
 * </ul>
 * It answers before Spring Security: the pages it may keep are open to everyone, and the
 * security headers of the answer it fetched (written by Spring Security) are kept with
 * the page.
 */
@Component
class PageCache implements WebFilter, Ordered {

	private static final Log logger = LogFactory.getLog(PageCache.class);

	/** Pages that show the agenda: the agenda, event pages, the feed, home, sitemap. */
	static final String AGENDA = "agenda";

	/** Pages that show showcases: the directory, showcases, home, sitemap, fairs. */
	static final String SHOWCASES = "showcases";

	/**
	 * The page that shows the coaches' public profiles: « Qui sont les accompagnateurs »
	 * (the web UI's {@code COACHES_PAGE}).
	 */
	static final String COACHES = "coaches";

	private static final String COACHES_PAGE = "/cooperative/accompagnateurs";

	static final String FILL_HEADER = "X-Coop-Page-Fill";

	/** Set on the exchange of the cache's own fetch. */
	static final String FILLING = PageCache.class.getName() + ".filling";

	static final String HSTS = "max-age=31536000 ; includeSubDomains";

	/**
	 * The parameter React Router adds to a page's data ({@code *.data}) when only some of
	 * its loaders are asked.
	 */
	private static final String ROUTES_PARAMETER = "_routes";

	/** What belongs to one answer or one connection, never passed on from the fetch. */
	private static final Set<String> PER_ANSWER = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
			"connection", "keep-alive", "server-timing", "strict-transport-security");

	/** What the cache writes itself on a kept page. */
	private static final Set<String> OWN = Set.of("vary", "etag", "last-modified", "age", "content-encoding");

	private final PageCacheSettings settings;

	private final String sessionCookie;

	private final List<PathPattern> paths;

	private final Set<String> parameters;

	private final String fillSecret;

	private final Cache<String, Entry> entries;

	private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

	private final Map<String, Mono<Fill>> fills = new ConcurrentHashMap<>();

	/** Orders the fetches: a page never replaces one fetched after it. */
	private final AtomicLong fetches = new AtomicLong();

	private final AtomicBoolean sweepScheduled = new AtomicBoolean();

	private final WebClient client;

	private final String configuredOrigin;

	private final String serverAddress;

	private volatile String origin;

	PageCache(PageCacheSettings settings, @Value("${server.reactive.session.cookie.name:SESSION}") String sessionCookie,
			@Value("${server.address:}") String serverAddress) {
		this.settings = settings;
		this.sessionCookie = sessionCookie;
		this.paths = settings.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
		Set<String> parameters = new HashSet<>(settings.parameters());
		parameters.add(ROUTES_PARAMETER);
		this.parameters = Set.copyOf(parameters);
		byte[] secret = new byte[24];
		new SecureRandom().nextBytes(secret);
		this.fillSecret = HexFormat.of().formatHex(secret);
		this.entries = Caffeine.newBuilder()
			.maximumWeight(settings.maxSize().toBytes())
			.weigher((String key, Entry entry) -> key.length() + entry.weight())
			.build();
		int maxPage = (int) Math.min(Integer.MAX_VALUE - 1, settings.maxPage().toBytes());
		this.client = WebClient.builder()
			.exchangeStrategies(ExchangeStrategies.builder()
				.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(maxPage))
				.build())
			.build();
		this.configuredOrigin = settings.origin();
		this.serverAddress = serverAddress;
	}

	@EventListener
	void started(ReactiveWebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() != null) {
			return;
		}
		if (StringUtils.hasText(this.configuredOrigin)) {
			this.origin = this.configuredOrigin;
			return;
		}
		String host = (!StringUtils.hasText(this.serverAddress) || this.serverAddress.equals("0.0.0.0")
				|| this.serverAddress.equals("::")) ? "127.0.0.1" : this.serverAddress;
		this.origin = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + event.getWebServer().getPort();
	}

	@Override
	public int getOrder() {
		// right after the forwarded headers (the scheme), before the rate limits (which
		// count posts and logins only) and Spring Security: a page from memory costs the
		// least possible
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!this.settings.enabled() || this.origin == null || !isCacheable(request)) {
			return chain.filter(exchange);
		}
		if (this.fillSecret.equals(request.getHeaders().getFirst(FILL_HEADER))) {
			exchange.getAttributes().put(FILLING, Boolean.TRUE);
			return chain.filter(exchange);
		}
		if (!isAnonymous(request)) {
			// a logged-in visit: the web UI renders it for this visit only, and nobody
			// keeps it
			exchange.getResponse().beforeCommit(() -> {
				exchange.getResponse().getHeaders().setCacheControl("private, no-store");
				ServerTiming.describe(exchange, "cache", "bypass");
				return Mono.empty();
			});
			return chain.filter(exchange);
		}
		return answer(exchange, chain, key(request));
	}

	private boolean isCacheable(ServerHttpRequest request) {
		HttpMethod method = request.getMethod();
		if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
			return false;
		}
		for (PathPattern path : this.paths) {
			if (path.matches(request.getPath().pathWithinApplication())) {
				return true;
			}
		}
		return false;
	}

	private boolean isAnonymous(ServerHttpRequest request) {
		HttpHeaders headers = request.getHeaders();
		return !headers.containsHeader(HttpHeaders.AUTHORIZATION) && !headers.containsHeader(HttpHeaders.RANGE)
				&& !request.getCookies().containsKey(this.sessionCookie);
	}

	/**
	 * The path and the query parameters the pages read, in the order of their names, each
	 * once: the address the page is kept under and fetched at. Anything else in the query
	 * (where the visitor came from, a random value to dodge the cache) changes nothing on
	 * the page, so it neither makes the web UI render it again nor takes room here.
	 */
	String key(ServerHttpRequest request) {
		String path = request.getPath().value();
		String query = request.getURI().getRawQuery();
		if (query == null || query.isEmpty()) {
			return path;
		}
		Map<String, String> kept = new TreeMap<>();
		for (String parameter : query.split("&")) {
			int equals = parameter.indexOf('=');
			String name = (equals < 0) ? parameter : parameter.substring(0, equals);
			if (this.parameters.contains(name)) {
				// the first one, as the page reads it (URLSearchParams.get)
				kept.putIfAbsent(name, parameter);
			}
		}
		return kept.isEmpty() ? path : path + "?" + String.join("&", kept.values());
	}

	/** The families of pages a path belongs to, which messages purge together. */
	static Set<String> familiesOf(String key) {
		int query = key.indexOf('?');
		String path = (query < 0) ? key : key.substring(0, query);
		if (path.equals("/") || path.equals("/_root.data") || path.equals("/sitemap.xml")) {
			return Set.of(AGENDA, SHOWCASES);
		}
		if (path.startsWith("/agenda")) {
			return Set.of(AGENDA);
		}
		if (path.startsWith("/entrepreneurs")) {
			return Set.of(SHOWCASES);
		}
		if (path.equals(COACHES_PAGE) || path.equals(COACHES_PAGE + ".data")) {
			return Set.of(COACHES);
		}
		return Set.of();
	}

	private Mono<Void> answer(ServerWebExchange exchange, WebFilterChain chain, String key) {
		Entry entry = this.entries.getIfPresent(key);
		long now = System.currentTimeMillis();
		if (entry != null) {
			long age = now - entry.fetchedAt;
			boolean current = entry.stamp == stamp(entry.families);
			if (current && age < this.settings.fresh().toMillis()) {
				entry.read = true;
				return write(exchange, entry, "hit");
			}
			if (age < this.settings.fresh().plus(this.settings.stale()).toMillis()) {
				entry.read = true;
				refresh(key, entry);
				return write(exchange, entry, "stale");
			}
		}
		return fill(key).flatMap((fill) -> {
			Entry stored = store(key, fill);
			if (stored != null) {
				// the web UI's own timing of this rendering
				exchange.getResponse()
					.getHeaders()
					.addAll(ServerTiming.HEADER, fill.headers().getOrEmpty(ServerTiming.HEADER));
				return write(exchange, stored, "miss");
			}
			if (fill.failed() && entry != null
					&& System.currentTimeMillis() - entry.fetchedAt < this.settings.staleIfError().toMillis()) {
				return write(exchange, entry, "stale-if-error");
			}
			if (fill.status() < 0) {
				// not even an answer: the ordinary way gives its own
				return chain.filter(exchange);
			}
			return writeAsIs(exchange, fill);
		});
	}

	/**
	 * Marks every page of these families out of date; moments later, those read since
	 * their last fetch are fetched again and the others dropped.
	 */
	void purge(String... families) {
		if (logger.isDebugEnabled()) {
			logger.debug("Page cache purges " + String.join(", ", families));
		}
		for (String family : families) {
			this.generations.computeIfAbsent(family, (name) -> new AtomicLong()).incrementAndGet();
		}
		if (this.sweepScheduled.compareAndSet(false, true)) {
			Mono.delay(this.settings.refreshDelay()).subscribe((tick) -> {
				this.sweepScheduled.set(false);
				sweep();
			});
		}
	}

	/** Every page out of date: when messages may have been missed. */
	void purgeAll() {
		purge("*");
	}

	private void sweep() {
		List<Map.Entry<String, Entry>> outdated = new ArrayList<>();
		for (Map.Entry<String, Entry> cached : this.entries.asMap().entrySet()) {
			Entry entry = cached.getValue();
			if (entry.stamp != stamp(entry.families)) {
				if (entry.read) {
					outdated.add(cached);
				}
				else {
					this.entries.asMap().remove(cached.getKey(), entry);
				}
			}
		}
		// a few at a time: the web UI renders them on the same machine as everything else
		Flux.fromIterable(outdated)
			.flatMap((cached) -> refreshing(cached.getKey(), cached.getValue()), 2)
			.subscribe(null, (ex) -> logger.warn("Page cache refresh failed: " + ex.getMessage()));
	}

	private void refresh(String key, Entry entry) {
		refreshing(key, entry).subscribe(null, (ex) -> logger.warn("Page cache refresh failed: " + ex.getMessage()));
	}

	/**
	 * Fetches the page again, once at a time and not more often than the minimum
	 * interval.
	 */
	private Mono<Void> refreshing(String key, Entry entry) {
		if (!entry.refreshing.compareAndSet(false, true)) {
			return Mono.empty();
		}
		long wait = Math.max(0, entry.notBefore - System.currentTimeMillis());
		return Mono.delay(Duration.ofMillis(wait)).then(Mono.defer(() -> {
			entry.notBefore = System.currentTimeMillis() + this.settings.minRefreshInterval().toMillis();
			return fill(key);
		})).doOnNext((fill) -> {
			if (store(key, fill) == null) {
				if (fill.status() >= 300 && !fill.failed()) {
					// gone or moved (an event deleted, a showcase withdrawn or renamed):
					// the web UI's answer is no longer this page, and the next visitor
					// gets
					// that answer (404, or the 301 to the new address)
					this.entries.asMap().remove(key, entry);
				}
				entry.refreshing.set(false);
			}
		}).doOnError((ex) -> entry.refreshing.set(false)).then();
	}

	/** The sum of the generations of a page's families and of everything. */
	private long stamp(Set<String> families) {
		long stamp = generation("*");
		for (String family : families) {
			stamp += generation(family);
		}
		return stamp;
	}

	private long generation(String family) {
		AtomicLong generation = this.generations.get(family);
		return (generation != null) ? generation.get() : 0;
	}

	/** One fetch per page at a time: visitors asking together share it. */
	private Mono<Fill> fill(String key) {
		return this.fills.computeIfAbsent(key, (k) -> {
			Set<String> families = familiesOf(k);
			long stamp = stamp(families);
			long startedAt = System.currentTimeMillis();
			long sequence = this.fetches.incrementAndGet();
			return this.client.get()
				.uri(URI.create(this.origin + k))
				.header(FILL_HEADER, this.fillSecret)
				.header(HttpHeaders.ACCEPT_ENCODING, "identity")
				.header(HttpHeaders.USER_AGENT, "coop-page-cache")
				.exchangeToMono((response) -> response.bodyToMono(byte[].class)
					.defaultIfEmpty(new byte[0])
					.map((body) -> new Fill(response.statusCode().value(),
							HttpHeaders.copyOf(response.headers().asHttpHeaders()), body, families, stamp, startedAt,
							sequence)))
				.timeout(this.settings.fillTimeout())
				.onErrorResume((ex) -> {
					logger.warn("Page cache could not fetch " + k + ": " + ex.getMessage());
					return Mono
						.just(new Fill(-1, new HttpHeaders(), new byte[0], families, stamp, startedAt, sequence));
				})
				.doFinally((signal) -> this.fills.remove(k))
				.cache();
		});
	}

	/** Keeps the fetched page when the web UI said it may be shared; null otherwise. */
	private Entry store(String key, Fill fill) {
		if (!fill.isShareable()) {
			return null;
		}
		HttpHeaders pageHeaders = new HttpHeaders();
		fill.headers().forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!PER_ANSWER.contains(lower) && !OWN.contains(lower)) {
				pageHeaders.addAll(name, values);
			}
		});
		String hash = digest(fill.body());
		Entry previous = this.entries.getIfPresent(key);
		long lastModified = (previous != null && previous.etag.equals("\"" + hash + "\"")) ? previous.lastModified
				: fill.startedAt() / 1000 * 1000;
		Entry created = new Entry(HttpHeaders.readOnlyHttpHeaders(pageHeaders), fill.body(), gzip(fill.body()), hash,
				lastModified, fill.families(), fill.stamp(), fill.startedAt(),
				fill.startedAt() + this.settings.minRefreshInterval().toMillis(), fill.sequence());
		Entry kept = this.entries.asMap()
			.compute(key,
					(k, existing) -> (existing != null && existing.sequence >= created.sequence) ? existing : created);
		if (logger.isDebugEnabled()) {
			logger.debug("Page cache " + ((kept == created) ? "keeps " : "already has newer than ") + key + " #"
					+ created.sequence + " " + created.etag + " stamp " + created.stamp + "/"
					+ stamp(created.families));
		}
		return kept;
	}

	private Mono<Void> write(ServerWebExchange exchange, Entry entry, String how) {
		ServerHttpRequest request = exchange.getRequest();
		if (logger.isTraceEnabled()) {
			logger.trace("Page cache " + how + " " + request.getURI().getRawPath() + " #" + entry.sequence);
		}
		ServerHttpResponse response = exchange.getResponse();
		HttpHeaders headers = response.getHeaders();
		headers.addAll(entry.headers);
		boolean gzip = entry.gzip != null && acceptsGzip(request);
		headers.set(HttpHeaders.ETAG, gzip ? entry.gzipEtag : entry.etag);
		headers.set(HttpHeaders.LAST_MODIFIED, entry.lastModifiedHeader);
		headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if ("https".equals(request.getURI().getScheme())) {
			headers.set("Strict-Transport-Security", HSTS);
		}
		ServerTiming.describe(exchange, "cache", how);
		if (notModified(request, entry)) {
			response.setStatusCode(HttpStatus.NOT_MODIFIED);
			return response.setComplete();
		}
		byte[] body = gzip ? entry.gzip : entry.body;
		response.setStatusCode(HttpStatus.OK);
		if (gzip) {
			headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		headers.setContentLength(body.length);
		if (request.getMethod() == HttpMethod.HEAD) {
			return response.setComplete();
		}
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

	/** An answer the cache does not keep, given to the visitors who waited for it. */
	private Mono<Void> writeAsIs(ServerWebExchange exchange, Fill fill) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatus.valueOf(fill.status()));
		fill.headers().forEach((name, values) -> {
			if (!PER_ANSWER.contains(name.toLowerCase(Locale.ROOT))) {
				response.getHeaders().addAll(name, values);
			}
		});
		ServerTiming.describe(exchange, "cache", "miss");
		response.getHeaders().addAll(ServerTiming.HEADER, fill.headers().getOrEmpty(ServerTiming.HEADER));
		response.getHeaders().setContentLength(fill.body().length);
		if (exchange.getRequest().getMethod() == HttpMethod.HEAD) {
			return response.setComplete();
		}
		return response.writeWith(Mono.just(response.bufferFactory().wrap(fill.body())));
	}

	private static boolean notModified(ServerHttpRequest request, Entry entry) {
		List<String> ifNoneMatch = request.getHeaders().getOrEmpty(HttpHeaders.IF_NONE_MATCH);
		if (!ifNoneMatch.isEmpty()) {
			for (String header : ifNoneMatch) {
				for (String tag : header.split(",")) {
					String value = tag.trim();
					if (value.startsWith("W/")) {
						value = value.substring(2);
					}
					if (value.equals("*") || value.equals(entry.etag) || value.equals(entry.gzipEtag)) {
						return true;
					}
				}
			}
			return false;
		}
		try {
			long since = request.getHeaders().getIfModifiedSince();
			return since >= 0 && entry.lastModified <= since;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean acceptsGzip(ServerHttpRequest request) {
		for (String header : request.getHeaders().getOrEmpty(HttpHeaders.ACCEPT_ENCODING)) {
			for (String coding : header.split(",")) {
				String value = coding.trim().toLowerCase(Locale.ROOT);
				if (value.equals("gzip") || (value.startsWith("gzip;") && !value.replace(" ", "").endsWith("q=0"))) {
					return true;
				}
			}
		}
		return false;
	}

	private static String digest(byte[] body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The gzip form when it is worth it (text of more than a kilobyte). */
	private static byte[] gzip(byte[] body) {
		if (body.length < 1024) {
			return null;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (IOException ex) {
			return null;
		}
		return (out.size() < body.length) ? out.toByteArray() : null;
	}

	/** What the cache's own fetch got; status -1 when nothing answered. */
	record Fill(int status, HttpHeaders headers, byte[] body, Set<String> families, long stamp, long startedAt,
			long sequence) {

		boolean failed() {
			return this.status < 0 || this.status >= 500;
		}

		/**
		 * A page everybody may get: 200, {@code Cache-Control: public} from the web UI,
		 * nothing personal (no cookie set), not encoded.
		 */
		boolean isShareable() {
			if (this.status != 200 || this.headers.containsHeader(HttpHeaders.SET_COOKIE)) {
				return false;
			}
			String encoding = this.headers.getFirst(HttpHeaders.CONTENT_ENCODING);
			if (encoding != null && !encoding.equalsIgnoreCase("identity")) {
				return false;
			}
			String cacheControl = String.join(",", this.headers.getOrEmpty(HttpHeaders.CACHE_CONTROL))
				.toLowerCase(Locale.ROOT);
			return cacheControl.contains("public") && !cacheControl.contains("private")
					&& !cacheControl.contains("no-store");
		}

	}

	/** A kept page. */
	static final class Entry {

		private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
			.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

		final HttpHeaders headers;

		final byte[] body;

		final byte[] gzip;

		final String etag;

		final String gzipEtag;

		final long lastModified;

		final String lastModifiedHeader;

		final Set<String> families;

		final long stamp;

		final long fetchedAt;

		final long sequence;

		volatile long notBefore;

		volatile boolean read;

		final AtomicBoolean refreshing = new AtomicBoolean();

		Entry(HttpHeaders headers, byte[] body, byte[] gzip, String hash, long lastModified, Set<String> families,
				long stamp, long fetchedAt, long notBefore, long sequence) {
			this.headers = headers;
			this.body = body;
			this.gzip = gzip;
			this.etag = "\"" + hash + "\"";
			this.gzipEtag = "\"" + hash + "-gz\"";
			this.lastModified = lastModified;
			this.lastModifiedHeader = HTTP_DATE.format(Instant.ofEpochMilli(lastModified).atZone(ZoneOffset.UTC));
			this.families = families;
			this.stamp = stamp;
			this.fetchedAt = fetchedAt;
			this.notBefore = notBefore;
			this.sequence = sequence;
		}

		int weight() {
			return 1024 + this.body.length + ((this.gzip != null) ? this.gzip.length : 0);
		}

	}

}
