package coop.members.antenna;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The antennas, for the public site and every form that names one.
 */
@RestController
class AntennaController {

	private final Antennas antennas;

	AntennaController(Antennas antennas) {
		this.antennas = antennas;
	}

	record AntennaResponse(String code, String name, String street, String postalCode, String town) {
	}

	@GetMapping("/api/members/public/antennas")
	List<AntennaResponse> list() {
		return this.antennas.findAll(Sort.by("name"))
			.stream()
			.map((a) -> new AntennaResponse(a.code(), a.name(), a.street(), a.postalCode(), a.town()))
			.toList();
	}

}
