package coop.platform.messaging;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import coop.platform.contracts.ContractJson;
import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;
import tools.jackson.databind.JsonNode;

/**
 * What travels on the broker: the event's identity and time around its payload. Consumers
 * deduplicate on {@link #eventId()}; {@link #type()} is also the routing key.
 * {@link #traceparent()} (W3C Trace Context, absent when nothing was traced) is the trace
 * of the request that caused the event: the consumer's log lines carry the same trace id.
 */
public record MessageEnvelope(UUID eventId, String type, Instant occurredAt, int version, JsonNode payload,
		@JsonInclude(JsonInclude.Include.NON_NULL) String traceparent) {

	public MessageEnvelope(UUID eventId, String type, Instant occurredAt, int version, JsonNode payload) {
		this(eventId, type, occurredAt, version, payload, null);
	}

	/** The event, in the trace of the current thread's request when there is one. */
	public static MessageEnvelope of(IntegrationEvent event, Instant occurredAt) {
		EventType type = IntegrationEvent.typeOf(event.getClass());
		return new MessageEnvelope(UUID.randomUUID(), type.value(), occurredAt, type.version(),
				ContractJson.mapper().valueToTree(event), TraceContext.current());
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
