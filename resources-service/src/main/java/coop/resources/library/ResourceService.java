package coop.resources.library;

import coop.resources.ResourcesProperties;
import coop.resources.search.SearchDocument;
import coop.resources.search.SearchIndex;

import org.springframework.stereotype.Service;

/**
 * Publishing resources: stored in MongoDB, then indexed. The index can always be rebuilt
 * from the store, so a failed indexing is repaired by {@link #reindexAll()}.
 */
@Service
public class ResourceService {

	private final Resources resources;

	private final SearchIndex index;

	private final ResourcesProperties properties;

	ResourceService(Resources resources, SearchIndex index, ResourcesProperties properties) {
		this.resources = resources;
		this.index = index;
		this.properties = properties;
	}

	public Resource publish(Resource resource) {
		Resource saved = this.resources.save(resource);
		this.index.index(toDocument(saved));
		return saved;
	}

	public int reindexAll() {
		int count = 0;
		for (Resource resource : this.resources.findAll()) {
			this.index.index(toDocument(resource));
			count++;
		}
		return count;
	}

	SearchDocument toDocument(Resource resource) {
		String url = (resource.url() != null) ? resource.url()
				: this.properties.publicUrl() + "/intranet/ressources/" + resource.slug();
		return new SearchDocument("resource:" + resource.slug(), "resource", resource.visibility(), resource.title(),
				resource.summary(), resource.body(), resource.tags(), resource.category(), null, null, null, url,
				resource.publishedAt());
	}

}
