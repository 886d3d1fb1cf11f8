package coop.events.antenna;

import coop.platform.contracts.members.AntennaChanged;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps {@link Antennas} from members-service's {@code members.antenna.changed} (the
 * antenna's whole state; the newest {@code changedAt} wins, so an older or repeated
 * message changes nothing).
 */
@Configuration(proxyBeanMethods = false)
class AntennaCopy {

	static final String QUEUE = "events.antennas";

	@Bean
	EventConsumer eventsAntennas(Antennas antennas) {
		return EventConsumer.queue(QUEUE).on(AntennaChanged.class, (changed, received) -> antennas.keep(changed));
	}

}
