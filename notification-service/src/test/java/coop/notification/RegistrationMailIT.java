package coop.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.Attendee;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.events.RegistrationWaitlisted;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.MailServer;
import coop.platform.test.ReceivedMail;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registration message on the real broker becomes one French e-mail on the real SMTP
 * server, with a calendar file, however many times the broker delivers it.
 */
@SpringBootTest(properties = "eureka.client.enabled=false")
class RegistrationMailIT {

	static final MailServer mail = TestServers.mail();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.postgres("notification_it").register(registry);
		TestServers.rabbit().register(registry);
		TestServers.keycloak().register(registry);
		mail.register(registry);
	}

	@Autowired
	BrokerPublisher broker;

	static AgendaEventSnapshot meeting() {
		return new AgendaEventSnapshot(UUID.randomUUID(), "INFO_MEETING", "Réunion d'information collective à Seynod",
				OffsetDateTime.of(2027, 1, 12, 9, 30, 0, 0, ZoneOffset.ofHours(1)),
				OffsetDateTime.of(2027, 1, 12, 11, 30, 0, 0, ZoneOffset.ofHours(1)), "Europe/Paris",
				"COOP'EMPLOI Seynod", "1025 ancienne route d'Annecy, 74600 Seynod", null,
				"http://localhost:8080/agenda/x");
	}

	static String uniqueAddress() {
		return "visiteur-" + UUID.randomUUID() + "@example.org";
	}

	@Test
	void aConfirmedRegistrationSendsOneFrenchMailWithTheCalendarFileEvenWhenRedelivered() {
		String address = uniqueAddress();
		MessageEnvelope envelope = MessageEnvelope.of(new RegistrationConfirmed(UUID.randomUUID(), meeting(),
				new Attendee("Léa", "Perrin", address, null), "http://localhost:8080/inscriptions/annuler?jeton=t"),
				Instant.now());

		this.broker.publish(envelope);
		this.broker.publish(envelope);

		List<ReceivedMail> inbox = mail.awaitInbox(address, 1, Duration.ofSeconds(30));
		sleep(1500);
		inbox = mail.inbox(address);
		assertThat(inbox).hasSize(1);
		ReceivedMail received = inbox.get(0);
		assertThat(received.subject()).startsWith("Inscription confirmée : Réunion d'information collective à Seynod")
			.contains("mardi 12 janvier 2027");
		assertThat(received.from()).contains("ne-pas-repondre@coopemploi.com");
		assertThat(received.text()).contains("Bonjour Léa")
			.contains("de 9 h 30 à 11 h 30")
			.contains("inscriptions/annuler?jeton=t");
		assertThat(received.html()).contains("lang=\"fr\"").contains("Annuler mon inscription");
		assertThat(received.attachments()).containsKey("reunion.ics");
		ICalendar calendar = Biweekly.parse(received.attachments().get("reunion.ics").asText()).first();
		assertThat(calendar.getEvents().get(0).getDateStart().getValue().toInstant())
			.isEqualTo(OffsetDateTime.of(2027, 1, 12, 9, 30, 0, 0, ZoneOffset.ofHours(1)).toInstant());
		assertThat(calendar.getTimezoneInfo()
			.getTimezone(calendar.getEvents().get(0).getDateStart())
			.getTimeZone()
			.getID()).isEqualTo("Europe/Paris");
	}

	@Test
	void aWaitlistedRegistrationTellsThePosition() {
		String address = uniqueAddress();
		this.broker.publish(MessageEnvelope
			.of(new RegistrationWaitlisted(UUID.randomUUID(), meeting(), new Attendee("Karim", "Benali", address, null),
					3, "http://localhost:8080/inscriptions/annuler?jeton=w"), Instant.now()));

		List<ReceivedMail> inbox = mail.awaitInbox(address, 1, Duration.ofSeconds(30));
		assertThat(inbox).hasSize(1);
		assertThat(inbox.get(0).subject()).startsWith("Liste d'attente");
		assertThat(inbox.get(0).text()).contains("en position 3").contains("24 heures");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
