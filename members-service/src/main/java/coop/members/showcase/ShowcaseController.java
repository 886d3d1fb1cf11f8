package coop.members.showcase;

import java.util.List;
import java.util.Map;

import coop.platform.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public showcases: the directory, one showcase, the sitemap, pictures, and a visitor's
 * message to the entrepreneur.
 */
@RestController
@RequestMapping("/api/members/public")
class ShowcaseController {

	private final ShowcaseService showcases;

	private final ShowcaseContact contact;

	ShowcaseController(ShowcaseService showcases, ShowcaseContact contact) {
		this.showcases = showcases;
		this.contact = contact;
	}

	@GetMapping("/showcases")
	PageResponse<ShowcaseResponse> list(@RequestParam(required = false) Sector sector,
			@RequestParam(required = false) @Size(max = 40) String antenna,
			@RequestParam(required = false) @Size(max = 80) String town,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "24") @Min(1) @Max(100) int size) {
		return this.showcases.publicList(sector, blankToNull(antenna), blankToNull(town), page, size);
	}

	@GetMapping("/showcases/filters")
	ShowcaseService.Filters filters() {
		return this.showcases.filters();
	}

	@GetMapping("/showcases/sitemap")
	List<ShowcaseService.SitemapEntry> sitemap() {
		return this.showcases.sitemap();
	}

	/** 301 to the new address when the showcase was renamed. */
	@GetMapping("/showcases/{slug}")
	ResponseEntity<ShowcaseResponse> get(@PathVariable String slug) {
		return this.showcases.publicShowcase(slug);
	}

	@PostMapping("/showcases/{slug}/messages")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, String> write(@PathVariable String slug, @Valid @RequestBody ShowcaseRequests.VisitorMessage message) {
		return Map.of("message", this.contact.send(slug, message));
	}

	/** {@code file}: {@code <width>.webp}, {@code <width>.jpg} or {@code <width>.png}. */
	@GetMapping("/showcase-images/{imageId}/{file}")
	ResponseEntity<Resource> image(@PathVariable String imageId, @PathVariable String file) {
		return this.showcases.publicImage(imageId, file);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
