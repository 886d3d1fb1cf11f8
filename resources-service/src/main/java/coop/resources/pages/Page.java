package coop.resources.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import coop.platform.contracts.IntegrationEvent;
import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A presentation page of the public site: the draft staff write and the version visitors
 * read, with its place in the menu, in one document saved in one write with the message
 * that tells of its publication ({@link HasOutbox}). Every version ever published (to
 * restore one) is a {@link PageVersion} of its own: the page holds a copy of the one
 * online only, so the public reads never load the history.
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

	/**
	 * A copy of the version visitors read, the last one published; {@code null}: never
	 * published.
	 */
	private @Nullable Online online;

	private Instant createdAt;

	private Instant updatedAt;

	/** Who last changed the draft (a name staff read). */
	private String updatedBy;

	/**
	 * Their subject, to find what they wrote for the GDPR ({@code null} when unknown).
	 */
	private @Nullable String updatedBySubject;

	@Version
	private Long revision;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected Page() {
	}

	Page(String slug, PageContent draft, Integer menuOrder, String by, @Nullable String bySubject, Instant now) {
		// known before the first write: its versions are keyed by it
		this.id = ObjectId.get().toHexString();
		this.slug = slug;
		this.draft = draft;
		this.menuOrder = menuOrder;
		this.createdAt = now;
		this.updatedAt = now;
		this.updatedBy = by;
		this.updatedBySubject = bySubject;
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

	Optional<Online> online() {
		return Optional.ofNullable(this.online);
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

	void write(PageContent draft, String by, @Nullable String bySubject, Instant now) {
		this.draft = draft;
		this.updatedBy = by;
		this.updatedBySubject = bySubject;
		this.updatedAt = now;
	}

	/**
	 * The draft becomes the next version, online; returns it, to be kept with the others
	 * once this page is saved.
	 */
	PageVersion publish(String by, @Nullable String bySubject, Instant now) {
		int number = (this.online != null) ? this.online.number() + 1 : 1;
		this.online = new Online(number, this.draft, now, by, bySubject);
		this.updatedAt = now;
		return this.online.asVersion(this.id);
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

	/**
	 * The page's copy of its version online (the {@link PageVersion} of that number holds
	 * the same).
	 */
	record Online(int number, PageContent content, Instant publishedAt, String publishedBy,
			@Nullable String publishedBySubject) {

		PageVersion asVersion(String pageId) {
			return PageVersion.of(pageId, this.number, this.content, this.publishedAt, this.publishedBy,
					this.publishedBySubject);
		}

	}

}
