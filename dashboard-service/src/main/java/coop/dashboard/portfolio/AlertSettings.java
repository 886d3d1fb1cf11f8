package coop.dashboard.portfolio;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The thresholds of the portfolio's alerts, set by staff (table {@code alert_setting}); a
 * threshold never set keeps its default.
 *
 * @param objectiveGap points of progress behind the time elapsed before an objective is
 * "behind"
 * @param monthsWithoutRevenue complete months without revenue
 * @param lateInvoices late invoices piling up
 * @param treasuryFloor euros of reference treasury under which to alert
 * @param missedWorkshops workshops missed in a row
 * @param weeksWithoutAppointment weeks without an appointment with the coach
 * @param agreementEndingDays days before the CAPE ends without a CESA
 */
public record AlertSettings(@Min(1) @Max(100) int objectiveGap, @Min(1) @Max(24) int monthsWithoutRevenue,
		@Min(1) @Max(100) int lateInvoices, @Min(-1_000_000) @Max(1_000_000) int treasuryFloor,
		@Min(1) @Max(20) int missedWorkshops, @Min(1) @Max(52) int weeksWithoutAppointment,
		@Min(1) @Max(365) int agreementEndingDays) {

	static final AlertSettings DEFAULTS = new AlertSettings(20, 3, 2, 0, 2, 8, 60);

	@Component
	static class Store {

		private final JdbcClient jdbc;

		Store(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		AlertSettings current() {
			Map<String, Integer> values = new LinkedHashMap<>();
			this.jdbc.sql("select name, value from alert_setting").query((rs) -> {
				values.put(rs.getString(1), rs.getInt(2));
			});
			AlertSettings d = DEFAULTS;
			return new AlertSettings(values.getOrDefault("objectiveGap", d.objectiveGap()),
					values.getOrDefault("monthsWithoutRevenue", d.monthsWithoutRevenue()),
					values.getOrDefault("lateInvoices", d.lateInvoices()),
					values.getOrDefault("treasuryFloor", d.treasuryFloor()),
					values.getOrDefault("missedWorkshops", d.missedWorkshops()),
					values.getOrDefault("weeksWithoutAppointment", d.weeksWithoutAppointment()),
					values.getOrDefault("agreementEndingDays", d.agreementEndingDays()));
		}

		void save(AlertSettings settings) {
			Map<String, Integer> values = Map.of("objectiveGap", settings.objectiveGap(), "monthsWithoutRevenue",
					settings.monthsWithoutRevenue(), "lateInvoices", settings.lateInvoices(), "treasuryFloor",
					settings.treasuryFloor(), "missedWorkshops", settings.missedWorkshops(), "weeksWithoutAppointment",
					settings.weeksWithoutAppointment(), "agreementEndingDays", settings.agreementEndingDays());
			values.forEach(
					(name, value) -> this.jdbc
						.sql("insert into alert_setting (name, value) values (?, ?)"
								+ " on conflict (name) do update set value = excluded.value")
						.params(name, value)
						.update());
		}

	}

}
