package coop.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the messaging backbone ({@code coop.messaging.*}).
 *
 * @param exchange the one durable topic exchange every service publishes to
 * @param deadLetterExchange where consumer queues send what they could not handle
 * @param unroutedExchange alternate exchange of {@link #exchange}: keeps messages no
 * queue was bound for yet
 * @param relayInterval how often the outbox relay looks for messages to publish when
 * nothing woke it
 * @param relayBatchSize how many messages the relay publishes per round
 * @param confirmTimeout how long to wait for the broker's publisher confirm
 * @param retention how long published outbox rows and inbox markers are kept
 */
@ConfigurationProperties("coop.messaging")
public record MessagingProperties(@DefaultValue("coop.events") String exchange,
		@DefaultValue("coop.events.dlx") String deadLetterExchange,
		@DefaultValue("coop.events.unrouted") String unroutedExchange, @DefaultValue("1s") Duration relayInterval,
		@DefaultValue("100") int relayBatchSize, @DefaultValue("5s") Duration confirmTimeout,
		@DefaultValue("7d") Duration retention) {
}
