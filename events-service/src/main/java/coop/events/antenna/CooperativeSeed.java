package coop.events.antenna;

import java.time.Instant;

import coop.platform.contracts.ContractJson;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.cooperative.CooperativeCopy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Seeds the copy of the cooperative's settings at start from members-service's public
 * settings: events-service starts with members-service (both publish demo messages), so
 * the settings members-service tells at its start may be published before this service's
 * queue exists. The seed is dated at the epoch: any message wins over it. Retries every
 * {@code coop.antennas.seed-retry} until members-service answered.
 */
@Component
class CooperativeSeed {

	static final String PUBLIC_SETTINGS = "/api/members/public/cooperative";

	private static final Log logger = LogFactory.getLog(CooperativeSeed.class);

	private final CooperativeCopy copy;

	private final MembersPublicApi members;

	private volatile boolean done;

	CooperativeSeed(CooperativeCopy copy, DiscoveryClient discovery) {
		this.copy = copy;
		this.members = new MembersPublicApi(discovery);
	}

	@Scheduled(fixedDelayString = "${coop.antennas.seed-retry:10s}")
	void seedAtStart() {
		if (this.done) {
			return;
		}
		try {
			seed(this.members.read(PUBLIC_SETTINGS));
			this.done = true;
		}
		catch (RuntimeException ex) {
			logger.warn("The cooperative's settings not seeded yet: " + ex.getMessage());
		}
	}

	/**
	 * Keeps members-service's public settings, once set up, unless a message brought
	 * newer ones.
	 */
	void seed(String publicSettings) {
		JsonNode settings = ContractJson.mapper().readTree((publicSettings != null) ? publicSettings : "{}");
		if (!settings.path("configured").asBoolean()) {
			return;
		}
		CooperativeChanged read = ContractJson.mapper().treeToValue(settings, CooperativeChanged.class);
		this.copy.keep(new CooperativeChanged(read.name(), read.shortName(), read.primaryColour(),
				read.secondaryColour(), read.logoUrl(), read.address(), read.contactEmail(), read.phone(),
				read.senderName(), read.senderEmail(), read.legalForm(), read.publicUrl(), read.networks(),
				read.socialLinks(), Instant.EPOCH));
	}

}
