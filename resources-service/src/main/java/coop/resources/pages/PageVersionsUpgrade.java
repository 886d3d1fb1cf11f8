package coop.resources.pages;

import java.util.List;

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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At start, before the default pages and anyone's reads: pages stored with every version
 * inside them ({@code versions[]}) have each version copied into {@code page_versions}
 * (keyed by page and number), then the last one kept as the page's {@code online} copy
 * and the list removed, in one write of the page. A page whose version online has no copy
 * in the history (the service stopped between a publication's two writes) gets it. Run
 * again, or after a stop half-way, it writes the same documents again and finds nothing
 * more to do.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageVersionsUpgrade implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(PageVersionsUpgrade.class);

	private static final String PAGES = "pages";

	private final MongoTemplate mongo;

	PageVersionsUpgrade(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void run(ApplicationArguments args) {
		upgrade();
	}

	/**
	 * @return how many pages had their versions moved out
	 */
	int upgrade() {
		List<Document> older = this.mongo.find(Query.query(Criteria.where("versions").exists(true)), Document.class,
				PAGES);
		for (Document page : older) {
			String pageId = page.get("_id").toString();
			Document last = null;
			for (Document version : page.getList("versions", Document.class, List.of())) {
				Document kept = stored(pageId, version);
				this.mongo.save(kept, PageVersion.COLLECTION);
				if (last == null || kept.getInteger("number") > last.getInteger("number")) {
					last = kept;
				}
			}
			Update update = new Update().unset("versions");
			if (last != null) {
				Document online = new Document(last);
				online.remove("_id");
				online.remove("pageId");
				update.set("online", online);
			}
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(page.get("_id"))), update, PAGES);
		}
		int repaired = 0;
		for (Document page : this.mongo.find(Query.query(Criteria.where("online").exists(true)), Document.class,
				PAGES)) {
			Document online = stored(page.get("_id").toString(), page.get("online", Document.class));
			if (!this.mongo.exists(Query.query(Criteria.where("_id").is(online.get("_id"))), PageVersion.COLLECTION)) {
				this.mongo.save(online, PageVersion.COLLECTION);
				repaired++;
			}
		}
		if (!older.isEmpty() || repaired > 0) {
			logger.info("Presentation pages' versions moved to " + PageVersion.COLLECTION + ": " + older.size()
					+ " pages, " + repaired + " versions online written again");
		}
		return older.size();
	}

	/** A version of the older shape as a {@link PageVersion} stores it. */
	private static Document stored(String pageId, Document version) {
		int number = version.getInteger("number");
		return new Document("_id", PageVersion.idOf(pageId, number)).append("pageId", pageId)
			.append("number", number)
			.append("content", version.get("content"))
			.append("publishedAt", version.get("publishedAt"))
			.append("publishedBy", version.get("publishedBy"))
			.append("publishedBySubject", version.get("publishedBySubject"));
	}

}
