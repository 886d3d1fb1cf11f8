package coop.resources.library;

import coop.platform.contracts.members.MemberRole;
import coop.platform.contracts.members.PersonChanged;
import coop.platform.contracts.members.PersonInvited;
import coop.platform.messaging.EventConsumer;
import coop.resources.people.People;
import coop.resources.people.Person;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the centre's copy of people from members-service's messages; when someone's coach
 * changes, their personal resources are indexed again for the new coach.
 */
@Configuration(proxyBeanMethods = false)
class PeopleChanges {

	static final String QUEUE = "resources.people";

	@Bean
	EventConsumer resourcesPeople(People people, ResourceService resources) {
		return EventConsumer.queue(QUEUE)
			.on(PersonInvited.class,
					(p, received) -> keep(people, resources,
							new Person(p.subject(), role(p.role()), p.firstName(), p.lastName(), p.email(), p.antenna(),
									p.coach(), received.occurredAt())))
			.on(PersonChanged.class, (p, received) -> keep(people, resources, new Person(p.subject(), role(p.role()),
					p.firstName(), p.lastName(), p.email(), p.antenna(), p.coach(), received.occurredAt())));
	}

	private static void keep(People people, ResourceService resources, Person person) {
		if (people.record(person)) {
			resources.ownerChanged(person.subject());
		}
	}

	/**
	 * A role newer than this service is kept as {@code other}: neither coach nor coached.
	 */
	private static String role(MemberRole role) {
		return (role != null) ? role.code() : "other";
	}

}
