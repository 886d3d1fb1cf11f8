package coop.platform.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an integration event on the wire. The value is also the routing key on the topic
 * exchange, shaped {@code <service>.<aggregate>.<past-tense-event>}; the version changes
 * only when a field changes meaning or disappears.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

	String value();

	int version() default 1;

}
