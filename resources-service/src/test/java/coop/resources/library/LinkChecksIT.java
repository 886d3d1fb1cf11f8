package coop.resources.library;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import coop.platform.moderation.ModerationState;
import coop.resources.library.LinkChecks.LinkCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated links' check against a small web site of the test's own (on this machine,
 * hence {@code allow-private-addresses}): a page that answers, one gone, one moved, one
 * that refuses {@code HEAD}; coaches and staff read the broken ones, nobody else.
 */
@TestPropertySource(properties = "coop.link-check.allow-private-addresses=true")
class LinkChecksIT extends CentreTestBase {

	@Autowired
	LinkChecks checks;

	private HttpServer site;

	private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

	@BeforeEach
	void startSite() throws IOException {
		this.site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.site.createContext("/", this::answer);
		this.site.start();
		// links of other tests point to sites of nowhere: they count as checked already
		for (Resource link : this.mongo.find(Query.query(Criteria.where("kind")
			.is(ResourceKind.LINK.name())
			.and("moderation.state")
			.is(ModerationState.VALIDATED.name())), Resource.class)) {
			if (link.liveContent() != null) {
				this.mongo
					.save(new LinkCheck(link.id(), link.liveContent().url(), Instant.now(), true, 200, null, null));
			}
		}
	}

	@AfterEach
	void stopSite() {
		this.site.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		this.asked.computeIfAbsent(path + " " + exchange.getRequestMethod(), (key) -> new AtomicInteger())
			.incrementAndGet();
		switch (path) {
			case "/guide" -> exchange.sendResponseHeaders(200, -1);
			case "/ancien-guide" -> {
				exchange.getResponseHeaders().add("Location", "/guide");
				exchange.sendResponseHeaders(301, -1);
			}
			case "/sans-head" ->
				exchange.sendResponseHeaders(exchange.getRequestMethod().equals("HEAD") ? 405 : 200, -1);
			default -> exchange.sendResponseHeaders(404, -1);
		}
		exchange.close();
	}

	private String link(String title, String path) {
		Map<String, Object> body = resource("LINK", title, "MEMBERS");
		body.put("url", "http://127.0.0.1:" + this.site.getAddress().getPort() + path);
		JsonNode published = published("marie.entrepreneur", "lucas.coach", body);
		return published.path("id").asString();
	}

	@Test
	void aGoneOrMovedPageIsToldToCoachesAndStaffOnce() throws Exception {
		String alive = link("Guide du créateur", "/guide");
		String moved = link("Ancien guide", "/ancien-guide");
		String noHead = link("Site sans HEAD", "/sans-head");
		String gone = link("Page disparue", "/page-disparue");

		// two replicas at once: each site is asked once
		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(this.checks::checkDue);
		CompletableFuture<Integer> two = CompletableFuture.supplyAsync(this.checks::checkDue);
		assertThat(one.get() + two.get()).isEqualTo(4);
		assertThat(this.asked.get("/page-disparue HEAD")).hasValue(1);
		assertThat(this.asked.get("/sans-head GET")).hasValue(1);

		JsonNode broken = as("lucas.coach").get("/api/resources/links/broken").expect(200);
		List<String> ids = broken.valueStream().map((b) -> b.path("resourceId").asString()).toList();
		assertThat(ids).contains(gone).doesNotContain(alive, moved, noHead);
		JsonNode entry = broken.valueStream()
			.filter((b) -> b.path("resourceId").asString().equals(gone))
			.findFirst()
			.orElseThrow();
		assertThat(entry.path("status").asInt()).isEqualTo(404);
		assertThat(entry.path("reason").asString()).isEqualTo("Page introuvable (404).");
		assertThat(entry.path("title").asString()).startsWith("Page disparue");
		as("camille.staff").get("/api/resources/links/broken").expect(200);

		// checked within the interval: nobody is asked again
		assertThat(this.checks.checkDue()).isZero();

		as("marie.entrepreneur").get("/api/resources/links/broken").expect(403);
		as(null).get("/api/resources/links/broken").expect(401);
	}

	@Test
	void addressesOfTheMachineOrAPrivateNetworkAreNeverAsked() throws Exception {
		assertThat(LinkProbe.isPrivate(java.net.InetAddress.getByName("127.0.0.1"))).isTrue();
		assertThat(LinkProbe.isPrivate(java.net.InetAddress.getByName("10.1.2.3"))).isTrue();
		assertThat(LinkProbe.isPrivate(java.net.InetAddress.getByName("192.168.1.1"))).isTrue();
		assertThat(LinkProbe.isPrivate(java.net.InetAddress.getByName("169.254.169.254"))).isTrue();
		assertThat(LinkProbe.isPrivate(java.net.InetAddress.getByName("::1"))).isTrue();
		assertThat(LinkProbe.isPrivate(java.net.InetAddress.getByName("fd00::1"))).isTrue();
		assertThat(LinkProbe.isPrivate(java.net.InetAddress.getByName("100.64.0.1"))).isTrue();
		assertThat(LinkProbe.isPrivate(java.net.InetAddress.getByName("93.184.215.14"))).isFalse();

		LinkProbe strict = new LinkProbe(java.time.Duration.ofSeconds(2), false);
		LinkProbe.Outcome local = strict.check("http://127.0.0.1:" + this.site.getAddress().getPort() + "/guide");
		assertThat(local.ok()).isFalse();
		assertThat(local.reason()).isEqualTo("Adresse d'un réseau privé : elle n'est pas vérifiée.");
		assertThat(this.asked).isEmpty();
		assertThat(strict.check("ftp://example.org/fichier").reason())
			.isEqualTo("Ce n'est pas une adresse web (http ou https).");
	}

}
