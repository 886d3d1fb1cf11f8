package coop.resources.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches the index for a reader: the reader's filter first ({@link Reader#filter()}),
 * then the chosen facets (each tagged so that its own counts ignore it), highlights in
 * titles, texts and files, and "did you mean" when nothing is found.
 */
@Service
class SearchService {

	static final ProblemType QUERY_REFUSED = ProblemType.of("search-query", HttpStatus.BAD_REQUEST,
			"Recherche illisible");

	/** Facet fields offered to people, in this order ({@code date} comes after them). */
	static final List<String> FIELD_FACETS = List.of("type", "theme", "sector", "antenna");

	static final Map<String, String> TYPE_LABELS = Map.of("resource", "Ressource", "question", "Question", "page",
			"Page du site", "showcase", "Vitrine d'entrepreneur", "event", "Événement");

	private static final Pattern FILE_FIELD = Pattern.compile("file_text_(\\d+)");

	private final SearchIndex index;

	SearchService(SearchIndex index) {
		this.index = index;
	}

	SearchResults search(Reader reader, SearchRequest request) {
		SolrQuery query = new SolrQuery();
		boolean hasText = !request.text().isEmpty();
		if (hasText) {
			query.setQuery(request.text());
			query.set("spellcheck", true);
			query.set("spellcheck.q", request.text());
		}
		// field queries typed by people are not fields here: "visibility:members" is two
		// words
		query.set("uf", "-*");
		query.addFilterQuery(reader.filter());
		if (!request.types().isEmpty()) {
			query.addFilterQuery("{!tag=type}type:("
					+ String.join(" OR ", request.types().stream().map(SearchKind::wire).toList()) + ")");
		}
		addFilter(query, "theme", request.theme());
		addFilter(query, "sector", request.sector());
		addFilter(query, "antenna", request.antenna());
		if (request.date() != null) {
			query.addFilterQuery("{!tag=date}date:" + request.date().range);
		}
		for (String field : FIELD_FACETS) {
			query.addFacetField("{!ex=" + field + "}" + field);
		}
		for (SearchRequest.DateBucket bucket : SearchRequest.DateBucket.values()) {
			query.addFacetQuery("{!key=date." + bucket.value + " ex=date}date:" + bucket.range);
		}
		if (request.byDate() || !hasText) {
			query.addSort("date", SolrQuery.ORDER.desc);
		}
		query.addSort("score", SolrQuery.ORDER.desc);
		query.addSort("id", SolrQuery.ORDER.asc);
		query.setStart(request.page() * request.size());
		query.setRows(request.size());
		QueryResponse response;
		try {
			response = this.index.query(query);
		}
		catch (SearchIndex.Refused ex) {
			throw new ProblemException(QUERY_REFUSED,
					"Cette recherche n'a pas pu être comprise. Essayez avec d'autres mots.");
		}
		return toResults(request, response);
	}

	List<SearchResults.Suggestion> suggest(Reader reader, String text) {
		if (text.length() < 2) {
			return List.of();
		}
		SolrQuery query = new SolrQuery(text);
		query.set("qf", "title_prefix");
		query.set("pf", "");
		query.set("mm", "100%");
		query.set("uf", "-*");
		query.set("hl", false);
		query.set("facet", false);
		query.addFilterQuery(reader.filter());
		query.setFields("id", "type", "title", "url");
		query.addSort("score", SolrQuery.ORDER.desc);
		query.addSort("date", SolrQuery.ORDER.desc);
		query.setRows(8);
		try {
			return this.index.query(query)
				.getResults()
				.stream()
				.map((doc) -> new SearchResults.Suggestion(string(doc, "id"), string(doc, "type"),
						typeLabel(string(doc, "type")), string(doc, "title"), string(doc, "url")))
				.toList();
		}
		catch (SearchIndex.Refused ex) {
			return List.of();
		}
	}

	private static void addFilter(SolrQuery query, String field, String value) {
		if (value != null && !value.isBlank()) {
			query.addFilterQuery("{!tag=" + field + "}" + field + ":" + ClientUtils.escapeQueryChars(value));
		}
	}

