package coop.events.antenna;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import coop.platform.contracts.ContractJson;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Seeds {@link Antennas} at start from members-service's public list of open antennas
 * (found through the service registry): the antennas whose messages were published before
 * this service's queue existed (an installation older than the copy, or a first start
 * where members-service spoke first) would be missing otherwise. Antennas it already
 * knows are left as they are; only missing ones are added. While members-service does not
 * answer, it tries again every {@code coop.antennas.seed-retry} (10 s, as often as the
 * registry is read) as long as the copy is empty; once it answered, or when the copy
 * holds antennas, messages alone keep it. It works the same with demo data on or off: the
 * list is whatever members-service holds.
 */
@Component
class AntennaSeed {

	static final String MEMBERS_SERVICE = "members-service";

	static final String PUBLIC_LIST = "/api/members/public/antennas";

	private static final Log logger = LogFactory.getLog(AntennaSeed.class);

	private final Antennas antennas;

	private final DiscoveryClient discovery;

	private final RestClient http;

	private volatile boolean done;

	AntennaSeed(Antennas antennas, DiscoveryClient discovery) {
		this.antennas = antennas;
		this.discovery = discovery;
		SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
		timeouts.setConnectTimeout(Duration.ofSeconds(2));
		timeouts.setReadTimeout(Duration.ofSeconds(5));
		this.http = RestClient.builder().requestFactory(timeouts).build();
	}

	@Scheduled(fixedDelayString = "${coop.antennas.seed-retry:10s}")
	void seedAtStart() {
		if (!this.done) {
			try {
				this.done = seed();
			}
			catch (RuntimeException ex) {
				// its own store does not answer (restarting): the next run tries again
				logger.warn("Antennas not seeded yet: " + ex.getMessage());
			}
		}
	}

	/**
	 * One attempt.
	 * @return whether seeding is over (members-service answered, or the copy is not
	 * empty)
	 */
	boolean seed() {
		List<ServiceInstance> instances = this.discovery.getInstances(MEMBERS_SERVICE);
		Exception failure = null;
		for (ServiceInstance instance : instances) {
			try {
				String body = this.http.get()
					.uri(URI.create(instance.getUri().toString() + PUBLIC_LIST))
					.retrieve()
					.body(String.class);
				Listed[] listed = ContractJson.mapper().readValue((body != null) ? body : "[]", Listed[].class);
				int added = this.antennas.addMissing(Arrays.stream(listed)
					.filter((antenna) -> antenna.code() != null && antenna.name() != null && !antenna.closed())
					.map((antenna) -> new Antenna(antenna.code(), antenna.name(), antenna.headOffice(), false))
					.toList());
				logger.info("Antennas seeded from members-service: " + added + " added, " + listed.length + " listed");
				return true;
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
		}
		if (!this.antennas.isEmpty()) {
			return true;
		}
		logger.warn("No antenna known yet and members-service's list of antennas could not be read ("
				+ ((failure != null) ? failure.getMessage() : "members-service is not registered")
				+ "): trying again; meanwhile no event can be attached to an antenna");
		return false;
	}

	/** An antenna as members-service's public list shows it. */
	record Listed(String code, String name, boolean headOffice, boolean closed) {
	}

}
