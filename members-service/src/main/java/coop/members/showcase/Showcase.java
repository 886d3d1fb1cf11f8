package coop.members.showcase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import coop.platform.contracts.IntegrationEvent;
import coop.platform.files.ResponsiveImages.ImageSet;
import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;
import coop.platform.moderation.Moderation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An entrepreneur's showcase: the live version visitors see, the working version the
 * entrepreneur writes and their coach reviews ({@link Moderation}), the images both use,
 * the addresses it answered at before (a renamed showcase answers them with a 301). Its
 * pending messages travel inside the document ({@link HasOutbox}), so that saving a
 * change saves the message telling of it in the same single-document write.
 */
@Document("showcases")
public class Showcase implements HasOutbox {

	/**
	 * Makers and sellers may have up to three pages; the others one (cahier des charges).
	 */
	public static final int MAX_PAGES = 3;

	/** Pictures in one page's gallery. */
	public static final int MAX_IMAGES_PER_PAGE = 12;

	@Id
	private String id;

	/** The public address, {@code /entrepreneurs/<slug>}. */
	@Indexed(unique = true)
	private String slug;

	/** Earlier public addresses, answered with a permanent redirection. */
	private List<String> formerSlugs = new ArrayList<>();

	private String ownerSubject;

	private String displayName;

	private String antenna;

	private ShowcaseContent live;

	private ShowcaseContent working;

	private Moderation moderation;

	/** Whether a version is online (the moderation's {@code isLive()}), for queries. */
	private boolean published;

	/** Images the live version shows, for the public image addresses. */
	private List<String> liveImageIds = new ArrayList<>();

	private List<ShowcaseImage> images = new ArrayList<>();

	/** When the live version last changed (the sitemap's {@code lastmod}). */
	private Instant updatedAt;

	@Version
	private Long version;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected Showcase() {
	}

	Showcase(String id, String slug, String ownerSubject, String displayName, String antenna, ShowcaseContent working,
			Moderation moderation) {
		this.id = id;
		this.slug = slug;
		this.ownerSubject = ownerSubject;
		this.displayName = displayName;
		this.antenna = antenna;
		this.working = working;
		this.moderation = moderation;
	}

	/** An image of the library: its id and the variants platform-files made. */
	public record ShowcaseImage(String id, ImageSet set, Instant uploadedAt) {
	}

	void record(IntegrationEvent event, Instant now) {
		this.outbox.add(OutboxEntry.of(event, now));
	}

	void working(ShowcaseContent content) {
		this.working = content;
	}

	void moderation(Moderation next) {
		this.moderation = next;
		this.published = next.isLive();
	}

	void owner(String displayName, String antenna) {
		this.displayName = displayName;
		this.antenna = antenna;
	}

	/** The working version goes online. */
	void goLive(Instant now) {
		this.live = this.working;
		this.liveImageIds = new ArrayList<>(this.live.imageIds());
		this.updatedAt = now;
	}

	void offline(Instant now) {
		this.liveImageIds = new ArrayList<>();
		this.updatedAt = now;
	}

	/**
	 * Moves the public address; the old one is kept for the redirection when it was ever
	 * public.
	 */
	void moveTo(String newSlug, boolean keepOld) {
		if (keepOld && !this.formerSlugs.contains(this.slug)) {
			this.formerSlugs.add(this.slug);
		}
		this.formerSlugs.remove(newSlug);
		this.slug = newSlug;
	}

	void addImage(ShowcaseImage image) {
		this.images.add(image);
	}

	/** Removes the images neither version shows and returns them. */
	List<ShowcaseImage> dropUnusedImages() {
		Set<String> used = new java.util.HashSet<>(this.working.imageIds());
		if (this.live != null) {
			used.addAll(this.live.imageIds());
		}
		List<ShowcaseImage> unused = this.images.stream().filter((image) -> !used.contains(image.id())).toList();
		this.images.removeAll(unused);
		return unused;
	}

	@Override
	public List<OutboxEntry> outbox() {
		return this.outbox;
	}

	public String id() {
		return this.id;
	}

	public String slug() {
		return this.slug;
	}

	public List<String> formerSlugs() {
		return List.copyOf(this.formerSlugs);
	}

	public String ownerSubject() {
		return this.ownerSubject;
	}

	public String displayName() {
		return this.displayName;
	}

	public String antenna() {
		return this.antenna;
	}

	public ShowcaseContent live() {
		return this.live;
	}

	public ShowcaseContent working() {
		return this.working;
	}

	public Moderation moderation() {
		return this.moderation;
	}

	public boolean published() {
		return this.published;
	}

	public List<ShowcaseImage> images() {
		return List.copyOf(this.images);
	}

	public Optional<ShowcaseImage> image(String imageId) {
		return this.images.stream().filter((image) -> image.id().equals(imageId)).findFirst();
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
