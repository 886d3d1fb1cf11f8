package coop.members.people;

import java.util.List;

import coop.platform.web.PageResponse;
import coop.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * People and accounts: staff manage them, each person reads their own file, a coach lists
 * the entrepreneurs they follow.
 */
@RestController
class PeopleController {

	private final PeopleService people;

	PeopleController(PeopleService people) {
		this.people = people;
	}

	@GetMapping("/api/members/staff/people")
	PageResponse<PersonResponse> list(CurrentUser staff, @RequestParam(required = false) PersonRole role,
			@RequestParam(required = false) String antenna, @RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return this.people.list(staff, role, antenna, q, page, size);
	}

	@PostMapping("/api/members/staff/people")
	@ResponseStatus(HttpStatus.CREATED)
	PersonResponse invite(CurrentUser staff, @Valid @RequestBody PersonRequests.Invitation request) {
		return this.people.invite(staff, request);
	}

	@PutMapping("/api/members/staff/people/{id}")
	PersonResponse assign(CurrentUser staff, @PathVariable String id,
			@Valid @RequestBody PersonRequests.Assignment request) {
		return this.people.assign(staff, id, request);
	}

	@PostMapping("/api/members/staff/people/{id}/deactivate")
	PersonResponse deactivate(CurrentUser staff, @PathVariable String id) {
		return this.people.deactivate(staff, id);
	}

	@PostMapping("/api/members/staff/people/{id}/reactivate")
	PersonResponse reactivate(CurrentUser staff, @PathVariable String id) {
		return this.people.reactivate(staff, id);
	}

	@GetMapping("/api/members/me")
	PersonResponse me(CurrentUser user) {
		return this.people.me(user);
	}

	@GetMapping("/api/members/coach/entrepreneurs")
	List<PersonResponse> followed(CurrentUser coach) {
		return this.people.followedBy(coach);
	}

}
