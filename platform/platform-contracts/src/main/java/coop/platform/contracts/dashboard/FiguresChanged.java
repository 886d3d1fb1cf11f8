package coop.platform.contracts.dashboard;

import java.time.Instant;
import java.util.List;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * Figures of some entrepreneurs changed, so that every instance of dashboard-service
 * tells the open dashboards of those entrepreneurs to reload.
 *
 * @param subjects the entrepreneurs whose figures changed
 */
@EventType("dashboard.figures.changed")
public record FiguresChanged(List<String> subjects, Cause cause, Instant changedAt) implements IntegrationEvent {

	public enum Cause {

		/** an accounting or enDI import */
		IMPORT,
		/** a coach recorded attendance at a workshop */
		ATTENDANCE,
		/** staff typed monthly figures */
		TYPED

	}

}
