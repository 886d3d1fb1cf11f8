package coop.notification.mail;

import java.time.Clock;
import java.util.UUID;

import coop.platform.messaging.cooperative.Cooperative;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends a mail over SMTP and writes it to the sent log. Called inside the consumer's
 * inbox transaction: if the SMTP server refuses, the transaction rolls back and the
 * message is retried later. A non-essential mail ({@link MailKind#topic()}) goes only to
 * who did not unsubscribe from its topic (otherwise the log says it was skipped), and
 * carries the one-click unsubscribe headers of RFC 8058 and a footer link to the
 * preferences page. Each mail is framed and sent with the cooperative's settings of that
 * moment ({@link Sender}).
 * <p>
 * A recipient the SMTP server refuses for good (5xx) is recorded in {@link Bounces} and
 * the mail logged as {@code BOUNCED} (trying again would fail the same way); from then on
 * non-essential mails skip that address until staff clear it.
 */
@Service
public class Mailer {

	private final JavaMailSender sender;

	private final SentMails log;

	private final Sender from;

	private final Clock clock;

	private final MeterRegistry meters;

	private final MailPreferences preferences;

	private final UnsubscribeLinks links;

	private final Bounces bounces;

	Mailer(JavaMailSender sender, SentMails log, Sender from, Clock clock, MeterRegistry meters,
			MailPreferences preferences, UnsubscribeLinks links, Bounces bounces) {
		this.bounces = bounces;
		this.sender = sender;
		this.log = log;
		this.from = from;
		this.clock = clock;
		this.meters = meters;
		this.preferences = preferences;
		this.links = links;
	}

	public void send(UUID causeId, OutgoingMail letter) {
		Cooperative cooperative = this.from.cooperative();
		OutgoingMail mail = letter.framed(cooperative);
		MailTopic topic = mail.kind().topic();
		String oneClick = null;
		if (topic != null) {
			if (!this.preferences.receives(mail.to(), topic) || this.bounces.bounced(mail.to())) {
				this.meters.counter("coop.mails.skipped", "kind", mail.kind().code()).increment();
				this.log.save(new SentMail(causeId, mail.kind().code(), mail.to(), mail.subject(), this.clock.instant(),
						SentMail.SKIPPED));
				return;
			}
			String token = this.links.tokenFor(this.preferences.recipientId(mail.to()));
			oneClick = this.links.oneClickUrl(token, topic);
			mail = mail.withFooter(
					"Vous recevez cet e-mail de la rubrique « " + topic.label()
							+ " » : vous pouvez ne plus en recevoir à tout moment.",
					"Choisir les e-mails que je reçois", this.links.preferencesUrl(token));
		}
		else if (!mail.kind().toTeam()) {
			// every person's mail leads to their data (GDPR access and erasure), through
			// the same signed page as the preferences
			String token = this.links.tokenFor(this.preferences.recipientId(mail.to()));
			mail = mail.withFooter(
					"Vos données personnelles : vous pouvez les obtenir ou demander leur effacement à tout moment.",
					"Mes données personnelles", this.links.preferencesUrl(token));
		}
		MimeMessage message = this.sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.from.from(cooperative));
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			if (mail.replyTo() != null) {
				helper.setReplyTo(mail.replyTo());
			}
			helper.setText(mail.text(), mail.html());
			if (oneClick != null) {
				message.setHeader("List-Unsubscribe", "<" + oneClick + ">");
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			for (OutgoingMail.Attachment attachment : mail.attachments()) {
				helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
		}
		catch (MessagingException ex) {
			throw new MailSendException("Could not compose " + mail.kind(), ex);
		}
		try {
			this.sender.send(message);
		}
		catch (RuntimeException refused) {
			java.util.Optional<String> permanent = Bounces.permanentRefusal(refused);
			if (permanent.isPresent()) {
				this.meters.counter("coop.mails.bounced", "kind", mail.kind().code()).increment();
				this.bounces.record(mail.to(), permanent.get(), BounceSource.SMTP_REFUSAL);
				this.log.save(new SentMail(causeId, mail.kind().code(), mail.to(), mail.subject(), this.clock.instant(),
						SentMail.BOUNCED));
				return;
			}
			this.meters.counter("coop.mails.failed", "kind", mail.kind().code()).increment();
			throw refused;
		}
		this.meters.counter("coop.mails.sent", "kind", mail.kind().code()).increment();
		this.log.save(new SentMail(causeId, mail.kind().code(), mail.to(), mail.subject(), this.clock.instant(),
				SentMail.SENT));
	}

}
