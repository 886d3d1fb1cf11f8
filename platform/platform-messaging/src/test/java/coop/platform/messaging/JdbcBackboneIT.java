package coop.platform.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import coop.platform.test.Eventually;
import coop.platform.test.RabbitServer;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backbone on PostgreSQL and the real broker: a state change and its message commit
 * together, the broker may go away while changes keep coming, and once it is back every
 * message arrives and is acted on exactly once.
 */
@SpringBootTest(classes = JdbcBackboneIT.App.class, properties = "coop.messaging.relay-interval=200ms")
class JdbcBackboneIT {

	static final RabbitServer rabbit = TestServers.rabbit();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.postgres("platform_messaging_it").register(registry);
		rabbit.register(registry);
	}

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	BrokerPublisher publisher;

	@Autowired
	org.springframework.amqp.rabbit.core.RabbitAdmin rabbitAdmin;

	@BeforeEach
	void cleanTables() {
		// durable queues outlive a run: start from an empty one
		this.rabbitAdmin.purgeQueue("test.jdbc-backbone", false);
		this.jdbc.execute("create table if not exists it_order (sequence int primary key)");
		this.jdbc.execute("create table if not exists it_handled (event_id uuid, sequence int)");
		this.jdbc.update("delete from it_order");
		this.jdbc.update("delete from it_handled");
		this.jdbc.update("delete from platform_outbox");
	}

	@AfterEach
	void brokerIsBack() {
		rabbit.startBroker();
	}

	@Test
	void everyEventArrivesExactlyOnceAlthoughTheBrokerStopsWhileEventsAreProduced() {
		int total = 60;
		for (int i = 0; i < total; i++) {
			if (i == 20) {
				rabbit.stopBroker();
			}
			if (i == 45) {
				rabbit.startBroker();
			}
			placeOrder(i);
		}

		Map<Integer, Long> handled = awaitHandled(total, Duration.ofSeconds(90));
		assertThat(handled.keySet()).hasSize(total).containsAll(sequences(total));
		assertThat(handled.values()).allMatch((times) -> times == 1);
		assertThat(
				this.jdbc.queryForObject("select count(*) from platform_outbox where published_at is null", Long.class))
			.isZero();
	}

	@Test
	void aRolledBackChangeSendsNothing() {
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.jdbc.update("insert into it_order (sequence) values (?)", 1000);
				this.outbox.append(new Ping(1000));
				throw new IllegalStateException("the change fails after writing its message");
			});
		}
		catch (IllegalStateException expected) {
			// the point of the test
		}
		placeOrder(1001);
		Map<Integer, Long> handled = awaitHandled(1, Duration.ofSeconds(30));
		assertThat(handled).containsOnlyKeys(1001);
	}

	@Test
	void aRedeliveredMessageIsActedOnOnce() {
		MessageEnvelope envelope = MessageEnvelope.of(new Ping(2000), Instant.now());
		this.publisher.publish(envelope);
		this.publisher.publish(envelope);
		this.publisher.publish(envelope);
		placeOrder(2001);
		Map<Integer, Long> handled = awaitHandled(2, Duration.ofSeconds(30));
		assertThat(handled).containsEntry(2000, 1L).containsEntry(2001, 1L);
	}

	@Test
	void theOutboxRefusesAWriteOutsideATransaction() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> this.outbox.append(new Ping(3000)));
	}

	private void placeOrder(int sequence) {
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.update("insert into it_order (sequence) values (?)", sequence);
			this.outbox.append(new Ping(sequence));
		});
	}

	private Map<Integer, Long> awaitHandled(int expected, Duration timeout) {
		Eventually.await(this::handled, (handled) -> handled.size() >= expected, timeout);
		Eventually.pause(Duration.ofSeconds(1)); // a late duplicate would show up now
		return handled();
	}

	private Map<Integer, Long> handled() {
		List<Integer> rows = this.jdbc.queryForList("select sequence from it_handled", Integer.class);
		return rows.stream().collect(Collectors.groupingBy((s) -> s, Collectors.counting()));
	}

	private static Set<Integer> sequences(int total) {
		Set<Integer> all = new HashSet<>();
		for (int i = 0; i < total; i++) {
			all.add(i);
		}
		return all;
	}

	@SpringBootApplication(
			excludeName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
					"org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration",
					"org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
					"org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration" })
	static class App {

		@Bean
		EventConsumer pingConsumer(JdbcTemplate jdbc) {
			return EventConsumer.queue("test.jdbc-backbone")
				.on(Ping.class,
						(ping, received) -> jdbc.update("insert into it_handled (event_id, sequence) values (?, ?)",
								received.eventId(), ping.sequence()));
		}

	}

}
