package coop.notification;

import javax.sql.DataSource;

import coop.platform.test.ReceivesHostileBodies;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Random and hostile bodies on the public contact form, as every kind of caller: never a
 * 5xx, every refusal as problem+json, no message kept when refused.
 */
class FuzzIT extends WithRealServers implements ReceivesHostileBodies {

	@Autowired
	DataSource dataSource;

	@Override
	public long storedThings() {
		return ReceivesHostileBodies.rowsOf(this.dataSource, "contact_message");
	}

}
