package coop.resources.library;

import java.util.List;
import java.util.Optional;

import coop.platform.contracts.members.Member;
import coop.resources.people.People;
import coop.resources.people.Person;

import org.springframework.stereotype.Component;

/**
 * Whom the centre's messages are about and for: a resource's author, and who reviews it
 * (the author's coach, or every coach when the author has none or is their own coach's
 * colleague), from the copy of members-service's people.
 */
@Component
class Recipients {

	private final People people;

	Recipients(People people) {
		this.people = people;
	}

	/**
	 * The resource's owner; when members-service has not told of them, the name and
	 * address their token gave.
	 */
	Member author(Resource resource) {
		return this.people.find(resource.owner()).map(Recipients::member).orElseGet(() -> {
			String name = (resource.ownerName() != null) ? resource.ownerName() : "";
			int space = name.indexOf(' ');
			return new Member(resource.owner(), (space > 0) ? name.substring(0, space) : name,
					(space > 0) ? name.substring(space + 1) : "", resource.ownerEmail());
		});
	}

	/** Who should decide on a submitted version: never one of its contributors. */
	List<Member> reviewers(Resource resource) {
		Optional<Person> coach = this.people.coachOf(resource.owner())
			.flatMap(this.people::find)
			.filter((person) -> !resource.moderation().contributedBy(person.subject()));
		if (coach.isPresent()) {
			return List.of(member(coach.get()));
		}
		return this.people.coaches()
			.stream()
			.filter((person) -> !resource.moderation().contributedBy(person.subject()))
			.map(Recipients::member)
			.toList();
	}

	Optional<Member> member(String subject) {
		return this.people.find(subject).map(Recipients::member);
	}

	private static Member member(Person person) {
		return new Member(person.subject(), person.firstName(), person.lastName(), person.email());
	}

}
