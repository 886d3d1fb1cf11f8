package coop.resources.pages;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The presentation pages. */
interface Pages extends MongoRepository<Page, String> {

	Optional<Page> findBySlug(String slug);

}
