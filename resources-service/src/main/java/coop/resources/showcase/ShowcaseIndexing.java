package coop.resources.showcase;

import java.util.List;
import java.util.stream.Collectors;

import coop.platform.contracts.members.ShowcasePublished;
import coop.platform.contracts.members.ShowcaseWithdrawn;
import coop.platform.messaging.ConsumerQueue;
import coop.platform.messaging.Inbox;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.messaging.MessagingProperties;
import coop.resources.search.SearchDocument;
import coop.resources.search.SearchIndex;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Indexes a published showcase and removes a withdrawn one. Indexing is an upsert by id,
 * so a redelivered message that slipped past the inbox changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class ShowcaseIndexing {

	static final String QUEUE = "resources.showcases";

	@Bean
	Declarables showcaseQueue(MessagingProperties properties) {
		return ConsumerQueue.declare(properties, QUEUE, "members.showcase.*");
	}

	@Bean
	Listener showcaseListener(Inbox inbox, SearchIndex index) {
		return new Listener(inbox, index);
	}

	static SearchDocument toDocument(ShowcasePublished showcase) {
		String body = showcase.pages()
			.stream()
			.map((page) -> page.title() + "\n" + page.body())
			.collect(Collectors.joining("\n\n"));
		return new SearchDocument("showcase:" + showcase.slug(), "showcase", "public",
				showcase.businessName() + " — " + showcase.displayName(), showcase.tagline(), body,
				List.of(showcase.sectorLabel(), showcase.town()), null, showcase.sector(), showcase.antenna(),
				showcase.displayName(), showcase.pageUrl(), null);
	}

	static class Listener {

		private final Inbox inbox;

		private final SearchIndex index;

		Listener(Inbox inbox, SearchIndex index) {
			this.inbox = inbox;
			this.index = index;
		}

		@RabbitListener(queues = QUEUE)
		void on(Message message) {
			MessageEnvelope envelope = MessageEnvelope.fromJson(message.getBody());
			this.inbox.handleOnce(QUEUE, envelope, () -> {
				switch (envelope.type()) {
					case "members.showcase.published" ->
						this.index.index(toDocument(envelope.payloadAs(ShowcasePublished.class)));
					case "members.showcase.withdrawn" ->
						this.index.delete("showcase:" + envelope.payloadAs(ShowcaseWithdrawn.class).slug());
					default -> {
					}
				}
			});
		}

	}

}
