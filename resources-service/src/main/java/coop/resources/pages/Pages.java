package coop.resources.pages;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/**
 * The presentation pages. What visitors read comes through the {@code published} queries:
 * the version online without the draft (never to be saved back).
 */
interface Pages extends MongoRepository<Page, String> {

	Optional<Page> findBySlug(String slug);

	/** A published page: the version online in full, no draft. */
	@Query(value = "{ 'slug': ?0, 'online': { $exists: true } }", fields = "{ 'draft': 0, 'outbox': 0 }")
	Optional<Page> findPublishedBySlug(String slug);

	/** Every published page: the version online in full (the index), no draft. */
	@Query(value = "{ 'online': { $exists: true } }", fields = "{ 'draft': 0, 'outbox': 0 }")
	List<Page> findPublished();

	/** Every published page for a list: the version online without its text. */
	@Query(value = "{ 'online': { $exists: true } }", fields = "{ 'draft': 0, 'outbox': 0, 'online.content.body': 0 }")
	List<Page> findPublishedSummaries();

}
