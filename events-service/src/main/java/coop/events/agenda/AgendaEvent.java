package coop.events.agenda;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An event of the agenda. Times are instants; people read them in {@link #ZONE}.
 */
@Entity
@Table(name = "agenda_event")
public class AgendaEvent {

	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	public enum Status {

		SCHEDULED, CANCELLED

	}

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	@Enumerated(EnumType.STRING)
	private Audience audience;

	private String title;

	private String summary;

	private String description;

	private String theme;

	/**
	 * Slugs of the resource centre's resources the event uses, in the order staff chose.
	 */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "resource_slugs")
	private List<String> resourceSlugs = new ArrayList<>();

	private Instant startsAt;

	private Instant endsAt;

	@Embedded
	private Place place;

	private String antennaCode;

	private String antennaName;

	private int capacity;

	private UUID seriesId;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected AgendaEvent() {
	}

	public AgendaEvent(EventKind kind, Audience audience, String title, String summary, String description,
			Instant startsAt, Instant endsAt, Place place, int capacity, Instant createdAt) {
		if (!endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("An event ends after it starts");
		}
		if (capacity < 0) {
			throw new IllegalArgumentException("Capacity cannot be negative");
		}
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.audience = audience;
		this.title = title;
		this.summary = summary;
		this.description = description;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = place;
		this.capacity = capacity;
		this.status = Status.SCHEDULED;
		this.createdAt = createdAt;
	}

	public AgendaEvent atAntenna(String code, String name) {
		this.antennaCode = code;
		this.antennaName = name;
		return this;
	}

	public AgendaEvent withTheme(String theme) {
		this.theme = theme;
		return this;
	}

	/** The resources of the centre it uses (slugs, each once, in order). */
	public AgendaEvent withResources(List<String> slugs) {
		this.resourceSlugs = new ArrayList<>((slugs != null) ? slugs : List.of());
		return this;
	}

	public List<String> resources() {
		return (this.resourceSlugs != null) ? List.copyOf(this.resourceSlugs) : List.of();
	}

	public AgendaEvent inSeries(UUID seriesId) {
		this.seriesId = seriesId;
		return this;
	}

	/** Staff change an event: everything but its kind. */
	public void update(Audience audience, String title, String summary, String description, String theme,
			Instant startsAt, Instant endsAt, Place place, int capacity, String antennaCode, String antennaName) {
		if (!endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("An event ends after it starts");
		}
		this.audience = audience;
		this.title = title;
		this.summary = summary;
		this.description = description;
		this.theme = theme;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = place;
		this.capacity = capacity;
		this.antennaCode = antennaCode;
		this.antennaName = antennaName;
	}

	public void cancel() {
		this.status = Status.CANCELLED;
	}

	public boolean isScheduled() {
		return this.status == Status.SCHEDULED;
	}

	public boolean hasStarted(Instant now) {
		return !now.isBefore(this.startsAt);
	}

	/**
	 * Members register in the intranet to workshops and monthly meetings that have not
	 * started.
	 */
	public boolean acceptsMemberRegistration(Instant now) {
		return (this.kind == EventKind.WORKSHOP || this.kind == EventKind.MONTHLY_MEETING) && isScheduled()
				&& !hasStarted(now);
	}

	/**
	 * Registration is open to the public only for information meetings that have not
	 * started.
	 */
	public boolean acceptsPublicRegistration(Instant now) {
		return this.kind == EventKind.INFO_MEETING && this.audience == Audience.PUBLIC
				&& this.status == Status.SCHEDULED && now.isBefore(this.startsAt);
	}

	public UUID id() {
		return this.id;
	}

	public EventKind kind() {
		return this.kind;
	}

	public Audience audience() {
		return this.audience;
	}

	public String title() {
		return this.title;
	}

	public String summary() {
		return this.summary;
	}

	public String description() {
		return this.description;
	}

	public String theme() {
		return this.theme;
	}

	public Instant startsAt() {
		return this.startsAt;
	}

	public Instant endsAt() {
		return this.endsAt;
	}

	public Place place() {
		return this.place;
	}

	public String antennaCode() {
		return this.antennaCode;
	}

	public String antennaName() {
		return this.antennaName;
	}

	public int capacity() {
		return this.capacity;
	}

	public Status status() {
		return this.status;
	}

	/** Raised by each change: the calendar entry's {@code SEQUENCE}. */
	public long version() {
		return this.version;
	}

	public UUID seriesId() {
		return this.seriesId;
	}

}
