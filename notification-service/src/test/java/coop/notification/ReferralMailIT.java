package coop.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import coop.platform.contracts.events.Attendee;
import coop.platform.contracts.events.ReferralProgressed;
import coop.platform.contracts.events.ReferralProgressed.Outcome;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.ReceivedMail;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.beans.factory.annotation.Value;

import static coop.notification.Samples.meeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prescriber hears of each outcome of a person they referred, in French and in the
 * cooperative's name, once per message, with the one-click unsubscribe of « Suivi des
 * personnes orientées », which is honoured; without an address nothing is sent.
 */
class ReferralMailIT extends WithRealServers {

	private static final Pattern ONE_CLICK = Pattern.compile(
			"^<http://localhost:8080(/api/notifications/public/email-preferences/unsubscribe\\?token=([^&]+)&topic=REFERRALS)>$");

	@Value("${local.server.port}")
	int port;

	@Test
	void thePrescriberIsToldOfEachOutcomeOnceAndMayStop() {
		String address = uniqueAddress("sophie");
		UUID registration = UUID.randomUUID();
		MessageEnvelope attended = publish(progressed(registration, Outcome.ATTENDED, address));
		this.broker.publish(attended);
		ReceivedMail first = exactly(1, address).get(0);
		assertThat(first.subject()).isEqualTo("Personne orientée : participation à la réunion d'information");
		assertThat(first.text()).contains("Bonjour Sophie,")
			.contains("Vous avez orienté Nadia Haddad vers Coopérative d'activités et d'emploi.")
			.contains("Nadia Haddad a participé à la réunion d'information du mardi 12 janvier 2027.")
			.contains("Voir son parcours : http://localhost:8080/intranet/orientations/" + registration);
		assertThat(sentBecauseOf(attended)).isEqualTo(1);

		publish(progressed(registration, Outcome.CAPE_SIGNED, address));
		ReceivedMail cape = withSubject(exactly(2, address), "Personne orientée : CAPE signé");
		assertThat(cape.text()).contains(
				"Nadia Haddad a signé son CAPE (contrat d'appui au projet d'entreprise) avec Coopérative d'activités et d'emploi, à compter du lundi 1 février 2027.");

		// one click in the mail client, without a session: the next outcome is not sent
		Matcher header = ONE_CLICK.matcher(first.header("List-Unsubscribe"));
		assertThat(header.matches()).as(first.header("List-Unsubscribe")).isTrue();
		assertThat(first.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
		RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.post()
			.uri(header.group(1))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("List-Unsubscribe=One-Click")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.message")
			.isEqualTo("Vous ne recevrez plus les e-mails de la rubrique « Suivi des personnes orientées ».");
		MessageEnvelope cesa = publish(progressed(registration, Outcome.CESA_SIGNED, address));
		awaitLogged(cesa);
		assertThat(mail.inbox(address)).hasSize(2);
	}

	@Test
	void withoutThePrescribersAddressNothingIsSent() {
		MessageEnvelope envelope = publish(new ReferralProgressed(UUID.randomUUID(), Outcome.CANCELLED,
				LocalDate.of(2027, 1, 10), "Nadia", "Haddad", new Attendee(null, null, null, "sub"), meeting(),
				"http://localhost:8080/intranet/orientations/x"));
		sleep(1500);
		assertThat(sentBecauseOf(envelope)).isZero();
	}

	private void awaitLogged(MessageEnvelope envelope) {
		for (int i = 0; i < 100 && sentBecauseOf(envelope) == 0; i++) {
			sleep(100);
		}
		assertThat(sentBecauseOf(envelope)).isEqualTo(1);
	}

	static ReferralProgressed progressed(UUID registration, Outcome outcome, String address) {
		return new ReferralProgressed(registration, outcome,
				(outcome == Outcome.CAPE_SIGNED) ? LocalDate.of(2027, 2, 1) : LocalDate.of(2027, 1, 12), "Nadia",
				"Haddad", new Attendee("Sophie", "Martin", address, "sub-sophie"), meeting(),
				"http://localhost:8080/intranet/orientations/" + registration);
	}

}
