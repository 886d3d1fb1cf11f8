package coop.notification.contact;

import coop.notification.mail.Mailer;
import coop.notification.mail.OneByOne;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Forwards the stored contact messages to the team and acknowledges them to their
 * authors, every {@code coop.contact.interval} (5 s). Each mail is sent in a transaction
 * of its own that locks the message and records the step (forwarded, then acknowledged):
 * replicas share the work, nothing is sent twice, and after a failure (SMTP away) the
 * next run goes on from the step that failed. An address gets at most one acknowledgment
 * a day, whatever the number of messages typed with it.
 */
@Component
@EnableScheduling
class ContactJob {

	private static final Log logger = LogFactory.getLog(ContactJob.class);

	private final ContactMessages messages;

	private final ContactMails mails;

	private final Mailer mailer;

	private final OneByOne<ContactMessage> oneByOne;

	ContactJob(ContactMessages messages, ContactMails mails, Mailer mailer, PlatformTransactionManager transactions) {
		this.messages = messages;
		this.mails = mails;
		this.mailer = mailer;
		this.oneByOne = new OneByOne<>(transactions, ContactMessage::id, messages::countFailure, logger);
	}

	@Scheduled(fixedDelayString = "${coop.contact.interval:5s}")
	void run() {
		int sent = sendPending();
		if (sent > 0) {
			logger.info(sent + " contact mail(s) sent");
		}
	}

	/**
	 * Sends every mail pending; stops at the first failure, the next run retries.
	 * @return how many mails this run sent (two per message)
	 */
	int sendPending() {
		// one mail per transaction: the team's first, then the acknowledgment
		return this.oneByOne.sendAll(this.messages::lockNextPending, (message) -> {
			if (!message.forwarded()) {
				this.mailer.send(message.id(), this.mails.toTeam(message));
				this.messages.markForwarded(message.id());
			}
			else {
				// one acknowledgment a day per address: the form cannot flood someone's
				// mailbox
				if (!this.messages.acknowledgedWithinADay(message.email())) {
					this.mailer.send(message.id(), this.mails.acknowledgment(message));
				}
				this.messages.markSent(message.id());
			}
		});
	}

}
