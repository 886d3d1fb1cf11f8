package coop.resources.pages;

import java.util.List;

import coop.platform.web.security.CurrentUser;
import coop.resources.pages.PageRequests.Draft;
import coop.resources.pages.PageRequests.Menu;
import coop.resources.pages.PageRequests.NewPage;
import coop.resources.pages.PageRequests.Preview;
import coop.resources.pages.PageViews.PageDetail;
import coop.resources.pages.PageViews.PageSummary;
import coop.resources.pages.PageViews.PreviewView;
import coop.resources.pages.PageViews.PublicPage;
import coop.resources.pages.PageViews.PublicPageSummary;
import coop.resources.pages.PageViews.VersionDetail;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The presentation pages: read by everyone once published, written by staff (the head
 * office's, checked in {@link PageService}).
 */
@RestController
@Validated
class PageController {

	private final PageService pages;

	PageController(PageService pages) {
		this.pages = pages;
	}

	@GetMapping("/api/resources/public/pages")
	List<PublicPageSummary> publishedPages() {
		return this.pages.publishedList();
	}

	@GetMapping("/api/resources/public/pages/{slug}")
	PublicPage publishedPage(@PathVariable @Size(max = 60) String slug) {
		return this.pages.published(slug);
	}

	@GetMapping("/api/resources/pages")
	List<PageSummary> pages(CurrentUser staff) {
		return this.pages.all(staff);
	}

	@PostMapping("/api/resources/pages")
	@ResponseStatus(HttpStatus.CREATED)
	PageDetail create(CurrentUser staff, @Valid @RequestBody NewPage request) {
		return this.pages.create(staff, request);
	}

	@PutMapping("/api/resources/pages/menu")
	List<PageSummary> menu(CurrentUser staff, @Valid @RequestBody Menu request) {
		return this.pages.order(staff, request);
	}

	@PostMapping("/api/resources/pages/preview")
	PreviewView preview(@Valid @RequestBody Preview request) {
		return new PreviewView(this.pages.preview(request.body()));
	}

	@GetMapping("/api/resources/pages/{id}")
	PageDetail page(@PathVariable @Size(max = 40) String id) {
		return this.pages.one(id);
	}

	@PutMapping("/api/resources/pages/{id}")
	PageDetail write(CurrentUser staff, @PathVariable @Size(max = 40) String id, @Valid @RequestBody Draft request) {
		return this.pages.write(staff, id, request);
	}

	@PostMapping("/api/resources/pages/{id}/publish")
	PageDetail publish(CurrentUser staff, @PathVariable @Size(max = 40) String id) {
		return this.pages.publish(staff, id);
	}

	@GetMapping("/api/resources/pages/{id}/versions/{number}")
	VersionDetail version(@PathVariable @Size(max = 40) String id, @PathVariable @Min(1) @Max(100_000) int number) {
		return this.pages.version(id, number);
	}

	@PostMapping("/api/resources/pages/{id}/versions/{number}/restore")
	PageDetail restore(CurrentUser staff, @PathVariable @Size(max = 40) String id,
			@PathVariable @Min(1) @Max(100_000) int number) {
		return this.pages.restore(staff, id, number);
	}

}
