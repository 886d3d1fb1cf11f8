package coop.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import coop.platform.contracts.events.AgendaEventPublished;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.Attendee;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.members.AntennaChanged;
import coop.platform.contracts.members.CoachProfileChanged;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.contracts.members.ShowcaseWithdrawn;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache between visitors and the web UI (played here by a small HTTP server that
 * renders each page with a counter, and writes the visitor's cookie into the page when it
 * gets one, as a personal page would), purged by real messages on the real broker. Pages
 * stay fresh ten minutes here, so whatever changes within seconds was the messages'
 * doing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "spring.cloud.discovery.enabled=false",
				"coop.gateway.page-cache.fresh=10m", "coop.gateway.page-cache.refresh-delay=100ms",
				"coop.gateway.page-cache.min-refresh-interval=200ms" })
class PageCacheIT {

	static HttpServer webUi;

	/** What the web UI renders at each path now. */
	static final Map<String, String> pages = new ConcurrentHashMap<>();

	/**
	 * Pages the web UI now answers with a permanent redirection, to the address given.
	 */
	static final Map<String, String> moved = new ConcurrentHashMap<>();

	static final Map<String, AtomicInteger> renderings = new ConcurrentHashMap<>();

	/** The Cookie header of every request the web UI got ("" without). */
	static final List<String> cookiesSeen = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void startWebUi() throws IOException {
		webUi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		webUi.createContext("/", PageCacheIT::render);
		webUi.start();
	}

