package coop.notification.mail;

import java.time.Clock;
import java.util.UUID;

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
 * message is retried later.
 */
@Service
public class Mailer {

	private final JavaMailSender sender;

	private final SentMails log;

	private final MailProperties properties;

	private final Clock clock;

	private final MeterRegistry meters;

	Mailer(JavaMailSender sender, SentMails log, MailProperties properties, Clock clock, MeterRegistry meters) {
		this.sender = sender;
		this.log = log;
		this.properties = properties;
		this.clock = clock;
		this.meters = meters;
	}

	public void send(UUID causeId, OutgoingMail mail) {
		MimeMessage message = this.sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.properties.from());
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			if (mail.replyTo() != null) {
				helper.setReplyTo(mail.replyTo());
			}
			helper.setText(mail.text(), mail.html());
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
			this.meters.counter("coop.mails.failed", "kind", String.valueOf(mail.kind())).increment();
			throw refused;
		}
		this.meters.counter("coop.mails.sent", "kind", String.valueOf(mail.kind())).increment();
		this.log.save(new SentMail(causeId, mail.kind(), mail.to(), mail.subject(), this.clock.instant()));
	}

}
