package coop.members.antenna;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import coop.platform.contracts.members.AntennaChanged;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A site of the cooperative; its code is also the Keycloak group (under {@code antennes})
 * that gathers its people. A closed antenna is kept (events and people's history name it)
 * but offered nowhere. Its pending messages travel inside the document.
 */
@Document("antennas")
public class Antenna implements HasOutbox {

	@Id
	private String code;

	private String name;

	private String street;

	private String postalCode;

	private String town;

	private String openingHours;

	private boolean headOffice;

	private boolean closed;

	private Instant changedAt;

	@Version
	private Long version;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected Antenna() {
	}

	public Antenna(String code, String name, String street, String postalCode, String town) {
		this.code = code;
		this.name = name;
		this.street = street;
		this.postalCode = postalCode;
		this.town = town;
	}

	public String code() {
		return this.code;
	}

	public String name() {
		return this.name;
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

	public String openingHours() {
		return this.openingHours;
	}

	public boolean headOffice() {
		return this.headOffice;
	}

	public boolean closed() {
		return this.closed;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

	@Override
	public List<OutboxEntry> outbox() {
		return this.outbox;
	}

	/** Changes what people read of it and tells the other services. */
	public Antenna describe(String name, String street, String postalCode, String town, String openingHours,
			Instant now) {
		this.name = name;
		this.street = street;
		this.postalCode = postalCode;
		this.town = town;
		this.openingHours = openingHours;
		return changed(now);
	}

	public Antenna markHeadOffice(boolean headOffice, Instant now) {
		this.headOffice = headOffice;
		return changed(now);
	}

	public Antenna markClosed(boolean closed, Instant now) {
		this.closed = closed;
		return changed(now);
	}

	private Antenna changed(Instant now) {
		this.changedAt = now;
		this.outbox.add(OutboxEntry.of(state(), now));
		return this;
	}

	/** The whole state, as {@code members.antenna.changed} carries it. */
	public AntennaChanged state() {
		return new AntennaChanged(this.code, this.name,
				new CooperativeChanged.PostalAddress(this.street, this.postalCode, this.town), this.openingHours,
				this.headOffice, this.closed ? AntennaChanged.Status.CLOSED : AntennaChanged.Status.OPEN,
				this.changedAt);
	}

}
