package coop.resources.library;

import java.util.List;

import coop.resources.search.SearchIndexing;
import coop.resources.search.SearchKind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Resources stored before the centre had its moderation (the first demo shelf: no
 * endpoint could create any) cannot be read as today's {@link Resource}: they are removed
 * at start, with their index entries, before the demo data loads the new shelf.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LegacyShelf implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(LegacyShelf.class);

	private final MongoTemplate mongo;

	private final SearchIndexing indexing;

	LegacyShelf(MongoTemplate mongo, SearchIndexing indexing) {
		this.mongo = mongo;
		this.indexing = indexing;
	}

	@Override
	public void run(ApplicationArguments args) {
		Query legacy = Query.query(Criteria.where("moderation").exists(false));
		legacy.fields().include("_id");
		List<Document> found = this.mongo.find(legacy, Document.class, "resources");
		for (Document document : found) {
			String id = String.valueOf(document.get("_id"));
			this.mongo.remove(Query.query(Criteria.where("_id").is(document.get("_id"))), "resources");
			this.indexing.removed(SearchKind.RESOURCE, id);
		}
		if (!found.isEmpty()) {
			logger.info("Resources without moderation (first demo shelf) removed: " + found.size());
		}
	}

}
