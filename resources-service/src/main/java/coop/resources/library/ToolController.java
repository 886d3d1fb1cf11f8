package coop.resources.library;

import coop.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Someone's own copies of online templates: filled in by their owner (autosave), shared
 * with and commented on by their coach, exported as PDF ({@code ResourcesSecurity}: the
 * people of the cooperative; who sees which copy is checked in {@link OnlineTools}).
 */
@RestController
@Validated
class ToolController {

	private final OnlineTools tools;

	ToolController(OnlineTools tools) {
		this.tools = tools;
	}

	@PutMapping("/api/resources/{id}/answers")
	ToolView fill(CurrentUser user, @PathVariable @Size(max = 40) String id,
			@Valid @RequestBody ToolRequests.AnswersRequest request) {
		return this.tools.fill(id, request, Caller.of(user));
	}

	@PostMapping("/api/resources/{id}/share")
	ToolView share(CurrentUser user, @PathVariable @Size(max = 40) String id) {
		return this.tools.share(id, Caller.of(user));
	}

	@PostMapping("/api/resources/{id}/comments")
	ToolView comment(CurrentUser user, @PathVariable @Size(max = 40) String id,
			@Valid @RequestBody ToolRequests.SectionCommentRequest request) {
		return this.tools.comment(id, request, Caller.of(user));
	}

	@GetMapping(path = "/api/resources/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable @Size(max = 40) String id) {
		OnlineTools.Exported pdf = this.tools.pdf(id, Caller.of(user));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(pdf.bytes());
	}

}
