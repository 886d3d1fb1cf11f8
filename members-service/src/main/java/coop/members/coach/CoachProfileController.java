package coop.members.coach;

import java.util.List;

import coop.platform.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coach's own profile, and the public list of consenting coaches. The photo comes as
 * the raw body of the request (the upload widget's XHR upload), its name as a parameter.
 */
@RestController
class CoachProfileController {

	private final CoachProfileService profiles;

	CoachProfileController(CoachProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/api/members/me/coach-profile")
	CoachProfileResponse mine(CurrentUser user) {
		return this.profiles.mine(user);
	}

	@PutMapping("/api/members/me/coach-profile")
	CoachProfileResponse save(CurrentUser user, @Valid @RequestBody CoachProfileRequest request) {
		return this.profiles.save(user, request);
	}

	@PutMapping(path = "/api/members/me/coach-profile/photo", consumes = MediaType.ALL_VALUE)
	CoachProfileResponse setPhoto(CurrentUser user, @RequestParam String name, HttpServletRequest request) {
		return this.profiles.setPhoto(user, name, request);
	}

	@DeleteMapping("/api/members/me/coach-profile/photo")
	CoachProfileResponse removePhoto(CurrentUser user) {
		return this.profiles.removePhoto(user);
	}

	/** {@code file}: {@code <width>.webp}, {@code <width>.jpg} or {@code <width>.png}. */
	@GetMapping("/api/members/me/coach-profile/photos/{photoId}/{file}")
	ResponseEntity<Resource> ownPhoto(CurrentUser user, @PathVariable String photoId, @PathVariable String file) {
		return this.profiles.ownPhoto(user, photoId, file);
	}

	@GetMapping("/api/members/public/coaches")
	List<PublicCoach> coaches() {
		return this.profiles.publicList();
	}

	/** {@code file}: {@code <width>.webp}, {@code <width>.jpg} or {@code <width>.png}. */
	@GetMapping("/api/members/public/coach-photos/{photoId}/{file}")
	ResponseEntity<Resource> publicPhoto(@PathVariable String photoId, @PathVariable String file) {
		return this.profiles.publicPhoto(photoId, file);
	}

}
