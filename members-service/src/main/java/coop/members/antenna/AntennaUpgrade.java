package coop.members.antenna;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Antennas stored before they carried a version (any installation older than the
 * antennas' management) get version 0 at start, before anything else touches them:
 * without it, Spring Data takes such a document for a new one and its next save fails as
 * a duplicate key.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AntennaUpgrade implements ApplicationRunner {

	private final MongoTemplate mongo;

	AntennaUpgrade(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void run(ApplicationArguments args) {
		upgrade();
	}

	/**
	 * @return how many antennas were given a version
	 */
	public long upgrade() {
		return this.mongo
			.updateMulti(Query.query(Criteria.where("version").exists(false)), Update.update("version", 0L),
					Antenna.class)
			.getModifiedCount();
	}

}
