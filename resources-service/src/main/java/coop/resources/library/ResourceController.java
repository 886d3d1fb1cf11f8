package coop.resources.library;

import java.util.List;

import coop.platform.files.FileDownloads;
import coop.platform.web.PageResponse;
import coop.platform.web.security.CurrentUser;
import coop.resources.library.ModerationRequests.ReasonRequest;
import coop.resources.library.ModerationRequests.ReviewDateRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
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
 * The resource centre's API. Reading is open to everyone (the token decides what is
 * seen); writing to the people of the cooperative; decisions to coaches and staff
 * ({@code ResourcesSecurity}); ownership and visibility are checked in the service.
 */
@RestController
@Validated
class ResourceController {

	private final Library library;

	private final ResourceService resources;

	private final FileDownloads downloads;

	ResourceController(Library library, ResourceService resources, FileDownloads downloads) {
		this.library = library;
		this.resources = resources;
		this.downloads = downloads;
	}

	// --- reading (anyone: what is seen depends on the token) ---

	@GetMapping("/api/resources/public/resources")
	PageResponse<ResourceSummary> list(CurrentUser user, @RequestParam(required = false) ResourceKind kind,
			@RequestParam(required = false) Theme theme, @RequestParam(required = false) Sector sector,
			@RequestParam(required = false) Audience audience,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
			@RequestParam(defaultValue = "24") @Min(1) @Max(100) int size) {
		return this.library.list(new Library.Filter(kind, theme, sector, audience), Caller.of(user), page, size);
	}

	@GetMapping("/api/resources/public/centre")
	CentreOverview centre(CurrentUser user) {
		return this.library.overview(Caller.of(user));
	}

	@GetMapping("/api/resources/public/resources/{slug}")
	ResourceView read(CurrentUser user, @PathVariable @Size(max = 120) String slug) {
		return this.library.view(slug, Caller.of(user));
	}

	@GetMapping("/api/resources/public/events/{eventId}/resources")
	List<ResourceSummary> ofEvent(CurrentUser user, @PathVariable java.util.UUID eventId) {
		return this.library.ofEvent(eventId.toString(), Caller.of(user));
	}

	@GetMapping("/api/resources/public/resources/{slug}/files/{fileId}")
	ResponseEntity<org.springframework.core.io.Resource> download(CurrentUser user,
			@PathVariable @Size(max = 120) String slug, @PathVariable @Size(max = 40) String fileId,
			@RequestParam(defaultValue = "false") boolean inline) {
		return this.downloads.send(this.library.fileToSend(slug, fileId, false, Caller.of(user)), inline);
	}

	@GetMapping("/api/resources/public/resources/{slug}/files/{fileId}/thumbnail")
	ResponseEntity<org.springframework.core.io.Resource> thumbnail(CurrentUser user,
			@PathVariable @Size(max = 120) String slug, @PathVariable @Size(max = 40) String fileId) {
		return this.downloads.send(this.library.fileToSend(slug, fileId, true, Caller.of(user)), true);
	}

	// --- the people of the cooperative ---

	@PostMapping("/api/resources")
	@ResponseStatus(HttpStatus.CREATED)
	ResourceView create(CurrentUser user, @Valid @RequestBody ResourceRequest request) {
		Caller caller = Caller.of(user);
		return this.library.view(this.resources.create(request, caller), caller);
	}

	@PutMapping("/api/resources/{id}")
	ResourceView edit(CurrentUser user, @PathVariable @Size(max = 40) String id,
			@Valid @RequestBody ResourceRequest request) {
		Caller caller = Caller.of(user);
		return this.library.view(this.resources.edit(id, request, caller), caller);
	}

	@DeleteMapping("/api/resources/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(CurrentUser user, @PathVariable @Size(max = 40) String id) {
		this.resources.delete(id, Caller.of(user));
	}

