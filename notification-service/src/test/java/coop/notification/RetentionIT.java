package coop.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.contracts.privacy.RetentionApplied;
import coop.platform.contracts.privacy.RetentionKind;
import coop.platform.messaging.retention.RetentionJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention in notification-service: the sent-mail log, contact messages and reminders
 * older than their periods go, recent ones stay; two runs at once remove each record once
 * (one holds the PostgreSQL lock, the other does nothing).
 */
class RetentionIT extends WithRealServers {

	static final CooperativeChanged.Retention PERIODS = new CooperativeChanged.Retention(365, 180, 365, 90, 7);

	@Autowired
	RetentionJob retention;

	@BeforeEach
	void emptyStore() {
		this.jdbc.sql("truncate sent_mail, contact_message, reminder").update();
	}

	@Test
	void eachKindOlderThanItsPeriodGoesAndRecentOnesStay() {
		UUID oldMail = sentMail(400);
		UUID recentMail = sentMail(300);
		UUID oldContact = contactMessage(200);
		UUID recentContact = contactMessage(100);
		UUID oldReminder = reminder(100);
		UUID recentReminder = reminder(10);

		RetentionApplied applied = this.retention.run(PERIODS, Instant.now()).orElseThrow();

		assertThat(count("sent_mail", oldMail)).isZero();
		assertThat(count("sent_mail", recentMail)).isOne();
		assertThat(count("contact_message", oldContact)).isZero();
		assertThat(count("contact_message", recentContact)).isOne();
		assertThat(count("reminder", oldReminder)).isZero();
		assertThat(count("reminder", recentReminder)).isOne();
		assertThat(applied.service()).isEqualTo("notification-service");
		assertThat(applied.removed()).extracting(RetentionApplied.Removed::kind, RetentionApplied.Removed::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(RetentionKind.CONTACT_MESSAGES, 1),
					org.assertj.core.groups.Tuple.tuple(RetentionKind.SENT_MAILS, 1),
					org.assertj.core.groups.Tuple.tuple(RetentionKind.REMINDERS, 1));
		assertThat(this.jdbc.sql("select envelope from platform_outbox where position(? in envelope) > 0")
			.param(applied.runId().toString())
			.query(String.class)
			.single()).as("the report names nobody").doesNotContain("@example.org").contains("SENT_MAILS");
	}

	@Test
	void twoRunsAtOnceRemoveEachRecordOnce() throws Exception {
		for (int i = 0; i < 200; i++) {
			sentMail(400);
		}
		UUID recent = sentMail(1);
		CyclicBarrier together = new CyclicBarrier(2);
		Instant now = Instant.now();
		List<CompletableFuture<Optional<RetentionApplied>>> runs = List.of(1, 2)
			.stream()
			.map((n) -> CompletableFuture.supplyAsync(() -> {
				try {
					together.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return this.retention.run(PERIODS, now);
			}))
			.toList();
		int removed = 0;
		int reports = 0;
		for (CompletableFuture<Optional<RetentionApplied>> run : runs) {
			Optional<RetentionApplied> applied = run.get();
			if (applied.isPresent()) {
				reports++;
				removed += applied.get()
					.removed()
					.stream()
					.filter((r) -> r.kind() == RetentionKind.SENT_MAILS)
					.mapToInt(RetentionApplied.Removed::count)
					.sum();
			}
		}
		assertThat(removed).as("each old mail counted by one run only").isEqualTo(200);
		assertThat(reports).isBetween(1, 2);
		assertThat(this.jdbc.sql("select count(*) from sent_mail").query(Long.class).single()).isOne();
		assertThat(count("sent_mail", recent)).isOne();
	}

	private UUID sentMail(int daysAgo) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into sent_mail (id, cause_id, kind, recipient, subject, sent_at)
				values (?, ?, 'REGISTRATION_CONFIRMED', ?, 'Votre inscription', now() - make_interval(days => ?))""")
			.params(id, UUID.randomUUID(), uniqueAddress("lea"), daysAgo)
			.update();
		return id;
	}

	private UUID contactMessage(int daysAgo) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into contact_message (id, name, email, topic, message, received_at, sent_at, forwarded_at)
				values (?, 'Léa Perrin', ?, 'OTHER', 'Bonjour', now() - make_interval(days => ?),
				  now() - make_interval(days => ?), now() - make_interval(days => ?))""")
			.params(id, uniqueAddress("lea"), daysAgo, daysAgo, daysAgo)
			.update();
		return id;
	}

	private UUID reminder(int daysAgo) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into reminder (id, about_id, recipient, first_name, title, starts_at, ends_at, send_at, sent_at,
					  as_of)
					values (?, ?, ?, 'Léa', 'Atelier', now() - make_interval(days => ?),
					  now() - make_interval(days => ?) + interval '2 hours', now() - make_interval(days => ?) - interval '1 day',
					  now() - make_interval(days => ?) - interval '1 day', now())""")
			.params(id, UUID.randomUUID(), uniqueAddress("lea"), daysAgo, daysAgo, daysAgo, daysAgo)
			.update();
		return id;
	}

	private long count(String table, UUID id) {
		return this.jdbc.sql("select count(*) from " + table + " where id = ?").param(id).query(Long.class).single();
	}

}
