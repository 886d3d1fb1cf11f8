package coop.events.fair;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code showcase_ref}: the published showcase of each entrepreneur, by owner
 * subject, so that a fair's page links its exhibitors' showcases.
 */
@Repository
class ShowcaseRefs {

	private final JdbcClient jdbc;

	ShowcaseRefs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the owner's showcase, replacing the one they had. */
	void save(String owner, String slug, String displayName, String businessName) {
		this.jdbc
			.sql("insert into showcase_ref (subject, slug, display_name, business_name)"
					+ " values (?, ?, ?, ?) on conflict (subject) do update set slug = excluded.slug,"
					+ " display_name = excluded.display_name, business_name = excluded.business_name")
			.params(owner, slug, displayName, businessName)
			.update();
	}

	void deleteBySlug(String slug) {
		this.jdbc.sql("delete from showcase_ref where slug = ?").param(slug).update();
	}

}