	/**
	 * The file is the raw body (as an upload widget sends it), its name a parameter:
	 * streamed into GridFS, checked while it comes.
	 */
	@PostMapping(path = "/api/resources/{id}/files", consumes = MediaType.ALL_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ResourceView upload(CurrentUser user, @PathVariable @Size(max = 40) String id,
			@RequestParam @Size(max = 400) String name, HttpServletRequest request) {
		Caller caller = Caller.of(user);
		this.resources.addFile(id, name, request, caller);
		return this.library.view(this.resources.visible(id, caller), caller);
	}

	@DeleteMapping("/api/resources/{id}/files/{fileId}")
	ResourceView removeFile(CurrentUser user, @PathVariable @Size(max = 40) String id,
			@PathVariable @Size(max = 40) String fileId) {
		Caller caller = Caller.of(user);
		return this.library.view(this.resources.removeFile(id, fileId, caller), caller);
	}

	@PostMapping("/api/resources/{id}/submit")
	ResourceView submit(CurrentUser user, @PathVariable @Size(max = 40) String id) {
		Caller caller = Caller.of(user);
		return this.library.view(this.resources.submit(id, caller), caller);
	}

	/** A template's copy in the caller's own tools. */
	@PostMapping("/api/resources/{id}/copy")
	@ResponseStatus(HttpStatus.CREATED)
	ResourceView copy(CurrentUser user, @PathVariable @Size(max = 40) String id) {
		Caller caller = Caller.of(user);
		return this.library.view(this.resources.copy(id, caller), caller);
	}

	@GetMapping("/api/resources/mine")
	List<ResourceSummary> mine(CurrentUser user) {
		return this.library.mine(Caller.of(user));
	}

	@GetMapping("/api/resources/bookmarks")
	List<ResourceSummary> bookmarks(CurrentUser user) {
		return this.library.bookmarks(Caller.of(user));
	}

	@PutMapping("/api/resources/{id}/bookmark")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void bookmark(CurrentUser user, @PathVariable @Size(max = 40) String id) {
		this.library.bookmark(id, Caller.of(user), true);
	}

	@DeleteMapping("/api/resources/{id}/bookmark")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unbookmark(CurrentUser user, @PathVariable @Size(max = 40) String id) {
		this.library.bookmark(id, Caller.of(user), false);
	}

	// --- coaches and staff ---

	@GetMapping("/api/resources/review")
	ReviewQueue queue(CurrentUser user) {
		return this.library.queue(Caller.of(user));
	}

	@PostMapping("/api/resources/{id}/validate")
	ResourceView validate(CurrentUser user, @PathVariable @Size(max = 40) String id) {
		Caller caller = Caller.of(user);
		return this.library.view(this.resources.validate(id, caller), caller);
	}

	@PostMapping("/api/resources/{id}/reject")
	ResourceView reject(CurrentUser user, @PathVariable @Size(max = 40) String id,
			@Valid @RequestBody ReasonRequest request) {
		Caller caller = Caller.of(user);
		return this.library.view(this.resources.reject(id, request.reason(), caller), caller);
	}

	@PostMapping("/api/resources/{id}/withdraw")
	ResourceView withdraw(CurrentUser user, @PathVariable @Size(max = 40) String id,
			@Valid @RequestBody ReasonRequest request) {
		Caller caller = Caller.of(user);
		return this.library.view(this.resources.withdraw(id, request.reason(), caller), caller);
	}

	@PostMapping("/api/resources/{id}/restore")
	ResourceView restore(CurrentUser user, @PathVariable @Size(max = 40) String id) {
		Caller caller = Caller.of(user);
		return this.library.view(this.resources.restore(id, caller), caller);
	}

	@PutMapping("/api/resources/{id}/review-date")
	ResourceView reviewDate(CurrentUser user, @PathVariable @Size(max = 40) String id,
			@Valid @RequestBody ReviewDateRequest request) {
		Caller caller = Caller.of(user);
		return this.library.view(this.resources.reviewAgainBy(id, request.reviewBy(), caller), caller);
	}

}
