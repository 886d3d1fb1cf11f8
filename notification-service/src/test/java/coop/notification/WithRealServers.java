package coop.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import biweekly.component.VEvent;
import coop.platform.test.StrictCalendar;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.ConsentTextsStandIn;
import coop.platform.test.MailServer;
import coop.platform.test.ReceivedMail;
import coop.platform.test.TestServers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on the real servers: PostgreSQL (database {@code notification_it}),
 * RabbitMQ (the tests' own virtual host), Keycloak, GreenMail; events-service's consent
 * texts from a stand-in. Every test class extends this one and shares one application
 * context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "coop.mail.from=ne-pas-repondre@coopemploi.com",
				"coop.mail.team-mailbox=contact@coopemploi.com",
				// the neutral settings: other tests' settings changes do not reach these
				// (BrandedMailIT does)
				"coop.cooperative-copy.enabled=false" })
public abstract class WithRealServers {

	protected static final MailServer mail = TestServers.mail();

	/**
	 * events-service's consent texts, which the contact form's version is checked
	 * against.
	 */
	protected static final ConsentTextsStandIn consents = ConsentTextsStandIn.get();

	/**
	 * The bounce mailbox of this test run, in GreenMail (a new one each run: reports
	 * another run left are not read here). The scheduled reading waits an hour: tests
	 * read it when they choose.
	 */
	protected static final String bounceAddress = "bounces-" + UUID.randomUUID() + "@coopemploi.com";

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.postgres("notification_it").register(registry);
		TestServers.rabbit().register(registry);
		TestServers.keycloak().register(registry);
		mail.register(registry);
		consents.register(registry);
		registry.add("coop.mail.bounces.address", () -> bounceAddress);
		registry.add("coop.mail.bounces.interval", () -> "1h");
		registry.add("coop.mail.bounces.imap.host", mail::smtpHost);
		registry.add("coop.mail.bounces.imap.port", mail::imapPort);
		registry.add("coop.mail.bounces.imap.ssl", () -> "false");
		registry.add("coop.mail.bounces.imap.username", () -> bounceAddress);
		registry.add("coop.mail.bounces.imap.password", () -> bounceAddress);
	}

	@Autowired
	protected BrokerPublisher broker;

	@Autowired
	protected JdbcClient jdbc;

	protected static String uniqueAddress(String name) {
		return name + "-" + UUID.randomUUID() + "@example.org";
	}

	protected MessageEnvelope publish(IntegrationEvent event) {
		return publish(event, Instant.now());
	}

	protected MessageEnvelope publish(IntegrationEvent event, Instant occurredAt) {
		MessageEnvelope envelope = MessageEnvelope.of(event, occurredAt);
		this.broker.publish(envelope);
		return envelope;
	}

	/**
	 * Waits for {@code count} mails to that address, then a little longer to be sure no
	 * other one follows.
	 */
	protected static List<ReceivedMail> exactly(int count, String address) {
		mail.awaitInbox(address, count, Duration.ofSeconds(30));
		sleep(1000);
		List<ReceivedMail> inbox = mail.inbox(address);
		assertThat(inbox).as("mails to " + address).hasSize(count);
		return inbox;
	}

	/** The one mail of the list whose subject starts so. */
	protected static ReceivedMail withSubject(List<ReceivedMail> mails, String start) {
		List<ReceivedMail> matching = mails.stream().filter((mail) -> mail.subject().startsWith(start)).toList();
		assertThat(matching).as("mails whose subject starts with " + start).hasSize(1);
		return matching.get(0);
	}

	/** Waits until the service committed {@code count} mails to that address. */
	protected void awaitSent(String address, int count) {
		Instant deadline = Instant.now().plusSeconds(30);
		while (sentTo(address) < count && Instant.now().isBefore(deadline)) {
			sleep(100);
		}
		assertThat(sentTo(address)).as("mails sent to " + address).isEqualTo(count);
	}

	protected long sentTo(String address) {
		return this.jdbc.sql("select count(*) from sent_mail where recipient = ? and outcome = 'SENT'")
			.param(address)
			.query(Long.class)
			.single();
	}

	protected long sentBecauseOf(MessageEnvelope envelope) {
		return this.jdbc.sql("select count(*) from sent_mail where cause_id = ?")
			.param(envelope.eventId())
			.query(Long.class)
			.single();
	}

	protected static VEvent calendarEntry(ReceivedMail received, String fileName) {
		return calendarOf(received, fileName).getEvents().get(0);
	}

	/**
	 * The attached calendar file, read strictly; its entry always names the team as
	 * organizer.
	 */
	protected static biweekly.ICalendar calendarOf(ReceivedMail received, String fileName) {
		assertThat(received.attachments()).containsKey(fileName);
		biweekly.ICalendar calendar = StrictCalendar.parse(received.attachments().get(fileName).asText());
		assertThat(calendar.getEvents().get(0).getOrganizer().getEmail()).isEqualTo("contact@coopemploi.com");
		return calendar;
	}

	protected static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
