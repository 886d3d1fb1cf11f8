package coop.events.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the consent texts (table {@code consent_text}). At start, a text of
 * {@link ConsentPurpose} that differs from its latest stored version becomes the next
 * version; replicas starting together store it once (unique purpose and version).
 */
@Service
public class ConsentVersions implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final Clock clock;

	ConsentVersions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Arrays.stream(ConsentPurpose.values()).forEach(this::publish);
	}

	/** Stores the text of {@code purpose} as a new version if it changed. */
	@Transactional
	public ConsentVersion publish(ConsentPurpose purpose) {
		Optional<ConsentVersion> latest = latest(purpose);
		if (latest.isPresent() && latest.get().statement().equals(purpose.statement())
				&& latest.get().notice().equals(purpose.notice())) {
			return latest.get();
		}
		int next = latest.map(ConsentVersion::version).orElse(0) + 1;
		this.jdbc.sql("""
				insert into consent_text (id, purpose, version, statement, notice, published_at)
				values (?, ?, ?, ?, ?, ?) on conflict (purpose, version) do nothing""")
			.params(UUID.randomUUID(), purpose.name(), next, purpose.statement(), purpose.notice(),
					this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return latest(purpose).orElseThrow();
	}

	/** The version the forms show now, one per purpose. */
	public List<ConsentVersion> current() {
		return Arrays.stream(ConsentPurpose.values()).map(this::current).toList();
	}

	public ConsentVersion current(ConsentPurpose purpose) {
		return latest(purpose).orElseGet(() -> publish(purpose));
	}

	/**
	 * The version a person agrees to: the current one. A form that says which version it
	 * showed must have shown the current one, or the person is asked to read it again.
	 * @param shown the version the form showed, {@code null} when it does not say
	 */
	public ConsentVersion agreedTo(ConsentPurpose purpose, Integer shown) {
		ConsentVersion current = current(purpose);
		if (shown != null && shown != current.version()) {
			throw new ProblemException(ProblemType.CONSENT_CHANGED,
					"Le texte de consentement a changé depuis l'ouverture de la page. Relisez-le puis validez à nouveau.");
		}
		return current;
	}

	/** Every version of every purpose, the newest first. */
	public List<ConsentVersion> history() {
		return this.jdbc.sql("select * from consent_text order by purpose, version desc")
			.query(ConsentVersions::version)
			.list();
	}

	private Optional<ConsentVersion> latest(ConsentPurpose purpose) {
		return this.jdbc.sql("select * from consent_text where purpose = ? order by version desc limit 1")
			.param(purpose.name())
			.query(ConsentVersions::version)
			.optional();
	}

	private static ConsentVersion version(ResultSet row, int index) throws SQLException {
		return new ConsentVersion(row.getObject("id", UUID.class), ConsentPurpose.valueOf(row.getString("purpose")),
				row.getInt("version"), row.getString("statement"), row.getString("notice"),
				row.getTimestamp("published_at").toInstant());
	}

}
