package coop.notification;

import java.time.LocalDate;
import java.util.List;

import coop.platform.contracts.members.Member;
import coop.platform.contracts.resources.ResourceRejected;
import coop.platform.contracts.resources.ResourceReviewDue;
import coop.platform.contracts.resources.ResourceSubmitted;
import coop.platform.contracts.resources.ResourceValidated;
import coop.platform.contracts.resources.ResourceWithdrawn;
import coop.platform.contracts.resources.ToolShared;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.ReceivedMail;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resource centre's e-mails read back from the SMTP server: each reviewer hears of a
 * contribution waiting (once, however often the message comes), the author of the
 * decision with the reviewer's reason, the reviewer of a review date that has come.
 */
class ResourceMailIT extends WithRealServers {

	static final String PAGE = "http://localhost:8080/intranet/ressources/reussir-son-marche-de-noel";

	@Test
	void reviewersHearOfAContributionOnceEach() {
		Member marie = person("Marie", "Dupont");
		Member lucas = person("Lucas", "Favre");
		Member ines = person("Inès", "Bouvier");
		Member nobody = new Member("0000", "Sans", "Adresse", null);
		MessageEnvelope envelope = publish(new ResourceSubmitted("r1", "Réussir son premier marché de Noël", marie,
				List.of(lucas, ines, nobody), true, PAGE));
		this.broker.publish(envelope);

		ReceivedMail toLucas = exactly(1, lucas.email()).get(0);
		assertThat(toLucas.subject()).isEqualTo("Ressource à valider : Réussir son premier marché de Noël");
		assertThat(toLucas.text()).contains("Bonjour Lucas,")
			.contains(
					"Marie Dupont propose une nouvelle version de la ressource « Réussir son premier marché de Noël »")
			.contains("La version publiée reste en ligne")
			.contains("Voir et décider : " + PAGE);
		assertThat(toLucas.html()).contains("lang=\"fr\"").contains(PAGE);
		exactly(1, ines.email());
		assertThat(sentBecauseOf(envelope)).isEqualTo(2);
		assertThat(mail.inbox(marie.email())).isEmpty();
	}

	@Test
	void theAuthorReadsTheDecisionAndItsReason() {
		Member marie = person("Marie", "Dupont");
		publish(new ResourceRejected("r2", "Réussir son premier marché de Noël", marie, "Lucas Favre",
				"Ajoutez les dates limites d'inscription <b>aux marchés</b>.", PAGE));
		ReceivedMail refused = exactly(1, marie.email()).get(0);
		assertThat(refused.subject())
			.isEqualTo("Votre ressource n'est pas validée : Réussir son premier marché de Noël");
		assertThat(refused.text()).contains("Bonjour Marie,")
			.contains("Lucas Favre n'a pas validé votre ressource")
			.contains("« Ajoutez les dates limites d'inscription <b>aux marchés</b>. »")
			.contains("Modifier ma ressource : " + PAGE);
		assertThat(refused.html()).contains("&lt;b&gt;aux marchés&lt;/b&gt;").doesNotContain("<b>aux marchés</b>");

		publish(new ResourceValidated("r2", "Réussir son premier marché de Noël", marie, "Lucas Favre", true, PAGE));
		List<ReceivedMail> both = exactly(2, marie.email());
		ReceivedMail published = withSubject(both, "Votre ressource est publiée");
		assertThat(published.text()).contains("est publiée dans le centre de ressources")
			.contains("validée par Lucas Favre")
			.contains("Voir la ressource : " + PAGE);

		publish(new ResourceWithdrawn("r2", "Réussir son premier marché de Noël", marie, "Inès Bouvier",
				"Le marché de Seynod n'a plus lieu.", PAGE));
		ReceivedMail withdrawn = withSubject(exactly(3, marie.email()), "Votre ressource est retirée");
		assertThat(withdrawn.text()).contains("Inès Bouvier a retiré du centre de ressources")
			.contains("« Le marché de Seynod n'a plus lieu. »");
	}

	@Test
	void aReviewerIsRemindedOfTheDateTheyChose() {
		Member ines = person("Inès", "Bouvier");
		publish(new ResourceReviewDue("r3", "Bpifrance Création", ines, LocalDate.of(2027, 9, 1), PAGE));
		ReceivedMail reminder = exactly(1, ines.email()).get(0);
		assertThat(reminder.subject()).isEqualTo("À relire : Bpifrance Création");
		assertThat(reminder.text()).contains("d'ici le mercredi 1 septembre 2027")
			.contains("Relire la ressource : " + PAGE);
	}

	@Test
	void aCoachHearsOnceOfADocumentSharedWithThem() {
		Member marie = person("Marie", "Dupont");
		Member lucas = person("Lucas", "Favre");
		String tool = "http://localhost:8080/intranet/ressources/livret-du-createur-marie-dupont";
		MessageEnvelope envelope = publish(new ToolShared("t1", "Livret du <créateur>", marie, lucas, tool));
		this.broker.publish(envelope);

		ReceivedMail shared = exactly(1, lucas.email()).get(0);
		assertThat(shared.subject()).isEqualTo("Marie Dupont partage avec vous : Livret du <créateur>");
		assertThat(shared.text()).contains("Bonjour Lucas,")
			.contains("Marie Dupont partage avec vous son document « Livret du <créateur> »")
			.contains("commenter chacune de ses parties")
			.contains("Lire le document : " + tool);
		assertThat(shared.html()).contains("Livret du &lt;créateur&gt;").contains(tool);
		assertThat(sentBecauseOf(envelope)).isEqualTo(1);
		assertThat(mail.inbox(marie.email())).isEmpty();
	}

	@Test
	void noAddressNoMail() {
		MessageEnvelope envelope = publish(new ResourceValidated("r4", "Sans adresse",
				new Member("0000", "Sans", "Adresse", null), "Lucas Favre", true, PAGE));
		// a later message of the same queue is handled: the one before it was too
		Member marie = person("Marie", "Dupont");
		publish(new ResourceValidated("r5", "Avec adresse", marie, "Lucas Favre", true, PAGE));
		exactly(1, marie.email());
		assertThat(sentBecauseOf(envelope)).isZero();
	}

	private static Member person(String firstName, String lastName) {
		return new Member(java.util.UUID.randomUUID().toString(), firstName, lastName,
				uniqueAddress(lastName.toLowerCase(java.util.Locale.ROOT)));
	}

}
