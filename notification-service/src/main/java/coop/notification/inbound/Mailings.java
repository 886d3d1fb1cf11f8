package coop.notification.inbound;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

import coop.notification.mail.Mailer;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.messaging.EventConsumer;

import org.springframework.stereotype.Component;

/**
 * Turns the deliveries an event causes into the parts its {@link EventConsumer} handles:
 * one per recipient, keyed by the address. Each part's inbox marker, what goes along with
 * the e-mail, the SMTP send and the sent log commit in one transaction, so a redelivered
 * message sends nothing twice, and when the SMTP server refuses the mail of one recipient
 * of many, the retry sends only the mails still missing.
 */
@Component
public class Mailings {

	private final Mailer mailer;

	Mailings(Mailer mailer) {
		this.mailer = mailer;
	}

	/**
	 * @param deliveries the deliveries for an event (none to send nothing), from the
	 * event and the time it occurred
	 */
	public <E extends IntegrationEvent> EventConsumer.Splitter<E> of(
			BiFunction<E, Instant, List<Delivery>> deliveries) {
		return (event, received) -> deliveries.apply(event, received.occurredAt())
			.stream()
			.map((delivery) -> new EventConsumer.Part(delivery.mail().to(), () -> {
				delivery.alongside().run();
				this.mailer.send(received.eventId(), delivery.mail());
			}))
			.toList();
	}

}
