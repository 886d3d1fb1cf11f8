package coop.members.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface People extends MongoRepository<Person, String> {

	Optional<Person> findBySubject(String subject);

	boolean existsByEmail(String email);

	Optional<Person> findByEmail(String email);

	List<Person> findByCoachOrderByLastName(String coach);

	List<Person> findByRole(PersonRole role);

	boolean existsByRole(PersonRole role);

}
