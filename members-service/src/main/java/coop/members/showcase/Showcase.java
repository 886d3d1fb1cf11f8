package coop.members.showcase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import coop.platform.contracts.IntegrationEvent;
import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An entrepreneur's showcase. Its pending messages travel inside the document
 * ({@link HasOutbox}), so that saving a change saves the message telling of it in the
 * same single-document write.
 */
@Document("showcases")
public class Showcase implements HasOutbox {

	/**
	 * Craftspeople and sellers may have up to three pages; the others one (cahier des
	 * charges).
	 */
	public static final int MAX_PAGES = 3;

	@Id
	private String id;

	@Indexed(unique = true)
	private String slug;

	private String ownerSubject;

	private String displayName;

	private String businessName;

	private Sector sector;

	private String tagline;

	private String town;

	private String antenna;

	private String website;

	private String contactEmail;

	private String phone;

	private List<ShowcasePage> pages = new ArrayList<>();

	private boolean published;

	private Instant updatedAt;

	@Version
	private Long version;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected Showcase() {
	}

	public Showcase(String slug, String ownerSubject, String displayName, String businessName, Sector sector,
			String tagline, String town, String antenna) {
		this.slug = slug;
		this.ownerSubject = ownerSubject;
		this.displayName = displayName;
		this.businessName = businessName;
		this.sector = sector;
		this.tagline = tagline;
		this.town = town;
		this.antenna = antenna;
	}

	public Showcase contact(String website, String contactEmail, String phone) {
		this.website = website;
		this.contactEmail = contactEmail;
		this.phone = phone;
		return this;
	}

	public Showcase page(String slug, String title, String body) {
		if (this.pages.size() >= MAX_PAGES) {
			throw new IllegalStateException("A showcase has at most " + MAX_PAGES + " pages");
		}
		this.pages.add(new ShowcasePage(slug, title, body));
		return this;
	}

	/** Puts the showcase online and records the message for the search index. */
	void publish(IntegrationEvent published, Instant now) {
		this.published = true;
		this.updatedAt = now;
		this.outbox.add(OutboxEntry.of(published, now));
	}

	@Override
	public List<OutboxEntry> outbox() {
		return this.outbox;
	}

	public String slug() {
		return this.slug;
	}

	public String ownerSubject() {
		return this.ownerSubject;
	}

	public String displayName() {
		return this.displayName;
	}

	public String businessName() {
		return this.businessName;
	}

	public Sector sector() {
		return this.sector;
	}

	public String tagline() {
		return this.tagline;
	}

	public String town() {
		return this.town;
	}

	public String antenna() {
		return this.antenna;
	}

	public String website() {
		return this.website;
	}

	public String contactEmail() {
		return this.contactEmail;
	}

	public String phone() {
		return this.phone;
	}

	public List<ShowcasePage> pages() {
		return List.copyOf(this.pages);
	}

	public boolean published() {
		return this.published;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public record ShowcasePage(String slug, String title, String body) {
	}

}
