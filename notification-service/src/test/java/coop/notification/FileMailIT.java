package coop.notification;

import java.util.List;
import java.util.UUID;

import coop.platform.contracts.members.FileDocumentShared;
import coop.platform.contracts.members.Member;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.ReceivedMail;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The personal file's e-mails read back from the SMTP server: a document the entrepreneur
 * puts in their file reaches their coach (once, however often the message comes), one
 * their coach puts reaches the entrepreneur; the document never travels by e-mail.
 */
class FileMailIT extends WithRealServers {

	static final String COACH_VIEW = "http://localhost:8080/intranet/dossiers/b465c806";

	static final String OWN_VIEW = "http://localhost:8080/intranet/mon-dossier";

	static Member person(String firstName, String lastName) {
		return new Member(UUID.randomUUID().toString(), firstName, lastName, uniqueAddress(firstName));
	}

	@Test
	void theCoachHearsOfADocumentTheEntrepreneurSharedOnce() {
		Member marie = person("Marie", "Dupont");
		Member lucas = person("Lucas", "Favre");
		MessageEnvelope envelope = publish(new FileDocumentShared("doc-1", "previsionnel.pdf", "Marie Dupont", marie,
				List.of(new FileDocumentShared.Recipient(lucas, COACH_VIEW))));
		this.broker.publish(envelope);

		ReceivedMail toLucas = exactly(1, lucas.email()).get(0);
		assertThat(toLucas.subject()).isEqualTo("Nouveau document de Marie Dupont : previsionnel.pdf");
		assertThat(toLucas.text()).contains("Bonjour Lucas,")
			.contains("Marie Dupont a déposé le document « previsionnel.pdf » dans le dossier de Marie Dupont.")
			.contains("Ouvrir le dossier : " + COACH_VIEW);
		assertThat(toLucas.attachments()).isEmpty();
		assertThat(sentBecauseOf(envelope)).isEqualTo(1);
		assertThat(mail.inbox(marie.email())).isEmpty();
	}

	@Test
	void theEntrepreneurHearsOfADocumentTheirCoachShared() {
		Member marie = person("Marie", "Dupont");
		Member nobody = new Member("0000", "Sans", "Adresse", null);
		publish(new FileDocumentShared("doc-2", "compte-rendu <b>mars</b>.pdf", "Lucas Favre", marie,
				List.of(new FileDocumentShared.Recipient(marie, OWN_VIEW),
						new FileDocumentShared.Recipient(nobody, OWN_VIEW))));
		ReceivedMail toMarie = exactly(1, marie.email()).get(0);
		assertThat(toMarie.subject()).startsWith("Nouveau document dans votre dossier : ");
		assertThat(toMarie.text()).contains("Bonjour Marie,")
			.contains("Lucas Favre a déposé le document « compte-rendu <b>mars</b>.pdf » dans votre dossier.")
			.contains("Ouvrir mon dossier : " + OWN_VIEW);
		assertThat(toMarie.html()).contains("&lt;b&gt;mars&lt;/b&gt;").doesNotContain("<b>mars</b>");
	}

}
