package coop.platform.contracts;

/**
 * Marker for the payload of a message between services. Implementations are immutable,
 * past-tense records annotated with {@link EventType}; the envelope around them carries
 * the event id and the time it happened.
 */
public interface IntegrationEvent {

	static EventType typeOf(Class<? extends IntegrationEvent> eventClass) {
		EventType type = eventClass.getAnnotation(EventType.class);
		if (type == null) {
			throw new IllegalArgumentException(eventClass.getName() + " lacks @EventType");
		}
		return type;
	}

}
