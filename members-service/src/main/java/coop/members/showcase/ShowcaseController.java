package coop.members.showcase;

import coop.platform.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public showcases.
 */
@RestController
@RequestMapping("/api/members/public/showcases")
class ShowcaseController {

	private final ShowcaseService showcases;

	ShowcaseController(ShowcaseService showcases) {
		this.showcases = showcases;
	}

	@GetMapping
	PageResponse<ShowcaseResponse> list(@RequestParam(required = false) Sector sector,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "24") @Min(1) @Max(100) int size) {
		return this.showcases.publicList(sector, page, size);
	}

	@GetMapping("/{slug}")
	ShowcaseResponse get(@PathVariable String slug) {
		return this.showcases.publicShowcase(slug);
	}

}
