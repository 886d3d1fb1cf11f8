package coop.members.showcase;

import java.util.List;

import coop.platform.moderation.Actor;
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
 * Showcases stored before they were moderated (one document of the business's fields and
 * pages, no working version, no moderation) are rewritten in the moderated model at
 * start: an online one stays online, validated by the upgrade, the others become their
 * owner's drafts. Without it, reading such a document fails on its missing moderation.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ShowcaseUpgrade implements ApplicationRunner {

	static final Actor UPGRADE = new Actor("coop-upgrade", "Mise à jour de la plateforme");

	private static final String COLLECTION = "showcases";

	private final MongoTemplate mongo;

	private final ShowcaseService service;

	ShowcaseUpgrade(MongoTemplate mongo, ShowcaseService service) {
		this.mongo = mongo;
		this.service = service;
	}

	@Override
	public void run(ApplicationArguments args) {
		upgrade();
	}

	/**
	 * @return how many showcases were rewritten
	 */
	public int upgrade() {
		List<Document> older = this.mongo.find(Query.query(Criteria.where("moderation").exists(false)), Document.class,
				COLLECTION);
		for (Document showcase : older) {
			List<ShowcaseContent.Page> pages = showcase.getList("pages", Document.class, List.of())
				.stream()
				.map((page) -> new ShowcaseContent.Page(page.getString("slug"), page.getString("title"),
						page.getString("body"), List.of(), List.of()))
				.toList();
			ShowcaseContent content = new ShowcaseContent(showcase.getString("businessName"),
					showcase.getString("tagline"), Sector.valueOf(showcase.getString("sector")),
					showcase.getString("town"), List.of(), showcase.getString("website"), List.of(),
					showcase.getString("contactEmail"), showcase.getString("phone"), false, null, pages);
			// the slug is unique: the older document goes before its rewrite is saved
			this.mongo.remove(Query.query(Criteria.where("_id").is(showcase.get("_id"))), COLLECTION);
			this.service.carryOver(showcase.getString("slug"), showcase.getString("ownerSubject"),
					showcase.getString("displayName"), showcase.getString("antenna"), content,
					showcase.getBoolean("published", false), UPGRADE);
		}
		return older.size();
	}

}