	private static SearchResults toResults(SearchRequest request, QueryResponse response) {
		Map<String, Map<String, List<String>>> highlights = (response.getHighlighting() != null)
				? response.getHighlighting() : Map.of();
		List<SearchResults.Hit> hits = new ArrayList<>();
		for (SolrDocument doc : response.getResults()) {
			String id = string(doc, "id");
			Map<String, List<String>> found = highlights.getOrDefault(id, Map.of());
			String title = string(doc, "title");
			String titleHtml = first(found.get("title"));
			Date date = (Date) doc.getFieldValue("date");
			hits.add(new SearchResults.Hit(id, string(doc, "type"), typeLabel(string(doc, "type")), title,
					(titleHtml != null) ? titleHtml
							: HtmlUtils.htmlEscape((title != null) ? title : "", StandardCharsets.UTF_8.name()),
					string(doc, "summary"), string(doc, "url"), (date != null) ? date.toInstant() : null,
					string(doc, "status"), passages(doc, found)));
		}
		long total = response.getResults().getNumFound();
		return new SearchResults(request.text(), total, request.page(), request.size(),
				request.byDate() ? "date" : "pertinence", hits, facets(response),
				(total == 0) ? suggestions(response) : List.of());
	}

	/**
	 * Passages from the summary, the body, the extra text and the files, at most three.
	 */
	private static List<SearchResults.Passage> passages(SolrDocument doc, Map<String, List<String>> found) {
		List<SearchResults.Passage> passages = new ArrayList<>();
		for (String field : List.of("summary", "body", "extra")) {
			List<String> fragments = found.get(field);
			if (fragments != null) {
				fragments.forEach((html) -> passages.add(new SearchResults.Passage(field, null, html)));
			}
		}
		found.forEach((field, fragments) -> {
			Matcher file = FILE_FIELD.matcher(field);
			if (file.matches() && fragments != null) {
				String name = string(doc, "file_name_" + file.group(1));
				fragments.forEach((html) -> passages.add(new SearchResults.Passage("file", name, html)));
			}
		});
		return passages.subList(0, Math.min(3, passages.size()));
	}

	private static Map<String, List<SearchResults.FacetValue>> facets(QueryResponse response) {
		Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
		for (String name : FIELD_FACETS) {
			FacetField field = response.getFacetField(name);
			if (field != null && field.getValueCount() > 0) {
				facets.put(name,
						field.getValues()
							.stream()
							.map((count) -> new SearchResults.FacetValue(count.getName(),
									"type".equals(name) ? TYPE_LABELS.getOrDefault(count.getName(), count.getName())
											: count.getName(),
									count.getCount()))
							.toList());
			}
		}
		Map<String, Integer> dates = (response.getFacetQuery() != null) ? response.getFacetQuery() : Map.of();
		List<SearchResults.FacetValue> buckets = new ArrayList<>();
		for (SearchRequest.DateBucket bucket : SearchRequest.DateBucket.values()) {
			Integer count = dates.get("date." + bucket.value);
			if (count != null && count > 0) {
				buckets.add(new SearchResults.FacetValue(bucket.value, bucket.label, count));
			}
		}
		if (!buckets.isEmpty()) {
			facets.put("date", buckets);
		}
		return facets;
	}

	private static List<String> suggestions(QueryResponse response) {
		SpellCheckResponse spelling = response.getSpellCheckResponse();
		if (spelling == null || spelling.getCollatedResults() == null) {
			return List.of();
		}
		return spelling.getCollatedResults()
			.stream()
			.filter((collation) -> collation.getNumberOfHits() > 0)
			.map(SpellCheckResponse.Collation::getCollationQueryString)
			.distinct()
			.toList();
	}

	private static String typeLabel(String type) {
		return TYPE_LABELS.getOrDefault(type, (type != null) ? type : "");
	}

	private static String first(List<String> values) {
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	private static String string(SolrDocument doc, String field) {
		Object value = doc.getFirstValue(field);
		return (value != null) ? value.toString() : null;
	}

}
