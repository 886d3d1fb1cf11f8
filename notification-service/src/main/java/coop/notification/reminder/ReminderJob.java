package coop.notification.reminder;

import java.time.Clock;
import java.time.Instant;

import coop.notification.mail.Mailer;
import coop.notification.mail.OneByOne;
import coop.notification.reminder.Reminders.DueReminder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sends the reminders that are due, every {@code coop.reminders.interval} (60 s). Each
 * reminder is locked, sent and marked sent in a transaction of its own, so that replicas
 * running the job at the same time share the work and never send one twice.
 */
@Component
@EnableScheduling
class ReminderJob {

	private static final Log logger = LogFactory.getLog(ReminderJob.class);

	private final Reminders reminders;

	private final ReminderMails mails;

	private final Mailer mailer;

	private final OneByOne<DueReminder> oneByOne;

	private final Clock clock;

	ReminderJob(Reminders reminders, ReminderMails mails, Mailer mailer, PlatformTransactionManager transactions,
			Clock clock) {
		this.reminders = reminders;
		this.mails = mails;
		this.mailer = mailer;
		this.oneByOne = new OneByOne<>(transactions, DueReminder::id, reminders::countFailure, logger);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${coop.reminders.interval:60s}")
	void run() {
		int sent = sendDue(this.clock.instant());
		if (sent > 0) {
			logger.info(sent + " reminder(s) sent");
		}
	}

	/**
	 * Sends every reminder due at {@code now} (the scheduler passes the clock's time, a
	 * test any time it likes). Stops at the first failure: the next run retries.
	 * @return how many this run sent
	 */
	int sendDue(Instant now) {
		return this.oneByOne.sendAll(() -> this.reminders.lockNextDue(now), (reminder) -> {
			this.mailer.send(reminder.id(), this.mails.reminder(reminder.reminder(), now));
			this.reminders.markSent(reminder.id());
		});
	}

}
