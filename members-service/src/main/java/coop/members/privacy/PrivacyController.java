package coop.members.privacy;

import java.util.List;

import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.web.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * GDPR requests: staff start and follow them and undo an erasure; a logged-in person asks
 * for their own; anyone with an archive's secret link downloads it (visitors ask through
 * notification-service's signed links).
 */
@RestController
class PrivacyController {

	private final PrivacyService privacy;

	PrivacyController(PrivacyService privacy) {
		this.privacy = privacy;
	}

	@GetMapping("/api/members/staff/privacy-requests")
	List<PrivacyRequestResponse> list(CurrentUser staff) {
		return this.privacy.list(staff).stream().map(PrivacyRequestResponse::of).toList();
	}

	@PostMapping("/api/members/staff/privacy-requests")
	@ResponseStatus(HttpStatus.ACCEPTED)
	PrivacyRequestResponse ask(CurrentUser staff, @Valid @RequestBody PrivacyRequestInput input) {
		return PrivacyRequestResponse.of(this.privacy.askAsStaff(staff, input.kind(), input.email()));
	}

	@PostMapping("/api/members/staff/privacy-requests/{id}/undo")
	PrivacyRequestResponse undo(CurrentUser staff, @PathVariable String id) {
		return PrivacyRequestResponse.of(this.privacy.undo(staff, id));
	}

	@GetMapping("/api/members/me/privacy")
	List<PrivacyRequestResponse> mine(CurrentUser user) {
		return this.privacy.mine(user).stream().map(PrivacyRequestResponse::of).toList();
	}

	@PostMapping("/api/members/me/privacy/export")
	@ResponseStatus(HttpStatus.ACCEPTED)
	PrivacyRequestResponse exportMine(CurrentUser user) {
		return PrivacyRequestResponse.of(this.privacy.askForMyself(user, PrivacyRequested.Kind.EXPORT));
	}

	@PostMapping("/api/members/me/privacy/erasure")
	@ResponseStatus(HttpStatus.ACCEPTED)
	PrivacyRequestResponse eraseMine(CurrentUser user,
			@Valid @RequestBody PrivacyRequestInput.ErasureConfirmation confirmation) {
		return PrivacyRequestResponse.of(this.privacy.askForMyself(user, PrivacyRequested.Kind.ERASURE));
	}

	@GetMapping("/api/members/public/privacy/archives/{token}")
	ResponseEntity<InputStreamResource> download(@PathVariable String token) {
		PrivacyService.Archive archive = this.privacy.archive(token);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mes-donnees-personnelles.zip").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(archive.open()));
	}

}
