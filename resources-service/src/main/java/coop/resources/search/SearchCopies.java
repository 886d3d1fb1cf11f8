package coop.resources.search;

import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The copies of other services' searchable things ({@code search_copies}), and the
 * {@link IndexSource} of each kind that has no store of its own here.
 */
@Component
class SearchCopies {

	private final MongoTemplate mongo;

	SearchCopies(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void save(SearchDocument document) {
		this.mongo.save(new SearchCopy(document.id(), document.kind(), document));
	}

	void delete(SearchKind kind, String sourceId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(kind.documentId(sourceId))), SearchCopy.class);
	}

	IndexSource sourceOf(SearchKind kind) {
		return new IndexSource() {
			@Override
			public SearchKind kind() {
				return kind;
			}

			@Override
			public Stream<SearchDocument> all() {
				return SearchCopies.this.mongo.stream(Query.query(Criteria.where("kind").is(kind)), SearchCopy.class)
					.map(SearchCopy::document);
			}

			@Override
			public Optional<SearchDocument> find(String sourceId) {
				return Optional
					.ofNullable(SearchCopies.this.mongo.findById(kind.documentId(sourceId), SearchCopy.class))
					.map(SearchCopy::document);
			}
		};
	}

}
