package coop.resources.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import coop.platform.contracts.ContractJson;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.common.util.NamedList;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The synonyms staff edit. MongoDB holds them ({@code search_synonyms}, one document);
 * Solr's managed resource {@code fr} (used at query time by {@code text_fr}) follows:
 * each term is normalised through Solr's own chain ({@code text_fr_synonym}), the map is
 * replaced, and the core reloaded (searches keep answering during a reload). A Solr that
 * restarted with an empty list, or was down during an edit, is brought back in line by
 * {@link #align()} every minute.
 */
@Component
class Synonyms {

	private static final Log logger = LogFactory.getLog(Synonyms.class);

	static final String MANAGED = "/schema/analysis/synonyms/fr";

	/** The cooperative's first list; staff change it from the intranet. */
	static final List<SynonymGroup> DEFAULTS = List.of(
			new SynonymGroup(List.of("CAPE", "contrat d'appui au projet d'entreprise")),
			new SynonymGroup(List.of("CAE", "coopérative d'activités et d'emploi")),
			new SynonymGroup(List.of("CESA", "contrat d'entrepreneur salarié associé")),
			new SynonymGroup(List.of("ESS", "économie sociale et solidaire")),
			new SynonymGroup(List.of("SCOP", "société coopérative et participative")),
			new SynonymGroup(List.of("devis", "proposition commerciale")));

	private final MongoTemplate mongo;

	private final SolrClient solr;

	private final SearchProperties properties;

	private final Clock clock;

	private final SearchIndex index;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	Synonyms(MongoTemplate mongo, SolrClient solr, SearchIndex index, SearchProperties properties, Clock clock) {
		this.mongo = mongo;
		this.index = index;
		this.solr = solr;
		this.properties = properties;
		this.clock = clock;
	}

	List<SynonymGroup> list() {
		Stored stored = this.mongo.findById(Stored.ID, Stored.class);
		return (stored != null) ? stored.groups() : DEFAULTS;
	}

	Stored stored() {
		Stored stored = this.mongo.findById(Stored.ID, Stored.class);
		return (stored != null) ? stored : new Stored(Stored.ID, DEFAULTS, null, null);
	}

	/**
	 * Saves the new list, then applies it to Solr.
	 * @return whether Solr applies it already (if not, it will within a minute of being
	 * back)
	 */
	boolean replace(List<SynonymGroup> groups, String by) {
		this.mongo.save(new Stored(Stored.ID, List.copyOf(groups), this.clock.instant(), by));
		try {
			align();
			return true;
		}
		catch (SearchUnavailableException ex) {
			return false;
		}
	}

	@Scheduled(initialDelay = 5_000, fixedDelay = 60_000)
	void alignQuietly() {
		try {
			align();
		}
		catch (SearchUnavailableException ex) {
			logger.debug("Synonyms not aligned, Solr unavailable: " + ex.getMessage());
		}
	}

	/**
	 * Makes Solr's managed synonyms equal to the stored list; reloads the core if it
	 * changed.
	 */
	synchronized void align() {
		Map<String, Set<String>> wanted = normalised(list());
		Map<String, Set<String>> current = current();
		if (wanted.equals(current)) {
			return;
		}
		for (Map.Entry<String, Set<String>> entry : current.entrySet()) {
			if (!Objects.equals(wanted.get(entry.getKey()), entry.getValue())) {
				delete(entry.getKey());
			}
		}
		Map<String, Set<String>> missing = new TreeMap<>();
		wanted.forEach((term, others) -> {
			if (!Objects.equals(current.get(term), others)) {
				missing.put(term, others);
			}
		});
		if (!missing.isEmpty()) {
			send(SolrRequest.METHOD.PUT, MANAGED, ContractJson.mapper().writeValueAsString(missing));
		}
		run(() -> CoreAdminRequest.reloadCore(this.properties.core(), this.solr));
		logger.info("Synonyms applied to Solr: " + wanted.size() + " terms");
	}

	/** Each term of each group → the other terms of its group, all normalised by Solr. */
	Map<String, Set<String>> normalised(List<SynonymGroup> groups) {
		Map<String, Set<String>> map = new TreeMap<>();
		for (SynonymGroup group : groups) {
			Set<String> terms = new LinkedHashSet<>();
			for (String term : group.terms()) {
				String normal = normalise(term);
				if (!normal.isEmpty()) {
					terms.add(normal);
				}
			}
			for (String term : terms) {
				Set<String> others = map.computeIfAbsent(term, (key) -> new TreeSet<>());
				terms.stream().filter((other) -> !other.equals(term)).forEach(others::add);
			}
		}
		map.values().removeIf(Set::isEmpty);
		return map;
	}

	private String normalise(String term) {
		FieldAnalysisRequest request = new FieldAnalysisRequest().addFieldType("text_fr_synonym").setFieldValue(term);
		FieldAnalysisResponse response = run(() -> request.process(this.solr));
		AnalysisResponseBase.AnalysisPhase last = null;
		Iterator<AnalysisResponseBase.AnalysisPhase> phases = response.getFieldTypeAnalysis("text_fr_synonym")
			.getIndexPhases()
			.iterator();
		while (phases.hasNext()) {
			last = phases.next();
		}
		if (last == null) {
			return "";
		}
		return String.join(" ", last.getTokens().stream().map(AnalysisResponseBase.TokenInfo::getText).toList());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Set<String>> current() {
		NamedList<Object> response = send(SolrRequest.METHOD.GET, MANAGED, null);
		Object mappings = response.get("synonymMappings");
		Object managed = (mappings instanceof Map<?, ?> map) ? map.get("managedMap")
				: (mappings instanceof NamedList<?> list) ? list.get("managedMap") : null;
		Map<String, Set<String>> current = new TreeMap<>();
		if (managed instanceof Map<?, ?> map) {
			map.forEach((term, others) -> current.put(String.valueOf(term),
					new TreeSet<>(((List<Object>) others).stream().map(String::valueOf).toList())));
		}
		else if (managed instanceof NamedList<?> list) {
			list.forEach((term, others) -> current.put(term,
					new TreeSet<>(((List<Object>) others).stream().map(String::valueOf).toList())));
		}
		return current;
	}

	private NamedList<Object> send(SolrRequest.METHOD method, String path, String json) {
		GenericSolrRequest request = new GenericSolrRequest(method, path).setRequiresCollection(true);
		if (json != null) {
			request.withContent(json.getBytes(StandardCharsets.UTF_8), "application/json");
		}
		return run(() -> this.solr.request(request));
	}

	/**
	 * This one request goes through the JDK's HTTP client itself: a term already gone
	 * (404) is not a failure here.
	 */
	private void delete(String term) {
		URI uri = URI.create(this.properties.solrUrl() + "/" + this.properties.core() + MANAGED + "/"
				+ URLEncoder.encode(term, StandardCharsets.UTF_8).replace("+", "%20"));
		try {
			HttpResponse<Void> response = this.http.send(
					HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).DELETE().build(),
					HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() != 200 && response.statusCode() != 404) {
				throw new SearchUnavailableException("Synonym not removed: HTTP " + response.statusCode(), null);
			}
		}
		catch (IOException ex) {
			throw new SearchUnavailableException("Synonym not removed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SearchUnavailableException("Synonym not removed: interrupted", ex);
		}
	}

	private <T> T run(SearchIndex.SolrCall<T> call) {
		try {
			return this.index.call(call);
		}
		catch (SearchIndex.Refused ex) {
			throw new SearchUnavailableException("Synonyms not applied: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The list as staff left it.
	 */
	@Document("search_synonyms")
	record Stored(@Id String id, List<SynonymGroup> groups, Instant changedAt, String changedBy) {

		static final String ID = "synonyms";

	}

}
