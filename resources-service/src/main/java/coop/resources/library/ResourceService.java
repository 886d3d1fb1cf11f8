package coop.resources.library;

import java.util.Optional;
import java.util.stream.Stream;

import coop.resources.ResourcesProperties;
import coop.resources.search.IndexSource;
import coop.resources.search.SearchDocument;
import coop.resources.search.SearchIndexing;
import coop.resources.search.SearchKind;
import coop.resources.search.Status;
import coop.resources.search.Visibility;

import org.springframework.stereotype.Service;

/**
 * Publishing resources: stored in MongoDB, then queued for the index. This is also the
 * index's source of resources: a reindex or a refresh rebuilds their documents from here.
 */
@Service
public class ResourceService implements IndexSource {

	private final Resources resources;

	private final SearchIndexing indexing;

	private final ResourcesProperties properties;

	ResourceService(Resources resources, SearchIndexing indexing, ResourcesProperties properties) {
		this.resources = resources;
		this.indexing = indexing;
		this.properties = properties;
	}

	public Resource publish(Resource resource) {
		Resource saved = this.resources.save(resource);
		this.indexing.changed(toDocument(saved));
		return saved;
	}

	@Override
	public SearchKind kind() {
		return SearchKind.RESOURCE;
	}

	@Override
	public Stream<SearchDocument> all() {
		return this.resources.findAll().stream().map(this::toDocument);
	}

	@Override
	public Optional<SearchDocument> find(String sourceId) {
		return this.resources.findById(sourceId).map(this::toDocument);
	}

	SearchDocument toDocument(Resource resource) {
		String url = (resource.url() != null) ? resource.url()
				: this.properties.publicUrl() + "/intranet/ressources/" + resource.slug();
		Visibility visibility = "public".equals(resource.visibility()) ? Visibility.PUBLIC
				: "coaches".equals(resource.visibility()) ? Visibility.COACHES : Visibility.MEMBERS;
		return SearchDocument
			.builder(SearchKind.RESOURCE, resource.id(),
					SearchDocument.Access.of(visibility, Status.PUBLISHED).ownedBy(resource.authorSubject(), null))
			.title(resource.title())
			.summary(resource.summary())
			.body(resource.body())
			.themes((resource.category() != null) ? java.util.List.of(resource.category()) : null)
			.tags(resource.tags())
			.url(url)
			.date(resource.publishedAt())
			.build();
	}

}
