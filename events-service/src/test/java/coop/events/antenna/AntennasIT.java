package coop.events.antenna;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import coop.events.EventsIntegrationTest;
import coop.platform.contracts.members.AntennaChanged;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events belong only to antennas members-service told of and that are open: its
 * {@code members.antenna.changed} messages reach the copy through the real broker and the
 * inbox (newest state wins, an older or repeated one changes nothing), and the copy is
 * seeded from members-service's public list without overwriting what messages said.
 */
class AntennasIT extends EventsIntegrationTest {

	@Autowired
	BrokerPublisher broker;

	@Autowired
	Antennas antennas;

	static Map<String, Object> workshopAt(String antenna) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "WORKSHOP");
		body.put("audience", "MEMBERS");
		body.put("title", "Construire son prévisionnel");
		body.put("summary", "Atelier de gestion");
		body.put("startsAt", "2031-05-01T09:00:00+02:00");
		body.put("endsAt", "2031-05-01T12:00:00+02:00");
		body.put("place", Map.of("kind", "ANTENNA", "label", "COOP'EMPLOI", "street", "2 place de l'Hôtel de Ville",
				"postalCode", "74200", "town", "Thonon-les-Bains"));
		body.put("antenna", antenna);
		body.put("capacity", 10);
		return body;
	}

	static AntennaChanged antenna(String code, AntennaChanged.Status status, Instant changedAt) {
		return new AntennaChanged(code, "Thonon-les-Bains",
				new CooperativeChanged.PostalAddress("2 place de l'Hôtel de Ville", "74200", "Thonon-les-Bains"),
				"Mardi, 9 h – 17 h", false, status, changedAt);
	}

	long stored() {
		return this.jdbc.queryForObject("select count(*) from agenda_event", Long.class);
	}

	boolean closed(String code) {
		return this.antennas.find(code).orElseThrow().closed();
	}

	@Test
	void anEventBelongsOnlyToAnAntennaMembersServiceToldOfAndThatIsOpen() {
		String code = "thonon-" + UUID.randomUUID().toString().substring(0, 8);
		call(HttpMethod.POST, "/api/events/staff/events", "camille.staff", workshopAt(code)).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("antenna")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Cette antenne n'existe pas : choisissez une antenne de la liste.");
		assertThat(stored()).isZero();

		// members-service opens it: told twice, kept once
		Instant opened = Instant.now().minusSeconds(60);
		MessageEnvelope open = MessageEnvelope.of(antenna(code, AntennaChanged.Status.OPEN, opened), opened);
		this.broker.publish(open);
		this.broker.publish(open);
		Eventually.await(() -> this.antennas.find(code), (found) -> found.isPresent(), Duration.ofSeconds(20));
		call(HttpMethod.POST, "/api/events/staff/events", "camille.staff", workshopAt(code)).expectStatus().isCreated();
		String id = this.jdbc.queryForObject("select id::text from agenda_event where antenna_code = ?", String.class,
				code);
		assertThat(
				this.jdbc.queryForObject("select antenna_name from agenda_event where id = ?::uuid", String.class, id))
			.isEqualTo("Thonon-les-Bains");

		// then closes it: neither a new event nor a change of one is accepted for it
		Instant closedAt = opened.plusSeconds(30);
		this.broker.publish(MessageEnvelope.of(antenna(code, AntennaChanged.Status.CLOSED, closedAt), closedAt));
		Eventually.await(() -> closed(code), (closed) -> closed, Duration.ofSeconds(20));
		for (var request : List.of(call(HttpMethod.POST, "/api/events/staff/events", "camille.staff", workshopAt(code)),
				call(HttpMethod.PUT, "/api/events/staff/events/" + id, "camille.staff", workshopAt(code)))) {
			request.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("antenna")
				.jsonPath("$.errors[0].message")
				.isEqualTo("L'antenne Thonon-les-Bains est fermée : choisissez une antenne ouverte.");
		}
		assertThat(stored()).isEqualTo(1);
		// moved to an open antenna, the event may be changed
		call(HttpMethod.PUT, "/api/events/staff/events/" + id, "camille.staff", workshopAt("seynod")).expectStatus()
			.isOk();

		// a state older than the kept one, arriving late, changes nothing
		Instant older = opened.plusSeconds(10);
		this.broker.publish(MessageEnvelope.of(antenna(code, AntennaChanged.Status.OPEN, older), older));
		Eventually.pause(Duration.ofSeconds(2));
		assertThat(closed(code)).isTrue();
	}

	@Test
	void theCopyIsSeededFromMembersServicesPublicListWithoutOverwritingWhatMessagesSaid() throws IOException {
		String fresh = "seed-" + UUID.randomUUID().toString().substring(0, 8);
		String gone = "seed-" + UUID.randomUUID().toString().substring(0, 8);
		// what members-service's public list answers (one field the copy does not know)
		String list = "[{\"code\":\"" + fresh + "\",\"name\":\"Rumilly\",\"street\":null,\"postalCode\":\"74150\","
				+ "\"town\":\"Rumilly\",\"openingHours\":null,\"headOffice\":false,\"closed\":false,\"extra\":1},"
				+ "{\"code\":\"seynod\",\"name\":\"Un autre nom\",\"headOffice\":true,\"closed\":false},"
				+ "{\"code\":\"" + gone + "\",\"name\":\"Fermée\",\"headOffice\":false,\"closed\":true}]";
		HttpServer members = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		members.createContext(AntennaSeed.PUBLIC_LIST, (exchange) -> {
			byte[] body = list.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		members.start();
		try {
			URI uri = URI.create("http://127.0.0.1:" + members.getAddress().getPort());
			assertThat(new AntennaSeed(this.antennas, registry(uri)).seed()).isTrue();
		}
		finally {
			members.stop(0);
		}
		assertThat(this.antennas.find(fresh)).contains(new Antenna(fresh, "Rumilly", false, false));
		assertThat(this.antennas.find("seynod").orElseThrow().name()).isEqualTo("Seynod");
		assertThat(this.antennas.find(gone)).isEmpty();
		call(HttpMethod.POST, "/api/events/staff/events", "camille.staff", workshopAt(fresh)).expectStatus()
			.isCreated();
		// any message, however old, tells more than the seed
		Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
		this.broker.publish(MessageEnvelope.of(antenna(fresh, AntennaChanged.Status.CLOSED, longAgo), longAgo));
		Eventually.await(() -> closed(fresh), (closed) -> closed, Duration.ofSeconds(20));
	}

	@Test
	void whileMembersServiceDoesNotAnswerSeedingGoesOnOnlyIfNoAntennaIsKnown() throws IOException {
		URI down;
		try (ServerSocket nobody = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			down = URI.create("http://127.0.0.1:" + nobody.getLocalPort());
		}
		assertThat(new AntennaSeed(this.antennas, registry(down)).seed()).isTrue();
		assertThat(new AntennaSeed(this.antennas, registry(null)).seed()).isTrue();
		this.jdbc.update("truncate antenna");
		assertThat(new AntennaSeed(this.antennas, registry(down)).seed()).isFalse();
		assertThat(new AntennaSeed(this.antennas, registry(null)).seed()).isFalse();
	}

	/** A service registry that knows members-service at that address, or not at all. */
	static DiscoveryClient registry(URI members) {
		return new DiscoveryClient() {

			@Override
			public String description() {
				return "test";
			}

			@Override
			public List<ServiceInstance> getInstances(String serviceId) {
				return (members == null || !serviceId.equals(AntennaSeed.MEMBERS_SERVICE)) ? List.of()
						: List.of(new DefaultServiceInstance("members-1", serviceId, members.getHost(),
								members.getPort(), false));
			}

			@Override
			public List<String> getServices() {
				return (members == null) ? List.of() : List.of(AntennaSeed.MEMBERS_SERVICE);
			}

		};
	}

}