	@AfterAll
	static void stopWebUi() {
		webUi.stop(0);
	}

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.redis().register(registry);
		TestServers.rabbit().register(registry);
		registry.add("WEB_UI_URL", () -> "http://127.0.0.1:" + webUi.getAddress().getPort());
	}

	/**
	 * Renders like the web UI: shareable pages (Cache-Control: public) even when a cookie
	 * came along, to prove that the gateway, not the page, keeps a visitor's page theirs.
	 */
	static void render(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getRawPath() + ((exchange.getRequestURI().getRawQuery() != null)
				? "?" + exchange.getRequestURI().getRawQuery() : "");
		String cookie = exchange.getRequestHeaders().getFirst("Cookie");
		cookiesSeen.add((cookie != null) ? cookie : "");
		int count = renderings.computeIfAbsent(path, (p) -> new AtomicInteger()).incrementAndGet();
		String page = pages.get(path);
		if (moved.containsKey(path)) {
			exchange.getResponseHeaders().set("Location", moved.get(path));
			exchange.sendResponseHeaders(301, -1);
			exchange.close();
			return;
		}
		if (page == null) {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
			return;
		}
		String html = "<!DOCTYPE html><html lang=\"fr\"><body><main>" + page + "</main>"
				+ ((cookie != null) ? "<p>Page de " + cookie + "</p>" : "") + "<p>rendu " + count + "</p>" + "<!-- "
				+ "texte ".repeat(300) + "--></body></html>";
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.getResponseHeaders()
			.set("Cache-Control", path.startsWith("/contact") ? "private, no-cache"
					: "public, max-age=0, s-maxage=10, stale-while-revalidate=60");
		exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; script-src 'self'");
		exchange.getResponseHeaders().set("Server-Timing", "app;dur=12.5");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Value("${local.server.port}")
	int port;

	@Autowired
	BrokerPublisher publisher;

	WebTestClient client;

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(15))
			.build();
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	static int renderingsOf(String path) {
		AtomicInteger count = renderings.get(path);
		return (count != null) ? count.get() : 0;
	}

	EntityExchangeResult<String> get(String path, String... cookies) {
		return this.client.get().uri(path).headers((headers) -> {
			for (String cookie : cookies) {
				headers.add(HttpHeaders.COOKIE, cookie);
			}
		}).exchange().expectBody(String.class).returnResult();
	}

	String body(String path, String... cookies) {
		return get(path, cookies).getResponseBody();
	}

	void publish(IntegrationEvent event) {
		this.publisher.publish(MessageEnvelope.of(event, Instant.now()));
	}

	static AgendaEventSnapshot event(String id) {
		return new AgendaEventSnapshot(UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)),
				AgendaEventSnapshot.Kind.INFO_MEETING, "Réunion d'information collective",
				OffsetDateTime.of(2031, 1, 12, 9, 30, 0, 0, ZoneOffset.ofHours(1)),
				OffsetDateTime.of(2031, 1, 12, 11, 30, 0, 0, ZoneOffset.ofHours(1)), "Europe/Paris",
				"COOP'EMPLOI Seynod", "1025 ancienne route d'Annecy, 74600 Seynod", null,
				"http://localhost:8080/agenda/" + id, "seynod");
	}

	/** Asks the page until it holds the text; how long that took. */
	Duration untilShown(String path, String text) throws InterruptedException {
		Instant start = Instant.now();
		Instant deadline = start.plusSeconds(10);
		while (Instant.now().isBefore(deadline)) {
			if (body(path).contains(text)) {
				return Duration.between(start, Instant.now());
			}
			Thread.sleep(100);
		}
		throw new AssertionError(path + " never showed « " + text + " »: " + body(path));
	}

	@Test
	void anAnonymousPageIsRenderedOnceThenAnsweredFromMemoryWithItsValidators() {
		String path = "/agenda/" + unique("e");
		pages.put(path, "<h1>Réunion du 12 janvier</h1>");

		EntityExchangeResult<String> first = get(path);
		EntityExchangeResult<String> second = get(path);

		assertThat(renderingsOf(path)).isEqualTo(1);
		assertThat(first.getResponseHeaders().get("Server-Timing")).anyMatch((t) -> t.contains("cache;desc=\"miss\""))
			.anyMatch((t) -> t.contains("app;dur=12.5"));
		assertThat(second.getResponseHeaders().get("Server-Timing")).anyMatch((t) -> t.contains("cache;desc=\"hit\""))
			.anyMatch((t) -> t.startsWith("gateway;dur="));
		assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody()).contains("Réunion du 12 janvier");
		HttpHeaders headers = second.getResponseHeaders();
		assertThat(headers.getCacheControl()).isEqualTo("public, max-age=0, s-maxage=10, stale-while-revalidate=60");
		assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'self'; script-src 'self'");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getETag()).isNotBlank();
		assertThat(headers.getLastModified()).isPositive();
		// nothing of one visit in a shared page: no cookie, no CSRF token
		assertThat(headers.containsHeader(HttpHeaders.SET_COOKIE)).isFalse();

		this.client.get()
			.uri(path)
			.header(HttpHeaders.IF_NONE_MATCH, headers.getETag())
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, headers.getETag());
		this.client.get()
			.uri(path)
			.header(HttpHeaders.IF_MODIFIED_SINCE, headers.getFirst(HttpHeaders.LAST_MODIFIED))
			.exchange()
			.expectStatus()
			.isNotModified();
		// a link shared with tracking parameters is the same page
		assertThat(body(path + "?utm_source=journal&fbclid=abc")).isEqualTo(first.getResponseBody());
		assertThat(renderingsOf(path)).isEqualTo(1);
	}

	@Test
	void parametersNoPageReadsNeitherRenderAgainNorMakeAnotherPage() {
		String kind = unique("k");
		// the address the page is kept under and fetched at: the parameters the pages
		// read, each once, in the order of their names
		String agenda = "/agenda?kind=" + kind + "&month=2031-01";
		pages.put(agenda, "<h1>Agenda de janvier</h1>");

		String first = body("/agenda?month=2031-01&kind=" + kind);
		assertThat(first).contains("Agenda de janvier");
		assertThat(body(agenda + "&nocache=" + unique("r"))).isEqualTo(first);
		assertThat(body("/agenda?x=" + unique("r") + "&kind=" + kind + "&kind=autre&month=2031-01&utm_medium=social"))
			.isEqualTo(first);
		assertThat(renderingsOf(agenda)).isEqualTo(1);
		assertThat(renderings.keySet()).as("the web UI never got the other parameters")
			.noneMatch((path) -> path.contains(kind) && !path.equals(agenda));

		// a parameter the page reads is another page
		pages.put(agenda + "&page=2", "<h1>Agenda de janvier, page 2</h1>");
		assertThat(body("/agenda?page=2&month=2031-01&kind=" + kind)).contains("page 2");
	}

	@Test
	void aBrowserThatTakesGzipGetsItCompressed() throws Exception {
		String path = "/agenda/" + unique("gz");
		pages.put(path, "<h1>Salon de l'artisanat</h1>");
		String plain = body(path);

		// the JDK's client, which leaves the encoding as it came
		HttpResponse<byte[]> zipped = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br")
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(zipped.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
		assertThat(zipped.headers().firstValue(HttpHeaders.VARY)).hasValue(HttpHeaders.ACCEPT_ENCODING);
		assertThat(zipped.body().length).isLessThan(plain.length());
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
		}
	}

	@Test
	void anEventMovedReachesItsCachedPageAndTheAgendaWithinSeconds() throws InterruptedException {
		String id = unique("moved");
		String page = "/agenda/" + id;
		String agenda = "/agenda?kind=" + id;
		pages.put(page, "<p>Le 12 janvier à 9 h 30</p>");
		pages.put(agenda, "<ul><li>" + id + " : le 12 janvier à 9 h 30</li></ul>");
		body(page);
		body(agenda);
		assertThat(body(page)).contains("9 h 30");
		assertThat(body(agenda)).contains("9 h 30");

		pages.put(page, "<p>Le 12 janvier à 14 h</p>");
		pages.put(agenda, "<ul><li>" + id + " : le 12 janvier à 14 h</li></ul>");
		assertThat(body(page)).as("still the kept page until the message comes").contains("9 h 30");
		// events-service tells the event's new state (events.event.published) with every
		// move
		publish(new AgendaEventPublished(event(id), "Découvrir la coopérative.", "",
				AgendaEventPublished.Audience.PUBLIC, false, Instant.now()));

		assertThat(untilShown(page, "14 h")).isLessThan(Duration.ofSeconds(5));
		assertThat(untilShown(agenda, "14 h")).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void theLastSeatTakenReachesTheEventPageWithinSeconds() throws InterruptedException {
		String id = unique("full");
		String page = "/agenda/" + id;
		pages.put(page, "<p>1 place restante</p>");
		body(page);
		assertThat(body(page)).contains("1 place restante");

		pages.put(page, "<p>Complet : inscription sur liste d'attente</p>");
		publish(new RegistrationConfirmed(UUID.randomUUID(), event(id),
				new Attendee("Léa", "Perrin", "lea.perrin@example.org", null), "http://localhost:8080/annuler"));

		assertThat(untilShown(page, "Complet")).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void aShowcaseWithdrawnLeavesTheDirectory() throws InterruptedException {
		String directory = "/entrepreneurs?secteur=" + unique("s");
		pages.put(directory, "<ul><li>Atelier Bois</li><li>Céramiques</li></ul>");
		body(directory);
		body(directory);
		pages.put(directory, "<ul><li>Céramiques</li></ul>");

		publish(new ShowcaseWithdrawn("atelier-bois"));

		untilShown(directory, "<ul><li>Céramiques</li></ul>");
	}

	@Test
	void aCoachWithdrawingConsentLeavesTheCoachesPageWithinSeconds() throws InterruptedException {
		String page = "/cooperative/accompagnateurs";
		String data = page + ".data";
		pages.put(page, "<ul><li>Inès Bouvier</li><li>Lucas Favre</li></ul>");
		pages.put(data, "[\"Inès Bouvier\",\"Lucas Favre\"]");
		body(page);
		body(data);
		int rendered = renderingsOf(page);
		assertThat(body(page)).as("kept like the other cooperative pages").contains("Lucas Favre");
		assertThat(renderingsOf(page)).isEqualTo(rendered);
		pages.put(page, "<ul><li>Inès Bouvier</li></ul>");
		pages.put(data, "[\"Inès Bouvier\"]");

		publish(new CoachProfileChanged(UUID.randomUUID().toString(), false, Instant.now()));

		assertThat(untilShown(page, "<ul><li>Inès Bouvier</li></ul>")).isLessThan(Duration.ofSeconds(5));
		untilShown(data, "[\"Inès Bouvier\"]");
	}

	@Test
	void aRenamedShowcasesOldAddressAnswersItsRedirectionWithinSeconds() throws Exception {
		String slug = unique("ancien-nom");
		String old = "/entrepreneurs/" + slug;
		pages.put(old, "<h1>Ancien nom</h1>");
		body(old);
		body(old);
		moved.put(old, "/entrepreneurs/nouveau-nom");

		publish(new ShowcaseWithdrawn(slug));

		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		Instant deadline = Instant.now().plusSeconds(5);
		HttpResponse<Void> answer;
		do {
			Thread.sleep(100);
			answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + old)).build(),
					HttpResponse.BodyHandlers.discarding());
		}
		while (answer.statusCode() != 301 && Instant.now().isBefore(deadline));
		assertThat(answer.statusCode()).as("the kept page gives way to the web UI's redirection").isEqualTo(301);
		assertThat(answer.headers().firstValue("Location")).hasValue("/entrepreneurs/nouveau-nom");
	}

	@Test
	void theCooperativesNewSettingsReachEveryCachedPage() throws InterruptedException {
		String contact = "/cooperative?page=" + unique("c");
		pages.put(contact, "<footer>Coop A</footer>");
		body(contact);
		body(contact);
		pages.put(contact, "<footer>Coop B</footer>");

		publish(new CooperativeChanged("Coop B", "Coop B", "#1d4e89", null, null,
				new CooperativeChanged.PostalAddress(null, null, "Lyon"), "bonjour@coop-b.example", null, "Coop B",
				null, null, "http://localhost:8080", List.of(), List.of(), Instant.now()));

		untilShown(contact, "<footer>Coop B</footer>");
	}

	@Test
	void aNewAntennaReachesTheCachedAgendaFilter() throws InterruptedException {
		String agenda = "/agenda?page=" + unique("a");
		pages.put(agenda, "<select><option>Seynod</option></select>");
		body(agenda);
		body(agenda);
		pages.put(agenda, "<select><option>Rumilly</option><option>Seynod</option></select>");

		publish(new AntennaChanged("rumilly", "Rumilly", new CooperativeChanged.PostalAddress(null, "74150", "Rumilly"),
				null, false, AntennaChanged.Status.OPEN, Instant.now()));

		untilShown(agenda, "<option>Rumilly</option>");
	}

	@Test
	void aLoggedInVisitIsNeverAnsweredFromTheCacheNorKeptForOthers() {
		String path = "/agenda/" + unique("in");
		pages.put(path, "<h1>Atelier</h1>");
		String anonymous = body(path);
		int before = renderingsOf(path);

		EntityExchangeResult<String> alice = get(path, "COOP_SESSION=alice-session");
		EntityExchangeResult<String> again = get(path, "COOP_SESSION=alice-session");

		assertThat(renderingsOf(path)).isEqualTo(before + 2);
		assertThat(alice.getResponseBody()).contains("Page de COOP_SESSION=alice-session");
		assertThat(again.getResponseHeaders().getCacheControl()).isEqualTo("private, no-store");
		assertThat(again.getResponseHeaders().get("Server-Timing"))
			.anyMatch((t) -> t.contains("cache;desc=\"bypass\""));
		assertThat(body(path)).isEqualTo(anonymous).doesNotContain("alice");
	}

	@Test
	void oneVisitorsCookieNeverMakesAnotherVisitorsPage() {
		String path = "/entrepreneurs/" + unique("atelier-");
		pages.put(path, "<h1>Atelier Bois</h1>");

		// the first visitor of this page is logged in: their page is theirs alone
		assertThat(body(path, "COOP_SESSION=alice-session")).contains("alice");
		// the next one brings other cookies (a CSRF token, a preference): the kept page
		// is
		// rendered for nobody in particular
		int seen = cookiesSeen.size();
		String bob = body(path, "XSRF-TOKEN=bob-token; theme=bob-dark");
		assertThat(bob).doesNotContain("alice").doesNotContain("bob").doesNotContain("Page de");
		assertThat(cookiesSeen.subList(seen, cookiesSeen.size())).containsOnly("");
		// and a third visitor, anonymous, gets that same page, not anyone's
		assertThat(body(path)).isEqualTo(bob);
		assertThat(body(path, "COOP_SESSION=carol-session")).contains("carol").doesNotContain("alice");
		assertThat(body(path)).isEqualTo(bob);
	}

	@Test
	void onlyThePublicPagesTheWebUiSaysMayBeSharedAreKept() {
		String intranet = "/intranet/" + unique("x");
		pages.put(intranet, "<h1>Mon espace</h1>");
		body(intranet);
		body(intranet);
		assertThat(renderingsOf(intranet)).as("not a path of the cache").isEqualTo(2);

		String contact = "/contact?page=" + unique("x");
		pages.put(contact, "<h1>Contact</h1>");
		body(contact);
		body(contact);
		assertThat(renderingsOf(contact)).as("the web UI said private").isEqualTo(2);

		String missing = "/agenda/" + unique("missing");
		this.client.get().uri(missing).exchange().expectStatus().isNotFound();
		this.client.get().uri(missing).exchange().expectStatus().isNotFound();
		assertThat(renderingsOf(missing)).as("a missing page is asked again").isEqualTo(2);
	}

}
