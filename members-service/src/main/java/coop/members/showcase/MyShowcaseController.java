package coop.members.showcase;

import coop.platform.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The entrepreneur's own showcase. Pictures come as the raw body of the request (an
 * upload widget's XHR upload), the file's name as a parameter.
 */
@RestController
@RequestMapping("/api/members/me/showcase")
class MyShowcaseController {

	private final ShowcaseEditing editing;

	MyShowcaseController(ShowcaseEditing editing) {
		this.editing = editing;
	}

	@GetMapping
	ShowcaseDraft get(CurrentUser user) {
		return this.editing.mine(user);
	}

	@PutMapping
	ShowcaseDraft save(CurrentUser user, @Valid @RequestBody ShowcaseRequests.ShowcaseInput input) {
		return this.editing.save(user, input);
	}

	@PostMapping("/submit")
	ShowcaseDraft submit(CurrentUser user) {
		return this.editing.submit(user);
	}

	@PostMapping("/unpublish")
	ShowcaseDraft unpublish(CurrentUser user, @Valid @RequestBody ShowcaseRequests.UnpublishInput input) {
		return this.editing.unpublish(user);
	}

	@PostMapping(path = "/pages/{page}/images", consumes = MediaType.ALL_VALUE)
	ShowcaseDraft addImage(CurrentUser user, @PathVariable int page, @RequestParam String name,
			@RequestParam(required = false) String alt, HttpServletRequest request) {
		return this.editing.addImage(user, page, name, alt, request);
	}

	@PutMapping(path = "/logo", consumes = MediaType.ALL_VALUE)
	ShowcaseDraft setLogo(CurrentUser user, @RequestParam String name, HttpServletRequest request) {
		return this.editing.setLogo(user, name, request);
	}

	@DeleteMapping("/logo")
	ShowcaseDraft removeLogo(CurrentUser user) {
		return this.editing.removeLogo(user);
	}

}
