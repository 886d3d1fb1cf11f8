package coop.dashboard.demo;

import java.sql.Date;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import coop.dashboard.DashboardProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Twelve months of figures and a few objectives for the two demo entrepreneurs of the
 * realm.
 */
@Component
class DemoFigures implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoFigures.class);

	static final String MARIE = "b465c806-618a-4771-b0d4-d76aa7ceecf5";

	static final String THEO = "5ae4bd4f-a0f9-4544-bf45-a2440fc1b240";

	private final JdbcClient jdbc;

	private final DashboardProperties properties;

	private final Clock clock;

	DemoFigures(JdbcClient jdbc, DashboardProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Integer existing = this.jdbc.sql("select count(*) from monthly_figures").query(Integer.class).single();
		if (!this.properties.demoData() || existing > 0) {
			return;
		}
		YearMonth now = YearMonth.now(this.clock.withZone(ZoneId.of("Europe/Paris")));
		for (int i = 11; i >= 0; i--) {
			YearMonth month = now.minusMonths(i);
			// a jeweller's activity grows and peaks before Christmas; a tailor's is
			// steadier
			long marie = 90_000L + (11 - i) * 12_000L + ((month.getMonthValue() == 12) ? 150_000L : 0);
			long theo = 140_000L + ((i % 3 == 0) ? 35_000L : 0);
			figures(MARIE, month, marie, marie / 3, 70 + (11 - i) * 3);
			figures(THEO, month, theo, theo * 2 / 5, 95);
		}
		objective(MARIE, "Atteindre 2 000 € de chiffre d'affaires mensuel", 200_000L, now.plusMonths(3), false);
		objective(MARIE, "Exposer au Salon des métiers d'art", null, now.plusMonths(1), false);
		objective(THEO, "Ouvrir une boutique en ligne", null, now.minusMonths(1), true);
		logger.info("Demo dashboard figures loaded");
	}

	private void figures(String subject, YearMonth month, long revenue, long expenses, int hours) {
		this.jdbc.sql("insert into monthly_figures values (?, ?, ?, ?, ?)")
			.params(subject, Date.valueOf(month.atDay(1)), revenue, expenses, hours)
			.update();
	}

	private void objective(String subject, String label, Long target, YearMonth due, boolean reached) {
		this.jdbc.sql("insert into objective values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), subject, label, target, Date.valueOf(due.atDay(1)), reached)
			.update();
	}

}
