package coop.resources.search;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The index document of something another service owns (a showcase, an event), as its
 * last message described it: what a reindex rebuilds those kinds from.
 */
@Document("search_copies")
record SearchCopy(@Id String id, SearchKind kind, SearchDocument document) {
}
