package coop.events.referral;

import java.util.List;
import java.util.UUID;

import coop.platform.web.security.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A referral's path: for the prescriber who made it, and for staff (every referral, with
 * the other prescribers of the same person).
 */
@RestController
class ReferralController {

	private final ReferralPaths paths;

	ReferralController(ReferralPaths paths) {
		this.paths = paths;
	}

	@GetMapping("/api/events/prescriber/referrals/{registrationId}")
	ReferralPath mine(CurrentUser prescriber, @PathVariable UUID registrationId) {
		return this.paths.ofPrescriber(prescriber, registrationId);
	}

	@GetMapping("/api/events/staff/referrals")
	List<ReferralPath> all() {
		return this.paths.allForStaff();
	}

	@GetMapping("/api/events/staff/referrals/{registrationId}")
	ReferralPath one(@PathVariable UUID registrationId) {
		return this.paths.forStaff(registrationId);
	}

}
