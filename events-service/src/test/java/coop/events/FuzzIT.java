package coop.events;

import coop.platform.test.ReceivesHostileBodies;

/**
 * Random and hostile bodies on every POST and PUT of events-service, as every kind of
 * caller: never a 5xx, every refusal as problem+json, nothing stored when refused.
 */
class FuzzIT extends EventsIntegrationTest implements ReceivesHostileBodies {

	@Override
	public long storedThings() {
		return ReceivesHostileBodies.rowsOf(this.jdbc.getDataSource(), "agenda_event", "registration", "slot",
				"fair_exhibitor", "calendar_link");
	}

}
