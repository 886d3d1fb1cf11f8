package coop.members.file;

import coop.platform.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal files, by the entrepreneur's Keycloak subject. Every answer is the whole file
 * as the caller may see it.
 */
@RestController
class FileController {

	private final FileService files;

	FileController(FileService files) {
		this.files = files;
	}

	@GetMapping("/api/members/me/file")
	FileResponse mine(CurrentUser user) {
		return this.files.mine(user);
	}

	@GetMapping("/api/members/files/{subject}")
	FileResponse get(CurrentUser user, @PathVariable String subject) {
		return this.files.read(user, subject);
	}

	@PutMapping("/api/members/files/{subject}/activity")
	FileResponse activity(CurrentUser user, @PathVariable String subject,
			@Valid @RequestBody FileRequests.ActivityRequest request) {
		return this.files.activity(user, subject, request);
	}

	@PutMapping("/api/members/files/{subject}/analytical-code")
	FileResponse analyticalCode(CurrentUser user, @PathVariable String subject,
			@Valid @RequestBody FileRequests.AnalyticalCodeRequest request) {
		return this.files.analyticalCode(user, subject, request);
	}

	@PutMapping("/api/members/files/{subject}/agreement")
	FileResponse agreement(CurrentUser user, @PathVariable String subject,
			@Valid @RequestBody FileRequests.AgreementRequest request) {
		return this.files.agreement(user, subject, request);
	}

	@PostMapping("/api/members/files/{subject}/objectives")
	@ResponseStatus(HttpStatus.CREATED)
	FileResponse addObjective(CurrentUser user, @PathVariable String subject,
			@Valid @RequestBody FileRequests.ObjectiveRequest request) {
		return this.files.addObjective(user, subject, request);
	}

	@PutMapping("/api/members/files/{subject}/objectives/{objectiveId}")
	FileResponse updateObjective(CurrentUser user, @PathVariable String subject, @PathVariable String objectiveId,
			@Valid @RequestBody FileRequests.ObjectiveRequest request) {
		return this.files.updateObjective(user, subject, objectiveId, request);
	}

	@DeleteMapping("/api/members/files/{subject}/objectives/{objectiveId}")
	FileResponse removeObjective(CurrentUser user, @PathVariable String subject, @PathVariable String objectiveId) {
		return this.files.removeObjective(user, subject, objectiveId);
	}

	@PutMapping("/api/members/files/{subject}/milestones/{milestone}")
	FileResponse reach(CurrentUser user, @PathVariable String subject, @PathVariable Milestone milestone,
			@Valid @RequestBody FileRequests.MilestoneRequest request) {
		return this.files.reach(user, subject, milestone, request.reachedOn());
	}

	@DeleteMapping("/api/members/files/{subject}/milestones/{milestone}")
	FileResponse unreach(CurrentUser user, @PathVariable String subject, @PathVariable Milestone milestone) {
		return this.files.unreach(user, subject, milestone);
	}

	@PutMapping("/api/members/files/{subject}/contact")
	FileResponse contact(CurrentUser user, @PathVariable String subject,
			@Valid @RequestBody FileRequests.ContactRequest request) {
		return this.files.contact(user, subject, request);
	}

	@PostMapping("/api/members/files/{subject}/contact/proposal/accept")
	FileResponse acceptContact(CurrentUser user, @PathVariable String subject) {
		return this.files.acceptContact(user, subject);
	}

	@DeleteMapping("/api/members/files/{subject}/contact/proposal")
	FileResponse declineContact(CurrentUser user, @PathVariable String subject) {
		return this.files.declineContact(user, subject);
	}

	/** The file itself is the raw body (an upload widget's XHR), its name a parameter. */
	@PostMapping(path = "/api/members/files/{subject}/documents", consumes = MediaType.ALL_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	FileResponse shareDocument(CurrentUser user, @PathVariable String subject, @RequestParam String name,
			HttpServletRequest request) {
		return this.files.shareDocument(user, subject, name, request);
	}

	@GetMapping("/api/members/files/{subject}/documents/{documentId}")
	ResponseEntity<Resource> document(CurrentUser user, @PathVariable String subject, @PathVariable String documentId,
			@RequestParam(defaultValue = "false") boolean inline) {
		return this.files.document(user, subject, documentId, inline);
	}

	@DeleteMapping("/api/members/files/{subject}/documents/{documentId}")
	FileResponse removeDocument(CurrentUser user, @PathVariable String subject, @PathVariable String documentId) {
		return this.files.removeDocument(user, subject, documentId);
	}

}
