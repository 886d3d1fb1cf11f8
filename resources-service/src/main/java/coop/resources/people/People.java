package coop.resources.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The centre's copy of who is who, kept from members-service's {@code members.person.*}
 * messages. A message older than the stored copy changes nothing, so a late or repeated
 * delivery never undoes a later change.
 */
@Component
public class People {

	private final MongoTemplate mongo;

	People(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<Person> find(String subject) {
		return (subject != null) ? Optional.ofNullable(this.mongo.findById(subject, Person.class)) : Optional.empty();
	}

	/** The subject of the coach who follows that person, if any. */
	public Optional<String> coachOf(String subject) {
		return find(subject).map(Person::coach);
	}

	/** Whether {@code coach} follows {@code subject}. */
	public boolean coaches(String coach, String subject) {
		return coach != null && coachOf(subject).filter(coach::equals).isPresent();
	}

	/** Every coach, by name. */
	public List<Person> coaches() {
		return this.mongo.find(Query.query(Criteria.where("role").is("coach")).with(Sort.by("lastName", "firstName")),
				Person.class);
	}

	/** The entrepreneurs that coach follows, by name. */
	public List<Person> followedBy(String coach) {
		return this.mongo.find(Query.query(Criteria.where("coach").is(coach)).with(Sort.by("lastName", "firstName")),
				Person.class);
	}

	/**
	 * Keeps that state of a person unless a newer one is stored.
	 * @return whether it was kept
	 */
	public boolean record(Person person) {
		Person stored = this.mongo.findById(person.subject(), Person.class);
		if (stored != null && stored.changedAt() != null && !stored.changedAt().isBefore(person.changedAt())) {
			return false;
		}
		this.mongo.save(person);
		return true;
	}

}
