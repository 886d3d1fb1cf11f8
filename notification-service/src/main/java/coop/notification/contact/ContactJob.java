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
 * Forwards the stored contact messages, every {@code coop.contact.interval} (5 s). Each
 * message is locked, mailed to the team and to its author, and marked sent in one
 * transaction, so that replicas share the work and none is sent twice; after a failure
 * (SMTP away) it stays and the next run tries again.
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
			logger.info(sent + " contact message(s) forwarded to the team");
		}
	}

	/**
	 * Forwards every pending message; stops at the first failure, the next run retries.
	 * @return how many this run forwarded
	 */
	int sendPending() {
		return this.oneByOne.sendAll(this.messages::lockNextPending, (message) -> {
			this.mailer.send(message.id(), this.mails.toTeam(message));
			this.mailer.send(message.id(), this.mails.acknowledgment(message));
			this.messages.markSent(message.id());
		});
	}

}
