package coop.events.fair;

import java.util.List;
import java.util.UUID;

import coop.platform.web.security.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An entrepreneur says which fairs they will exhibit at.
 */
@RestController
class FairController {

	private final FairService fairs;

	FairController(FairService fairs) {
		this.fairs = fairs;
	}

	@GetMapping("/api/events/me/fairs")
	List<FairLine> mine(CurrentUser member) {
		return this.fairs.upcomingFor(member.subject());
	}

	@PutMapping("/api/events/me/fairs/{eventId}")
	ResponseEntity<Void> attend(CurrentUser member, @PathVariable UUID eventId) {
		this.fairs.attend(eventId, member.subject(), (member.name() != null) ? member.name() : member.username());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/events/me/fairs/{eventId}")
	ResponseEntity<Void> withdraw(CurrentUser member, @PathVariable UUID eventId) {
		this.fairs.withdraw(eventId, member.subject());
		return ResponseEntity.noContent().build();
	}

}
