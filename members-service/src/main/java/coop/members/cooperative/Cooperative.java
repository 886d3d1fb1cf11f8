package coop.members.cooperative;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The cooperative's settings: one document ({@link #ID}), kept by staff of the head
 * office. Until staff save it once, the platform runs on neutral defaults and shows the
 * first-start screen. Its pending messages travel inside the document.
 */
@Document("cooperative")
public class Cooperative implements HasOutbox {

	public static final String ID = "cooperative";

	@Id
	private String id = ID;

	private String name;

	private String shortName;

	private String primaryColour;

	private String secondaryColour;

	private String logoFileId;

	private String logoMediaType;

	private int logoVersion;

	private String street;

	private String postalCode;

	private String town;

	private String contactEmail;

	private String phone;

	private String senderName;

	private String senderEmail;

	private String legalForm;

	private List<String> networks = new ArrayList<>();

	private List<Link> socialLinks = new ArrayList<>();

	private boolean configured;

	private CooperativeChanged.Retention retention;

	private Instant changedAt;

	@Version
	private Long version;

	private List<OutboxEntry> outbox = new ArrayList<>();

	/** A labelled web address. */
	public record Link(String label, String url) {
	}

	/** The neutral settings of a platform nobody has set up yet. */
	public static Cooperative defaults() {
		Cooperative c = new Cooperative();
		c.name = "Coopérative d'activités et d'emploi";
		c.shortName = "CAE";
		c.primaryColour = "#2f4f6f";
		return c;
	}

	public String name() {
		return this.name;
	}

	public String shortName() {
		return (this.shortName != null) ? this.shortName : this.name;
	}

	public String primaryColour() {
		return this.primaryColour;
	}

	public String secondaryColour() {
		return this.secondaryColour;
	}

	public String logoFileId() {
		return this.logoFileId;
	}

	public String logoMediaType() {
		return this.logoMediaType;
	}

	public int logoVersion() {
		return this.logoVersion;
	}

	public String street() {
		return this.street;
	}

	public String postalCode() {
		return this.postalCode;
	}

	public String town() {
		return this.town;
	}

	public String contactEmail() {
		return this.contactEmail;
	}

	public String phone() {
		return this.phone;
	}

	public String senderName() {
		return (this.senderName != null) ? this.senderName : this.name;
	}

	public String senderEmail() {
		return this.senderEmail;
	}

	public String legalForm() {
		return this.legalForm;
	}

	public List<String> networks() {
		return List.copyOf(this.networks);
	}

	public List<Link> socialLinks() {
		return List.copyOf(this.socialLinks);
	}

	public boolean configured() {
		return this.configured;
	}

	/** How long each kind of personal data is kept: staff's periods or the defaults. */
	public CooperativeChanged.Retention retention() {
		return (this.retention != null) ? this.retention.orDefaults() : CooperativeChanged.Retention.DEFAULTS;
	}

	void retention(CooperativeChanged.Retention periods) {
		this.retention = periods;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

	@Override
	public List<OutboxEntry> outbox() {
		return this.outbox;
	}

	void describe(CooperativeRequest request) {
		this.name = request.name().trim();
		this.shortName = blankToNull(request.shortName());
		this.primaryColour = request.primaryColour().toLowerCase(java.util.Locale.ROOT);
		this.secondaryColour = (blankToNull(request.secondaryColour()) != null)
				? request.secondaryColour().toLowerCase(java.util.Locale.ROOT) : null;
		this.street = blankToNull(request.street());
		this.postalCode = blankToNull(request.postalCode());
		this.town = blankToNull(request.town());
		this.contactEmail = request.contactEmail().trim().toLowerCase(java.util.Locale.ROOT);
		this.phone = blankToNull(request.phone());
		this.senderName = blankToNull(request.senderName());
		this.senderEmail = (blankToNull(request.senderEmail()) != null)
				? request.senderEmail().trim().toLowerCase(java.util.Locale.ROOT) : null;
		this.legalForm = blankToNull(request.legalForm());
		this.networks = (request.networks() != null)
				? request.networks().stream().map(String::trim).filter((n) -> !n.isEmpty()).toList() : List.of();
		this.socialLinks = (request.socialLinks() != null)
				? request.socialLinks().stream().map((l) -> new Link(l.label().trim(), l.url().trim())).toList()
				: List.of();
		this.configured = true;
	}

	void logo(String fileId, String mediaType) {
		this.logoFileId = fileId;
		this.logoMediaType = mediaType;
		this.logoVersion++;
	}

	/** Records the change and the message telling of it. */
	void changed(Instant now, String publicUrl) {
		this.changedAt = now;
		this.outbox.add(OutboxEntry.of(state(publicUrl), now));
	}

	/** Tells the unchanged settings again (their own {@code changedAt}). */
	void told(Instant now, String publicUrl) {
		this.outbox.add(OutboxEntry.of(state(publicUrl), now));
	}

	CooperativeChanged state(String publicUrl) {
		String logoUrl = (this.logoFileId != null)
				? publicUrl + CooperativeController.LOGO_PATH + "?v=" + this.logoVersion : null;
		CooperativeChanged.PostalAddress address = (this.town != null)
				? new CooperativeChanged.PostalAddress(this.street, this.postalCode, this.town) : null;
		return new CooperativeChanged(this.name, shortName(), this.primaryColour, this.secondaryColour, logoUrl,
				address, this.contactEmail, this.phone, senderName(), this.senderEmail, this.legalForm, publicUrl,
				networks(), socialLinks().stream().map((l) -> new CooperativeChanged.Link(l.label(), l.url())).toList(),
				this.changedAt, retention());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
