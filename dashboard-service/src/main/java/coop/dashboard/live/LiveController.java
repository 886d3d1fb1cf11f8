package coop.dashboard.live;

import coop.dashboard.activity.EntrepreneurAccess;
import coop.platform.web.security.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of a dashboard: {@code ready} when the stream opens, then
 * {@code figures} ({@code {"subject", "cause"}}) each time that entrepreneur's figures
 * change; the page then reloads its figures. Whose stream follows the same rule as whose
 * dashboard. The answer is {@code text/event-stream} whatever the request accepts (a
 * refusal is problem+json).
 */
@RestController
class LiveController {

	private final LiveDashboards live;

	private final EntrepreneurAccess access;

	LiveController(LiveDashboards live, EntrepreneurAccess access) {
		this.live = live;
		this.access = access;
	}

	@GetMapping("/api/dashboard/me/live")
	SseEmitter mine(CurrentUser user) {
		return this.live.open(user.subject());
	}

	@GetMapping("/api/dashboard/entrepreneurs/{subject}/live")
	SseEmitter of(CurrentUser user, @PathVariable String subject) {
		return this.live.open(this.access.readable(user, subject).subject());
	}

}
