package coop.members.antenna;

import java.util.List;

import coop.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The antennas: the open ones for the public site and every form that names one; all of
 * them, created, changed, closed and reopened by staff of the head office.
 */
@RestController
class AntennaController {

	private final AntennaService antennas;

	AntennaController(AntennaService antennas) {
		this.antennas = antennas;
	}

	/**
	 * @param openingHours when it is open, or {@code null}
	 * @param headOffice whether it is the head office
	 * @param closed whether it is closed (only in the staff's list)
	 */
	record AntennaResponse(String code, String name, @Nullable String street, String postalCode, String town,
			@Nullable String openingHours, boolean headOffice, boolean closed) {

		static AntennaResponse of(Antenna a) {
			return new AntennaResponse(a.code(), a.name(), a.street(), a.postalCode(), a.town(), a.openingHours(),
					a.headOffice(), a.closed());
		}

	}

	@GetMapping("/api/members/public/antennas")
	List<AntennaResponse> list() {
		return this.antennas.open().stream().map(AntennaResponse::of).toList();
	}

	@GetMapping("/api/members/staff/antennas")
	List<AntennaResponse> all(CurrentUser staff) {
		return this.antennas.all(staff).stream().map(AntennaResponse::of).toList();
	}

	@PostMapping("/api/members/staff/antennas")
	@ResponseStatus(HttpStatus.CREATED)
	AntennaResponse create(CurrentUser staff, @Valid @RequestBody AntennaRequest request) {
		return AntennaResponse.of(this.antennas.create(staff, request));
	}

	@PutMapping("/api/members/staff/antennas/{code}")
	AntennaResponse change(CurrentUser staff, @PathVariable String code, @Valid @RequestBody AntennaRequest request) {
		return AntennaResponse.of(this.antennas.change(staff, code, request));
	}

	@PostMapping("/api/members/staff/antennas/{code}/close")
	AntennaResponse close(CurrentUser staff, @PathVariable String code) {
		return AntennaResponse.of(this.antennas.close(staff, code));
	}

	@PostMapping("/api/members/staff/antennas/{code}/reopen")
	AntennaResponse reopen(CurrentUser staff, @PathVariable String code) {
		return AntennaResponse.of(this.antennas.reopen(staff, code));
	}

	@PostMapping("/api/members/staff/antennas/{code}/head-office")
	AntennaResponse makeHeadOffice(CurrentUser staff, @PathVariable String code) {
		return AntennaResponse.of(this.antennas.makeHeadOffice(staff, code));
	}

}
