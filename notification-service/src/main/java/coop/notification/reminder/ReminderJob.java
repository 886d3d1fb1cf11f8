package coop.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import coop.notification.mail.Mailer;
import coop.notification.reminder.Reminders.DueReminder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final TransactionTemplate transaction;

	private final Clock clock;

	ReminderJob(Reminders reminders, ReminderMails mails, Mailer mailer, PlatformTransactionManager transactions,
			Clock clock) {
		this.reminders = reminders;
		this.mails = mails;
		this.mailer = mailer;
		this.transaction = new TransactionTemplate(transactions);
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
		int sent = 0;
		while (sendNext(now)) {
			sent++;
		}
		return sent;
	}

	private boolean sendNext(Instant now) {
		AtomicReference<DueReminder> picked = new AtomicReference<>();
		try {
			return Boolean.TRUE.equals(this.transaction.execute((status) -> {
				Optional<DueReminder> due = this.reminders.lockNextDue(now);
				due.ifPresent((reminder) -> {
					picked.set(reminder);
					this.mailer.send(reminder.id(), this.mails.reminder(reminder.reminder(), now));
					this.reminders.markSent(reminder.id());
				});
				return due.isPresent();
			}));
		}
		catch (RuntimeException ex) {
			if (picked.get() == null) {
				throw ex;
			}
			this.reminders.countFailure(picked.get().id());
			logger.warn("Reminder " + picked.get().id() + " not sent, retried at the next run: " + ex.getMessage());
			return false;
		}
	}

}
