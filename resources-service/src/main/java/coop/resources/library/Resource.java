package coop.resources.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import coop.platform.contracts.IntegrationEvent;
import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;
import coop.platform.moderation.Moderation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A resource of the centre: its live content (what readers see, once validated), its
 * working content (what its authors write and reviewers decide on) and its moderation
 * with the audit trail, all in one document, saved in one write with the messages that
 * tell of its changes ({@link HasOutbox}).
 */
@Document("resources")
public class Resource implements HasOutbox {

	@Id
	private String id;

	@Indexed(unique = true)
	private String slug;

	private ResourceKind kind;

	/** The owner's name as readers see it (never an e-mail address). */
	private String ownerName;

	/**
	 * The owner's address as their token gave it when they created it: where the centre
	 * writes to them when members-service has not told of them.
	 */
	private String ownerEmail;

	/** The review date a reminder was sent for, so that each date is reminded once. */
	private LocalDate reviewReminded;

	private ResourceContent live;

	private ResourceContent working;

	private Moderation moderation;

	/** The template this one was copied from (its slug), or {@code null}. */
	private String copiedFrom;

	/**
	 * The answers of a copy of an online template (its owner's own tool), or
	 * {@code null}.
	 */
	private FilledForm filled;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected Resource() {
	}

	Resource(String slug, ResourceKind kind, String ownerName, String ownerEmail, ResourceContent working,
			Moderation moderation, String copiedFrom, Instant now) {
		this.slug = slug;
		this.kind = kind;
		this.ownerName = ownerName;
		this.ownerEmail = ownerEmail;
		this.working = working;
		this.moderation = moderation;
		this.copiedFrom = copiedFrom;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * A resource made elsewhere (the demo data) with its moderation already taken through
	 * its steps: a published one's content is also its live content.
	 */
	public static Resource imported(String slug, ResourceKind kind, String ownerName, ResourceContent content,
			Moderation moderation, Instant at) {
		Resource resource = new Resource(slug, kind, ownerName, null, content, moderation, null, at);
		if (moderation.publishedVersion() != null) {
			resource.live = content;
		}
		return resource;
	}

	/**
	 * Someone's copy of an online template made elsewhere (the demo data), with its
	 * answers.
	 */
	public static Resource importedCopy(String slug, String ownerName, ResourceContent content, Moderation moderation,
			String copiedFrom, FilledForm filled, Instant at) {
		Resource resource = new Resource(slug, ResourceKind.TEMPLATE, ownerName, null, content, moderation, copiedFrom,
				at);
		resource.filled = filled;
		return resource;
	}

	/**
	 * The demo's template as it is now an online one too: its live and working contents
	 * get the form (an installation whose demo centre was loaded before online
	 * templates).
	 */
	public void giveDemoForm(TemplateForm form) {
		this.working = this.working.withForm(form);
		if (this.live != null) {
			this.live = this.live.withForm(form);
		}
	}

	/** The content readers see now, or {@code null} when none is online. */
	public ResourceContent liveContent() {
		return this.moderation.isLive() ? this.live : null;
	}

	/**
	 * The content the index and the lists show: the live one when there is one, else the
	 * working one.
	 */
	ResourceContent shownContent() {
		ResourceContent shown = liveContent();
		return (shown != null) ? shown : this.working;
	}

	/** Whether it is one of its owner's own tools: seen by them and their coach only. */
	boolean isPersonal() {
		return this.working.audience() == Audience.PERSONAL && liveContent() == null;
	}

	void change(Moderation next, ResourceContent working, ResourceKind kind, Instant now) {
		this.moderation = next;
		this.working = working;
		this.kind = kind;
		this.updatedAt = now;
		if (next.publishedVersion() == null) {
			this.live = null;
		}
	}

	/** Whether it is someone's copy of an online template, to fill in. */
	boolean fillable() {
		return this.filled != null && this.working.online();
	}

	void fill(FilledForm next) {
		this.filled = next;
	}

	/**
	 * A filled copy proposed to the centre: the version proposed holds its answers as
	 * they are now (its owner may go on filling it in; readers see what was validated).
	 */
	void proposeAnswers() {
		if (fillable()) {
			this.working = this.working.withAnswers(this.filled.answers());
		}
	}

	void moderate(Moderation next, Instant now) {
		this.moderation = next;
		this.updatedAt = now;
	}

	/** The working content becomes the live one (a validation). */
	void publishWorking() {
		this.live = this.working;
	}

	/**
	 * The person this resource names is erased: their moderation steps and comments carry
	 * the pseudonym, as owner they are no longer named, and messages waiting to be sent
	 * that name them go.
	 * @return whether anything changed
	 */
	boolean forget(Moderation moderation, FilledForm filled, boolean owner, String anonymousName,
			java.util.function.Predicate<String> namesPerson, java.util.function.UnaryOperator<String> scrub) {
		ResourceContent working = this.working.scrubbed(scrub);
		ResourceContent live = (this.live != null) ? this.live.scrubbed(scrub) : null;
		boolean changed = !moderation.equals(this.moderation) || !java.util.Objects.equals(filled, this.filled)
				|| !working.equals(this.working) || !java.util.Objects.equals(live, this.live);
		this.moderation = moderation;
		this.filled = filled;
		this.working = working;
		this.live = live;
		if (owner) {
			changed |= !anonymousName.equals(this.ownerName) || this.ownerEmail != null;
			this.ownerName = anonymousName;
			this.ownerEmail = null;
		}
		changed |= this.outbox.removeIf((entry) -> namesPerson.test(entry.envelope()));
		return changed;
	}

	void tell(IntegrationEvent event, Instant now) {
		this.outbox.add(OutboxEntry.of(event, now));
	}

	/** Ids of the files either content refers to. */
	Set<String> fileIds() {
		Set<String> ids = new HashSet<>();
		if (this.live != null) {
			this.live.files().forEach((file) -> ids.add(file.id()));
		}
		this.working.files().forEach((file) -> ids.add(file.id()));
		return ids;
	}

	/** The files of either content, each once. */
	List<ResourceFile> allFiles() {
		List<ResourceFile> files = new ArrayList<>(this.working.files());
		if (this.live != null) {
			this.live.files().stream().filter((file) -> !this.working.hasFile(file.id())).forEach(files::add);
		}
		return files;
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

	public ResourceKind kind() {
		return this.kind;
	}

	public String ownerName() {
		return this.ownerName;
	}

	public ResourceContent working() {
		return this.working;
	}

	public Moderation moderation() {
		return this.moderation;
	}

	public String owner() {
		return this.moderation.owner();
	}

	public String ownerEmail() {
		return this.ownerEmail;
	}

	public LocalDate reviewReminded() {
		return this.reviewReminded;
	}

	public String copiedFrom() {
		return this.copiedFrom;
	}

	public FilledForm filled() {
		return this.filled;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
