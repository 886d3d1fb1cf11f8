package coop.notification;

import java.util.List;

import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.ShowcaseContacted;
import coop.platform.contracts.members.ShowcaseRejected;
import coop.platform.contracts.members.ShowcaseSubmitted;
import coop.platform.contracts.members.ShowcaseValidated;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.ReceivedMail;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The showcases' e-mails read back from the SMTP server: the coach hears of a showcase to
 * review (once, however often the message comes), the entrepreneur of the decision with
 * the reason, and of a visitor's message, answered straight to the visitor.
 */
class ShowcaseMailIT extends WithRealServers {

	static final String REVIEW = "http://localhost:8080/intranet/vitrines/9b2d6c1e";

	static final String PAGE = "http://localhost:8080/entrepreneurs/marie-d-bijoux";

	static final String EDIT = "http://localhost:8080/intranet/ma-vitrine";

	static Member person(String firstName, String lastName) {
		return new Member(java.util.UUID.randomUUID().toString(), firstName, lastName, uniqueAddress(firstName));
	}

	@Test
	void theCoachHearsOfAShowcaseToReviewOnce() {
		Member marie = person("Marie", "Dupont");
		Member lucas = person("Lucas", "Favre");
		Member nobody = new Member("0000", "Sans", "Adresse", null);
		MessageEnvelope envelope = publish(
				new ShowcaseSubmitted("9b2d6c1e", "Marie D. Bijoux", marie, List.of(lucas, nobody), true, REVIEW));
		this.broker.publish(envelope);

		ReceivedMail toLucas = exactly(1, lucas.email()).get(0);
		assertThat(toLucas.subject()).isEqualTo("Vitrine à valider : Marie D. Bijoux");
		assertThat(toLucas.text()).contains("Bonjour Lucas,")
			.contains("Marie Dupont propose des changements à sa vitrine « Marie D. Bijoux »")
			.contains("La version publiée reste en ligne")
			.contains("Relire la vitrine : " + REVIEW);
		assertThat(toLucas.html()).contains("lang=\"fr\"").contains(REVIEW);
		assertThat(sentBecauseOf(envelope)).isEqualTo(1);
		assertThat(mail.inbox(marie.email())).isEmpty();
	}

	@Test
	void theEntrepreneurReadsTheDecisionAndItsReason() {
		Member marie = person("Marie", "Dupont");
		publish(new ShowcaseRejected("9b2d6c1e", "Marie D. Bijoux", marie, "Lucas Favre",
				"Ajoutez vos <b>délais</b> de fabrication.", EDIT));
		ReceivedMail refused = exactly(1, marie.email()).get(0);
		assertThat(refused.subject()).isEqualTo("Votre vitrine est à reprendre : Marie D. Bijoux");
		assertThat(refused.text()).contains("Bonjour Marie,")
			.contains("Lucas Favre n'a pas encore validé votre vitrine « Marie D. Bijoux »")
			.contains("« Ajoutez vos <b>délais</b> de fabrication. »")
			.contains("Modifier ma vitrine : " + EDIT);
		assertThat(refused.html()).contains("&lt;b&gt;délais&lt;/b&gt;").doesNotContain("<b>délais</b>");

		publish(new ShowcaseValidated("9b2d6c1e", "Marie D. Bijoux", marie, "Lucas Favre", true, PAGE));
		ReceivedMail online = withSubject(exactly(2, marie.email()), "Votre vitrine est en ligne");
		assertThat(online.text()).contains("votre vitrine « Marie D. Bijoux » est en ligne")
			.contains("validée par Lucas Favre")
			.contains("Voir ma vitrine : " + PAGE);
	}

	@Test
	void aVisitorsMessageReachesTheEntrepreneurAnsweringToTheVisitor() {
		Member marie = person("Marie", "Dupont");
		String visitor = uniqueAddress("lea");
		MessageEnvelope envelope = publish(new ShowcaseContacted("5e8c1d2a", "Marie D. Bijoux", PAGE, marie,
				"Léa Perrin", visitor, "Bonjour,\nfaites-vous des bagues <i>sur mesure</i> ?"));
		this.broker.publish(envelope);
		ReceivedMail received = exactly(1, marie.email()).get(0);
		assertThat(received.subject()).isEqualTo("Message de Léa Perrin via votre vitrine");
		assertThat(received.replyTo()).containsExactly(visitor);
		assertThat(received.text()).contains("Léa Perrin vous écrit depuis votre vitrine « Marie D. Bijoux »")
			.contains("faites-vous des bagues <i>sur mesure</i> ?")
			.contains("répondez simplement à ce message");
		assertThat(received.html()).contains("&lt;i&gt;sur mesure&lt;/i&gt;");
		// nothing goes to an unverified address
		assertThat(mail.inbox(visitor)).isEmpty();
		assertThat(sentBecauseOf(envelope)).isEqualTo(1);
	}

}
