package coop.notification;

import java.util.List;
import java.util.UUID;

import coop.platform.contracts.resources.AnswerAccepted;
import coop.platform.contracts.resources.Participant;
import coop.platform.contracts.resources.QuestionAnswered;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.ReceivedMail;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions-and-answers space: the asker hears of each answer once, however often the
 * message comes; when an answer is accepted each follower hears of it once, its author in
 * their own words.
 */
class QuestionMailIT extends WithRealServers {

	private static final String TITLE = "Comment fixer le prix d'une prestation à la journée ?";

	@Test
	void theAskerIsToldOfAnAnswerOnceWithItsBeginningAndItsLink() {
		String address = uniqueAddress("marie");
		String questionId = UUID.randomUUID().toString();
		String answerId = UUID.randomUUID().toString();
		String url = "http://localhost:8080/intranet/questions/" + questionId + "#reponse-" + answerId;
		QuestionAnswered answered = new QuestionAnswered(questionId, answerId, TITLE, url,
				new Participant("marie-sub", "Marie", "Dupont", address), "Lucas Favre", true,
				"Partez de votre revenu visé & ajoutez vos charges <b>avant</b> de diviser…");
		MessageEnvelope envelope = MessageEnvelope.of(answered, java.time.Instant.now());
		this.broker.publish(envelope);
		this.broker.publish(envelope);

		ReceivedMail received = exactly(1, address).get(0);
		assertThat(received.subject()).isEqualTo("Nouvelle réponse à votre question : " + TITLE);
		assertThat(received.text()).contains("Bonjour Marie")
			.contains("Lucas Favre, de l'équipe d'accompagnement de la coopérative, a répondu à votre question")
			.contains("« Partez de votre revenu visé & ajoutez vos charges <b>avant</b> de diviser… »")
			.contains("Voir la réponse : " + url);
		// what people typed is text in the HTML body, never markup
		assertThat(received.html()).contains("&lt;b&gt;avant&lt;/b&gt;")
			.doesNotContain("<b>avant</b>")
			.contains("href=\"" + url + "\"");
		assertThat(sentBecauseOf(envelope)).isEqualTo(1);
	}

	@Test
	void eachFollowerIsToldOnceWhenAnAnswerIsAcceptedItsAuthorInTheirOwnWords() {
		String lucas = uniqueAddress("lucas");
		String ines = uniqueAddress("ines");
		String questionId = UUID.randomUUID().toString();
		String answerId = UUID.randomUUID().toString();
		String url = "http://localhost:8080/intranet/questions/" + questionId + "#reponse-" + answerId;
		AnswerAccepted accepted = new AnswerAccepted(questionId, answerId, TITLE, url, "Marie Dupont", "Lucas Favre",
				"lucas-sub", "Partez de votre revenu visé…",
				List.of(new Participant("lucas-sub", "Lucas", "Favre", lucas),
						new Participant("ines-sub", "Inès", "Garcia", ines),
						new Participant("ines-sub", "Inès", "Garcia", ines.toUpperCase(java.util.Locale.ROOT)),
						new Participant("no-mail", "Théo", "Martin", null)));
		MessageEnvelope envelope = MessageEnvelope.of(accepted, java.time.Instant.now());
		this.broker.publish(envelope);
		this.broker.publish(envelope);

		ReceivedMail toAuthor = exactly(1, lucas).get(0);
		assertThat(toAuthor.subject()).isEqualTo("Votre réponse a été acceptée : " + TITLE);
		assertThat(toAuthor.text()).contains("Bonjour Lucas")
			.contains("Marie Dupont a accepté votre réponse à la question « " + TITLE + " »")
			.contains("Voir la question : " + url)
			.contains("Ne plus suivre");
		ReceivedMail toFollower = exactly(1, ines).get(0);
		assertThat(toFollower.subject()).isEqualTo("Réponse acceptée : " + TITLE);
		assertThat(toFollower.text()).contains("Bonjour Inès")
			.contains("Marie Dupont a accepté la réponse de Lucas Favre à la question");
	}

}
