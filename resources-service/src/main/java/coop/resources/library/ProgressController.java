package coop.resources.library;

import java.util.List;

import coop.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The steps of training modules people have done. */
@RestController
@Validated
class ProgressController {

	private final Progress progress;

	ProgressController(Progress progress) {
		this.progress = progress;
	}

	@GetMapping("/api/resources/{id}/progress")
	ProgressView mine(CurrentUser user, @PathVariable @Size(max = 40) String id) {
		return this.progress.mine(Caller.of(user), id);
	}

	@PutMapping("/api/resources/{id}/progress")
	ProgressView mark(CurrentUser user, @PathVariable @Size(max = 40) String id,
			@Valid @RequestBody ProgressRequest request) {
		return this.progress.mark(Caller.of(user), id, request);
	}

	@GetMapping("/api/resources/progress/{subject}")
	List<ProgressView> of(CurrentUser user, @PathVariable @Size(max = 64) String subject) {
		return this.progress.of(Caller.of(user), subject);
	}

}
