package coop.resources.pages;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** The published versions of the presentation pages. */
interface PageVersions extends MongoRepository<PageVersion, String> {

	Optional<PageVersion> findByPageIdAndNumber(String pageId, int number);

	/**
	 * A page's history, newest first, without the versions' text (a list to choose from).
	 */
	@Query(value = "{ 'pageId': ?0 }", fields = "{ 'content.body': 0, 'content.description': 0 }",
			sort = "{ 'number': -1 }")
	List<PageVersion> historyOf(String pageId);

}
