package coop.resources.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.client.solrj.util.ClientUtils;

import org.springframework.stereotype.Component;

/**
 * Reads and writes the Solr index. Writes are upserts by id, so indexing the same thing
 * twice changes nothing.
 */
@Component
public class SearchIndex {

	/** Facets offered to people, in this order. */
	static final List<String> FACETS = List.of("type", "sector", "category", "antenna");

	private final SolrClient solr;

	SearchIndex(SolrClient solr) {
		this.solr = solr;
	}

	public void index(SearchDocument document) {
		SolrInputDocument input = new SolrInputDocument();
		input.setField("id", document.id());
		input.setField("type", document.type());
		input.setField("visibility", document.visibility());
		input.setField("title", document.title());
		setIfPresent(input, "summary", document.summary());
		setIfPresent(input, "body", document.body());
		if (document.tags() != null && !document.tags().isEmpty()) {
			input.setField("tags", document.tags());
		}
		setIfPresent(input, "category", document.category());
		setIfPresent(input, "sector", document.sector());
		setIfPresent(input, "antenna", document.antenna());
		setIfPresent(input, "author", document.author());
		setIfPresent(input, "url", document.url());
		if (document.publishedAt() != null) {
			input.setField("publishedAt", Date.from(document.publishedAt()));
		}
		try {
			// commitWithin keeps indexing cheap while results show up within a second
			this.solr.add(input, 1000);
		}
		catch (SolrServerException | IOException ex) {
			throw new SearchUnavailableException("Could not index " + document.id(), ex);
		}
	}

	public void delete(String id) {
		try {
			this.solr.deleteById(id, 1000);
		}
		catch (SolrServerException | IOException ex) {
			throw new SearchUnavailableException("Could not remove " + id, ex);
		}
	}

	/**
	 * @param visibilities what the person may see (public only for visitors)
	 * @param filters facet value chosen per field, e.g. {@code type=showcase}
	 */
	public SearchResults search(String text, Set<String> visibilities, Map<String, String> filters, int page,
			int size) {
		SolrQuery query = new SolrQuery();
		if (text != null && !text.isBlank()) {
			query.setQuery(text);
		}
		query.addFilterQuery("visibility:("
				+ String.join(" OR ", visibilities.stream().map(ClientUtils::escapeQueryChars).toList()) + ")");
		filters.forEach((field, value) -> {
			if (FACETS.contains(field) && value != null && !value.isBlank()) {
				query.addFilterQuery("{!tag=" + field + "}" + field + ":" + ClientUtils.escapeQueryChars(value));
			}
		});
		query.setStart(page * size);
		query.setRows(size);
		try {
			return toResults(text, page, size, this.solr.query(query));
		}
		catch (SolrServerException | IOException ex) {
			throw new SearchUnavailableException("Search failed", ex);
		}
	}

	private static SearchResults toResults(String text, int page, int size, QueryResponse response) {
		Map<String, Map<String, List<String>>> highlights = (response.getHighlighting() != null)
				? response.getHighlighting() : Map.of();
		List<SearchResults.Hit> hits = new ArrayList<>();
		for (SolrDocument doc : response.getResults()) {
			String id = (String) doc.getFieldValue("id");
			hits.add(new SearchResults.Hit(id, (String) doc.getFieldValue("type"), (String) doc.getFieldValue("title"),
					(String) doc.getFieldValue("summary"), (String) doc.getFieldValue("url"),
					highlight(highlights.get(id))));
		}
		Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
		for (String name : FACETS) {
			FacetField field = response.getFacetField(name);
			if (field != null && field.getValueCount() > 0) {
				facets.put(name,
						field.getValues()
							.stream()
							.map((count) -> new SearchResults.FacetValue(count.getName(), count.getCount()))
							.toList());
			}
		}
		return new SearchResults(text, response.getResults().getNumFound(), page, size, hits, facets);
	}

	private static String highlight(Map<String, List<String>> fields) {
		if (fields == null) {
			return null;
		}
		for (String field : List.of("body", "summary", "title")) {
			List<String> fragments = fields.get(field);
			if (fragments != null && !fragments.isEmpty()) {
				return String.join(" … ", fragments);
			}
		}
		return null;
	}

	private static void setIfPresent(SolrInputDocument input, String field, String value) {
		if (value != null && !value.isBlank()) {
			input.setField(field, value);
		}
	}

	boolean ping() throws SolrServerException, IOException {
		return this.solr.ping().getStatus() == 0;
	}

}
