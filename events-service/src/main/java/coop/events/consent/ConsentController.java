package coop.events.consent;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consent texts in force, for the forms and the privacy notice.
 */
@RestController
class ConsentController {

	private final ConsentVersions versions;

	ConsentController(ConsentVersions versions) {
		this.versions = versions;
	}

	/**
	 * @param current the version each form shows now
	 * @param history every version ever shown, newest first per purpose
	 */
	record ConsentsResponse(List<ConsentVersion> current, List<ConsentVersion> history) {
	}

	@GetMapping("/api/events/public/consents")
	ConsentsResponse consents() {
		return new ConsentsResponse(this.versions.current(), this.versions.history());
	}

}
