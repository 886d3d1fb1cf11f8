package coop.platform.messaging;

import java.time.Instant;
import java.util.UUID;

import coop.platform.contracts.ContractJson;
import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;
import tools.jackson.databind.JsonNode;

/**
 * What travels on the broker: the event's identity and time around its payload. Consumers
 * deduplicate on {@link #eventId()}; {@link #type()} is also the routing key.
 */
public record MessageEnvelope(UUID eventId, String type, Instant occurredAt, int version, JsonNode payload) {

	public static MessageEnvelope of(IntegrationEvent event, Instant occurredAt) {
		EventType type = IntegrationEvent.typeOf(event.getClass());
		return new MessageEnvelope(UUID.randomUUID(), type.value(), occurredAt, type.version(),
				ContractJson.mapper().valueToTree(event));
	}

	public <T extends IntegrationEvent> T payloadAs(Class<T> eventClass) {
		return ContractJson.mapper().treeToValue(this.payload, eventClass);
	}

	public String toJson() {
		return ContractJson.mapper().writeValueAsString(this);
	}

	public static MessageEnvelope fromJson(String json) {
		return ContractJson.mapper().readValue(json, MessageEnvelope.class);
	}

	public static MessageEnvelope fromJson(byte[] json) {
		return ContractJson.mapper().readValue(json, MessageEnvelope.class);
	}

}
