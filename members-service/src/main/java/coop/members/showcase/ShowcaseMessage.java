package coop.members.showcase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import coop.platform.contracts.IntegrationEvent;
import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A visitor's message through a showcase, kept only to count messages against floods: the
 * text and the visitor's address travel in the outbox entry, pulled out once the broker
 * has it; what stays is the showcase, the time, a digest of the address and the version
 * of the consent text the visitor agreed to (events-service's {@code SHOWCASE_MESSAGE}).
 */
@Document("showcase_messages")
class ShowcaseMessage implements HasOutbox {

	@Id
	private String id;

	private String showcaseId;

	private String senderDigest;

	private Instant receivedAt;

	private Integer consentVersion;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected ShowcaseMessage() {
	}

	ShowcaseMessage(String id, String showcaseId, String senderDigest, Instant receivedAt, Integer consentVersion,
			IntegrationEvent event) {
		this.consentVersion = consentVersion;
		this.id = id;
		this.showcaseId = showcaseId;
		this.senderDigest = senderDigest;
		this.receivedAt = receivedAt;
		this.outbox.add(OutboxEntry.of(event, receivedAt));
	}

	@Override
	public List<OutboxEntry> outbox() {
		return this.outbox;
	}

}
