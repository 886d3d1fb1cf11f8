package coop.members.organisation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prescriber organisations: listed publicly (forms name them), created by staff.
 */
@RestController
class OrganisationController {

	static final ProblemType ORGANISATION_EXISTS = ProblemType.of("organisation-exists", HttpStatus.CONFLICT,
			"Organisation existante");

	private final Organisations organisations;

	OrganisationController(Organisations organisations) {
		this.organisations = organisations;
	}

	record OrganisationResponse(String code, String name, OrganisationKind kind, String kindLabel, String town) {

		static OrganisationResponse of(Organisation o) {
			return new OrganisationResponse(o.code(), o.name(), o.kind(), o.kind().label(), o.town());
		}

	}

	record OrganisationRequest(
			@NotBlank(message = "Indiquez le nom de l'organisation.") @Size(max = 150,
					message = "150 caractères au plus.") String name,
			@NotNull(message = "Choisissez le type d'organisation.") OrganisationKind kind,
			@NotBlank(message = "Indiquez la commune.") @Size(max = 100,
					message = "100 caractères au plus.") String town) {
	}

	@GetMapping({ "/api/members/public/organisations", "/api/members/staff/organisations" })
	List<OrganisationResponse> list() {
		return this.organisations.findAll(Sort.by("name")).stream().map(OrganisationResponse::of).toList();
	}

	@PostMapping("/api/members/staff/organisations")
	@ResponseStatus(HttpStatus.CREATED)
	OrganisationResponse create(@Valid @RequestBody OrganisationRequest request) {
		String code = slug(request.name() + " " + request.town());
		if (this.organisations.existsById(code)) {
			throw new ProblemException(ORGANISATION_EXISTS, "Cette organisation existe déjà : « "
					+ request.name().trim() + " » à " + request.town().trim() + ".");
		}
		return OrganisationResponse.of(this.organisations
			.save(new Organisation(code, request.name().trim(), request.kind(), request.town().trim())));
	}

	static String slug(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
