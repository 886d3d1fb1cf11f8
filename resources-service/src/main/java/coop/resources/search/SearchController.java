package coop.resources.search;

import java.util.ArrayList;
import java.util.List;

import coop.platform.web.problem.ProblemException;
import coop.platform.web.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The site's one search: visitors find what is public, members everything they may read
 * (the caller's token decides, inside the Solr query).
 */
@RestController
@Validated
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/api/resources/public/search")
	SearchResults search(CurrentUser user, @RequestParam(defaultValue = "") @Size(max = 200) String q,
			@RequestParam(required = false) @Size(max = 5) List<String> type,
			@RequestParam(required = false) @Size(max = 100) String theme,
			@RequestParam(required = false) @Size(max = 100) String sector,
			@RequestParam(required = false) @Size(max = 100) String antenna,
			@RequestParam(required = false) String date, @RequestParam(defaultValue = "pertinence") String sort,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100) int page,
			@RequestParam(defaultValue = "10") @Min(1) @Max(50) int size) {
		List<SearchKind> kinds = new ArrayList<>();
		for (String value : (type != null) ? type : List.<String>of()) {
			kinds.add(SearchKind.fromWire(value)
				.orElseThrow(() -> ProblemException.invalid("type",
						"Type inconnu : choisissez parmi resource, question, page, showcase, event.")));
		}
		SearchRequest.DateBucket bucket = null;
		if (date != null && !date.isBlank()) {
			bucket = SearchRequest.DateBucket.fromValue(date);
			if (bucket == null) {
				throw ProblemException.invalid("date",
						"Période inconnue : choisissez parmi a-venir, 30-jours, 12-mois, plus-ancien.");
			}
		}
		if (!"pertinence".equals(sort) && !"date".equals(sort)) {
			throw ProblemException.invalid("sort", "Tri inconnu : choisissez « pertinence » ou « date ».");
		}
		return this.search.search(Reader.of(user), new SearchRequest(QueryText.clean(q), kinds, theme, sector, antenna,
				bucket, "date".equals(sort), page, size));
	}

	@GetMapping("/api/resources/public/search/suggestions")
	List<SearchResults.Suggestion> suggestions(CurrentUser user,
			@RequestParam(defaultValue = "") @Size(max = 100) String q) {
		return this.search.suggest(Reader.of(user), QueryText.clean(q));
	}

}
