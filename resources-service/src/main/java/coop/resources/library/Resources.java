package coop.resources.library;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Resources extends MongoRepository<Resource, String> {

	Optional<Resource> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Resource> findByModerationOwner(String owner);

}
