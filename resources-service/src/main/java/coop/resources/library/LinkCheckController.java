package coop.resources.library;

import java.util.List;

import coop.resources.library.LinkChecks.BrokenLink;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The curated links whose sites no longer answer, for coaches and staff to fix. */
@RestController
class LinkCheckController {

	private final LinkChecks checks;

	LinkCheckController(LinkChecks checks) {
		this.checks = checks;
	}

	@GetMapping("/api/resources/links/broken")
	List<BrokenLink> broken() {
		return this.checks.broken();
	}

}
