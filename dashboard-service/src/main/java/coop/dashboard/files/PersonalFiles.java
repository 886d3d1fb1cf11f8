package coop.dashboard.files;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import coop.platform.contracts.members.PersonalFileChanged;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The copy of each entrepreneur's personal file. The message carries the whole file, so
 * the copy is replaced, and a file older than the stored one changes nothing: late or
 * repeated deliveries never undo a later change.
 */
@Component
public class PersonalFiles {

	static final String QUEUE = "dashboard.files";

	public record File(String subject, String antenna, String coach, String analyticalCode, LocalDate capeStartsOn,
			LocalDate capeEndsOn, LocalDate cesaStartsOn) {
	}

	public record Objective(String id, String label, String kind, java.math.BigDecimal targetAmount, String status,
			LocalDate dueOn) {
	}

	private final JdbcClient jdbc;

	PersonalFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<File> find(String subject) {
		return this.jdbc
			.sql("select subject, antenna, coach, analytical_code, cape_starts_on, cape_ends_on, cesa_starts_on"
					+ " from personal_file where subject = ?")
			.param(subject)
			.query(File.class)
			.optional();
	}

	public List<Objective> objectives(String subject) {
		return this.jdbc
			.sql("select id, label, kind, target_amount, status, due_on from file_objective where subject = ?"
					+ " order by due_on nulls last, label")
			.param(subject)
			.query(Objective.class)
			.list();
	}

	/** The analytical codes of every personal file, upper case. */
	public Set<String> analyticalCodes() {
		return new HashSet<>(
				this.jdbc.sql("select analytical_code from personal_file where analytical_code is not null")
					.query(String.class)
					.list());
	}

	/** The entrepreneurs whose analytical code is one of these. */
	public List<String> subjectsOf(Set<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select subject from personal_file where analytical_code = any(?)")
			.param(codes.toArray(String[]::new))
			.query(String.class)
			.list();
	}

	void apply(PersonalFileChanged file) {
		String code = (file.analyticalCode() == null || file.analyticalCode().isBlank()) ? null
				: file.analyticalCode().strip().toUpperCase(Locale.ROOT);
		PersonalFileChanged.Agreement agreement = (file.agreement() != null) ? file.agreement()
				: new PersonalFileChanged.Agreement(null, null, null);
		int changed = this.jdbc.sql("""
				insert into personal_file (subject, antenna, coach, analytical_code, cape_starts_on, cape_ends_on,
				    cesa_starts_on, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (subject) do update set antenna = excluded.antenna, coach = excluded.coach,
				    analytical_code = excluded.analytical_code, cape_starts_on = excluded.cape_starts_on,
				    cape_ends_on = excluded.cape_ends_on, cesa_starts_on = excluded.cesa_starts_on,
				    changed_at = excluded.changed_at
				where personal_file.changed_at < excluded.changed_at""")
			.params(file.subject(), file.antenna(), file.coach(), code, date(agreement.capeStartsOn()),
					date(agreement.capeEndsOn()), date(agreement.cesaStartsOn()), Timestamp.from(file.changedAt()))
			.update();
		if (changed == 0) {
			return;
		}
		this.jdbc.sql("delete from file_objective where subject = ?").param(file.subject()).update();
		this.jdbc.sql("delete from file_milestone where subject = ?").param(file.subject()).update();
		for (PersonalFileChanged.Objective objective : (file.objectives() != null) ? file.objectives()
				: List.<PersonalFileChanged.Objective>of()) {
			this.jdbc
				.sql("insert into file_objective (subject, id, label, kind, target_amount, status, due_on)"
						+ " values (?, ?, ?, ?, ?, ?, ?)")
				.params(file.subject(), objective.id(), objective.label(), objective.kind().name(),
						objective.targetAmount(), (objective.status() != null) ? objective.status().name() : null,
						date(objective.dueOn()))
				.update();
		}
		for (PersonalFileChanged.ReachedMilestone milestone : (file.milestones() != null) ? file.milestones()
				: List.<PersonalFileChanged.ReachedMilestone>of()) {
			this.jdbc
				.sql("insert into file_milestone (subject, milestone, reached_on) values (?, ?, ?)"
						+ " on conflict do nothing")
				.params(file.subject(), milestone.milestone().name(), date(milestone.reachedOn()))
				.update();
		}
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	@Bean
	static EventConsumer dashboardFiles(PersonalFiles files) {
		return EventConsumer.queue(QUEUE).on(PersonalFileChanged.class, (file, received) -> files.apply(file));
	}

}
