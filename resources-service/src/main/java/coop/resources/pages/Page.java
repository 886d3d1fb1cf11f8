package coop.resources.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import coop.platform.contracts.IntegrationEvent;
import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A presentation page of the public site: the draft staff write, the version visitors
 * read and every version ever published (to restore one), with its place in the menu, all
 * in one document saved in one write with the message that tells of its publication
 * ({@link HasOutbox}).
 */
@Document("pages")
class Page implements HasOutbox {

	@Id
	private String id;

	@Indexed(unique = true)
	private String slug;

	/** Its place in the cooperative's menu (from 0), or {@code null}: not in the menu. */
	private Integer menuOrder;

	private PageContent draft;

	/** Every published version, oldest first; the last one is online. */
	private List<PageVersion> versions = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	/** Who last changed the draft (a name staff read). */
	private String updatedBy;

	@Version
	private Long revision;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected Page() {
	}

	Page(String slug, PageContent draft, Integer menuOrder, String by, Instant now) {
		this.slug = slug;
		this.draft = draft;
		this.menuOrder = menuOrder;
		this.createdAt = now;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	String id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

	Integer menuOrder() {
		return this.menuOrder;
	}

	PageContent draft() {
		return this.draft;
	}

	List<PageVersion> versions() {
		return List.copyOf(this.versions);
	}

	Optional<PageVersion> online() {
		return this.versions.isEmpty() ? Optional.empty() : Optional.of(this.versions.get(this.versions.size() - 1));
	}

	Optional<PageVersion> version(int number) {
		return this.versions.stream().filter((version) -> version.number() == number).findFirst();
	}

	/** Whether the draft differs from what visitors read (or nothing is online yet). */
	boolean draftChanged() {
		return online().map((online) -> !online.content().equals(this.draft)).orElse(true);
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	String updatedBy() {
		return this.updatedBy;
	}

	Long revision() {
		return this.revision;
	}

	void write(PageContent draft, String by, Instant now) {
		this.draft = draft;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/** The draft becomes the next version, online; returns it. */
	PageVersion publish(String by, Instant now) {
		PageVersion version = new PageVersion(this.versions.size() + 1, this.draft, now, by);
		this.versions.add(version);
		this.updatedAt = now;
		return version;
	}

	void moveTo(Integer menuOrder, Instant now) {
		this.menuOrder = menuOrder;
		this.updatedAt = now;
	}

	void tell(IntegrationEvent event, Instant now) {
		this.outbox.add(OutboxEntry.of(event, now));
	}

	@Override
	public List<OutboxEntry> outbox() {
		return this.outbox;
	}

}
