package coop.platform.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;
import coop.platform.test.Eventually;
import coop.platform.test.MessageProbe;
import coop.platform.test.RabbitServer;
import coop.platform.test.TestServers;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backbone on MongoDB and the real broker: the message rides inside the document it
 * reports, so one single-document write saves both; the broker may stop while documents
 * keep changing, and once it is back every message arrives and is acted on once.
 */
@SpringBootTest(classes = MongoBackboneIT.App.class,
		properties = { "coop.messaging.relay-interval=200ms", "management.health.mongodb.enabled=false" })
class MongoBackboneIT {

	static final RabbitServer rabbit = TestServers.rabbit();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.mongo("platform_messaging_it").register(registry);
		rabbit.register(registry);
	}

	@Autowired
	MongoTemplate mongo;

	@Autowired
	org.springframework.amqp.rabbit.core.RabbitAdmin rabbitAdmin;

	@Autowired
	org.springframework.amqp.rabbit.core.RabbitTemplate rabbitTemplate;

	@BeforeEach
	void clean() {
		// durable queues outlive a run: start from an empty one
		this.rabbitAdmin.purgeQueue("test.mongo-backbone", false);
		this.mongo.dropCollection(Basket.class);
		this.mongo.dropCollection("handled");
	}

	@AfterEach
	void brokerIsBack() {
		rabbit.startBroker();
	}

	@Test
	void everyMessageSavedWithItsDocumentArrivesOnceAlthoughTheBrokerStops() {
		int total = 40;
		for (int i = 0; i < total; i++) {
			if (i == 10) {
				rabbit.stopBroker();
			}
			if (i == 30) {
				rabbit.startBroker();
			}
			Basket basket = new Basket("basket-" + i, new ArrayList<>());
			basket.outbox.add(OutboxEntry.of(new MongoPing(i), Instant.now()));
			this.mongo.save(basket);
		}

		Map<Integer, Long> handled = awaitHandled(total, Duration.ofSeconds(90));
		assertThat(handled).hasSize(total);
		assertThat(handled.values()).allMatch((times) -> times == 1);
		assertThat(this.mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), Basket.class)).isZero();
	}

	@Test
	void aSaveFromACopyReadBeforeTheRelayPulledItsMessageDoesNotPublishItAgain() {
		try (MessageProbe<MessageEnvelope> sent = MessageProbe.bind(this.rabbitAdmin, this.rabbitTemplate,
				MessageEnvelope::fromJson, "test.mongo-ping.sent")) {
			Basket basket = new Basket("basket-stale", new ArrayList<>());
			basket.outbox.add(OutboxEntry.of(new MongoPing(1000), Instant.now()));
			this.mongo.save(basket);
			Eventually.await(() -> this.mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), Basket.class),
					(pending) -> pending == 0, Duration.ofSeconds(20));
			// a service saves the copy it read before the relay pulled the entry: it is
			// back
			this.mongo.save(basket);
			Eventually.await(() -> this.mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), Basket.class),
					(pending) -> pending == 0, Duration.ofSeconds(20));
			assertThat(sent.drain(Duration.ofSeconds(1))).as("published once").hasSize(1);
		}
	}

	private Map<Integer, Long> awaitHandled(int expected, Duration timeout) {
		Eventually.await(this::handled, (handled) -> handled.size() >= expected, timeout);
		Eventually.pause(Duration.ofSeconds(1)); // a late duplicate would show up now
		return handled();
	}

	private Map<Integer, Long> handled() {
		return this.mongo.findAll(Document.class, "handled")
			.stream()
			.collect(Collectors.groupingBy((doc) -> doc.getInteger("sequence"), Collectors.counting()));
	}

	@org.springframework.data.mongodb.core.mapping.Document("it_baskets")
	record Basket(@Id String id, List<OutboxEntry> outbox) implements HasOutbox {
	}

	@SpringBootApplication(excludeName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration" })
	static class App {

		@Bean
		EventConsumer mongoPingConsumer(MongoTemplate mongo) {
			return EventConsumer.queue("test.mongo-backbone")
				.on(MongoPing.class, (ping, received) -> mongo.insert(
						new Document("eventId", received.eventId().toString()).append("sequence", ping.sequence()),
						"handled"));
		}

	}

}
