package coop.members.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import coop.platform.contracts.IntegrationEvent;
import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person with an account. Changes and the messages telling of them are saved together
 * in this document.
 */
@Document("people")
public class Person implements HasOutbox {

	public enum Status {

		INVITED, ACTIVE, DEACTIVATED

	}

	@Id
	private String id;

	@Indexed(unique = true)
	private String subject;

	@Indexed(unique = true)
	private String email;

	private String firstName;

	private String lastName;

	private PersonRole role;

	private String antenna;

	private String organisation;

	private String coach;

	private Status status;

	private Instant createdAt;

	@Version
	private Long version;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected Person() {
	}

	Person(String subject, String email, String firstName, String lastName, PersonRole role, Status status,
			Instant createdAt) {
		this.id = UUID.randomUUID().toString();
		this.subject = subject;
		this.email = email;
		this.firstName = firstName;
		this.lastName = lastName;
		this.role = role;
		this.status = status;
		this.createdAt = createdAt;
	}

	void assign(PersonRole role, String antenna, String organisation, String coach) {
		this.role = role;
		this.antenna = antenna;
		this.organisation = (role == PersonRole.PRESCRIBER) ? organisation : null;
		this.coach = (role == PersonRole.ENTREPRENEUR) ? coach : null;
	}

	void status(Status status) {
		this.status = status;
	}

	void record(IntegrationEvent event, Instant now) {
		this.outbox.add(OutboxEntry.of(event, now));
	}

	@Override
	public List<OutboxEntry> outbox() {
		return this.outbox;
	}

	public String id() {
		return this.id;
	}

	public String subject() {
		return this.subject;
	}

	public String email() {
		return this.email;
	}

	public String firstName() {
		return this.firstName;
	}

	public String lastName() {
		return this.lastName;
	}

	public String fullName() {
		return this.firstName + " " + this.lastName;
	}

	public PersonRole role() {
		return this.role;
	}

	public String antenna() {
		return this.antenna;
	}

	public String organisation() {
		return this.organisation;
	}

	public String coach() {
		return this.coach;
	}

	public Status status() {
		return this.status;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
