package coop.platform.messaging.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import coop.platform.contracts.members.CooperativeChanged.Retention;
import coop.platform.contracts.privacy.RetentionApplied;
import coop.platform.messaging.Outbox;
import coop.platform.messaging.cooperative.CooperativeCopy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes, once a day, what the service's {@link RetentionRule}s find older than the
 * periods of the cooperative's settings, and tells it ({@code privacy.retention.applied},
 * through the outbox in the same transaction: members-service keeps the report).
 * <p>
 * One run at a time across every instance: the run holds a PostgreSQL advisory lock for
 * its transaction ({@code pg_try_advisory_xact_lock}); a run that does not get it does
 * nothing and tells nothing. A row is deleted by one run only, and a crash rolls the
 * deletions and their report back together.
 */
public class RetentionJob {

	/** The advisory lock's key, the same in every instance of a service's database. */
	static final long LOCK = 0x636f6f7052L;

	private final List<RetentionRule> rules;

	private final CooperativeCopy copy;

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String service;

	public RetentionJob(List<RetentionRule> rules, CooperativeCopy copy, Outbox outbox, JdbcTemplate jdbc,
			TransactionTemplate transactions, Clock clock, String service) {
		this.rules = List.copyOf(rules);
		this.copy = copy;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.service = service;
	}

	@Scheduled(cron = "${coop.retention.cron:0 30 3 * * *}", zone = "Europe/Paris")
	void scheduled() {
		run();
	}

	/** A run with the periods of the service's copy of the settings. */
	public Optional<RetentionApplied> run() {
		return run(this.copy.retention(), this.clock.instant());
	}

	/**
	 * A run with these periods at {@code now}.
	 * @return what it deleted, or empty when another run held the lock
	 */
	public Optional<RetentionApplied> run(Retention periods, Instant now) {
		Retention retention = periods.orDefaults();
		return Optional.ofNullable(this.transactions.execute((status) -> {
			Boolean locked = this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK);
			if (!Boolean.TRUE.equals(locked)) {
				return null;
			}
			List<RetentionApplied.Removed> removed = new ArrayList<>();
			for (RetentionRule rule : this.rules) {
				Instant before = now.minus(Duration.ofDays(retention.days(rule.kind())));
				removed.add(new RetentionApplied.Removed(rule.kind(), rule.deleteBefore(before), before));
			}
			RetentionApplied applied = new RetentionApplied(UUID.randomUUID(), this.service, now, removed);
			this.outbox.append(applied);
			return applied;
		}));
	}

}
