package coop.members.showcase;

import java.util.List;

import coop.platform.web.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Showcases as their entrepreneur's coach and staff review them (the entrepreneur reads
 * theirs here too).
 */
@RestController
@RequestMapping("/api/members/showcases")
class ShowcaseReviewController {

	private final ShowcaseEditing editing;

	ShowcaseReviewController(ShowcaseEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/reviews")
	List<ShowcaseReviewItem> reviews(CurrentUser user) {
		return this.editing.reviews(user);
	}

	@GetMapping("/{id}")
	ShowcaseDraft get(CurrentUser user, @PathVariable String id) {
		return this.editing.read(user, id);
	}

	@PostMapping("/{id}/validate")
	ShowcaseDraft validate(CurrentUser user, @PathVariable String id) {
		return this.editing.validate(user, id);
	}

	@PostMapping("/{id}/reject")
	ShowcaseDraft reject(CurrentUser user, @PathVariable String id,
			@Valid @RequestBody ShowcaseRequests.ReasonInput input) {
		return this.editing.reject(user, id, input.reason());
	}

	@PostMapping("/{id}/withdraw")
	ShowcaseDraft withdraw(CurrentUser user, @PathVariable String id,
			@Valid @RequestBody ShowcaseRequests.ReasonInput input) {
		return this.editing.withdraw(user, id, input.reason());
	}

	@GetMapping("/{id}/images/{imageId}/{file}")
	ResponseEntity<Resource> image(CurrentUser user, @PathVariable String id, @PathVariable String imageId,
			@PathVariable String file) {
		return this.editing.previewImage(user, id, imageId, file);
	}

}
