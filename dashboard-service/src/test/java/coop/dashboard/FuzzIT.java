package coop.dashboard;

import java.util.UUID;

import coop.platform.test.ReceivesHostileBodies;
import tools.jackson.databind.JsonNode;

/**
 * Random and hostile bodies on every PUT of dashboard-service (typed figures, alert
 * thresholds), as every kind of caller: never a 5xx, every refusal as problem+json,
 * nothing stored when refused.
 */
class FuzzIT extends WithRealServers implements ReceivesHostileBodies {

	@Override
	public long storedThings() {
		return ReceivesHostileBodies.rowsOf(this.jdbc.getDataSource(), "alert_setting", "typed_figures",
				"accounting_import");
	}

	@Override
	public String pathValue(String name, JsonNode schema) {
		return switch (name) {
			case "month" -> "2026-01";
			case "subject" -> UUID.randomUUID().toString();
			default -> null;
		};
	}

}
