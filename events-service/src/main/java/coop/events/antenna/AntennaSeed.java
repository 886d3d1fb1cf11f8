package coop.events.antenna;

import java.util.Arrays;

import coop.platform.contracts.ContractJson;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

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

	static final String MEMBERS_SERVICE = MembersPublicApi.MEMBERS_SERVICE;

	static final String PUBLIC_LIST = "/api/members/public/antennas";

	private static final Log logger = LogFactory.getLog(AntennaSeed.class);

	private final Antennas antennas;

	private final MembersPublicApi members;

	private volatile boolean done;

	AntennaSeed(Antennas antennas, DiscoveryClient discovery) {
		this.antennas = antennas;
		this.members = new MembersPublicApi(discovery);
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
		RuntimeException failure;
		try {
			String body = this.members.read(PUBLIC_LIST);
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
		if (!this.antennas.isEmpty()) {
			return true;
		}
		logger.warn("No antenna known yet and members-service's list of antennas could not be read ("
				+ failure.getMessage() + "): trying again; meanwhile no event can be attached to an antenna");
		return false;
	}

	/** An antenna as members-service's public list shows it. */
	record Listed(String code, String name, boolean headOffice, boolean closed) {
	}

}
