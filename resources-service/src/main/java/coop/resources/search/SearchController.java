package coop.resources.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public search over the site: showcases, presentation pages, public resources.
 */
@RestController
class SearchController {

	private final SearchIndex index;

	SearchController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping("/api/resources/public/search")
	SearchResults search(@RequestParam(defaultValue = "") @Size(max = 200) String q,
			@RequestParam(required = false) String type, @RequestParam(required = false) String sector,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100) int page,
			@RequestParam(defaultValue = "10") @Min(1) @Max(50) int size) {
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("type", type);
		filters.put("sector", sector);
		return this.index.search(q, Set.of("public"), filters, page, size);
	}

}
