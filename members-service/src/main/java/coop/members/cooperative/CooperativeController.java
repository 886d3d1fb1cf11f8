package coop.members.cooperative;

import java.util.List;

import coop.members.MembersProperties;
import coop.platform.files.FileDownloads;
import coop.platform.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cooperative's settings: everyone reads them (the site's name, colours, logo,
 * addresses); staff of the head office change them and upload the logo.
 */
@RestController
class CooperativeController {

	static final String LOGO_PATH = "/api/members/public/cooperative/logo";

	private final CooperativeService cooperative;

	private final FileDownloads downloads;

	private final MembersProperties properties;

	CooperativeController(CooperativeService cooperative, FileDownloads downloads, MembersProperties properties) {
		this.cooperative = cooperative;
		this.downloads = downloads;
		this.properties = properties;
	}

	/**
	 * @param configured whether staff have set the cooperative up (else the platform runs
	 * on neutral defaults and offers the first-start screen)
	 * @param palette the colours the platform derives: white, three greys, the brand
	 * colours
	 * @param logoUrl the logo's address (changes with each new logo), or {@code null}
	 * @param address the head office's address, or {@code null} while not given
	 */
	record CooperativeResponse(boolean configured, String name, String shortName, String primaryColour,
			@Nullable String secondaryColour, List<Palette.Colour> palette, @Nullable String logoUrl,
			@Nullable Address address, @Nullable String contactEmail, @Nullable String phone, String senderName,
			@Nullable String senderEmail, @Nullable String legalForm, List<String> networks,
			List<SocialLinkResponse> socialLinks, String publicUrl) {

		static CooperativeResponse of(Cooperative c, String publicUrl) {
			return new CooperativeResponse(c.configured(), c.name(), c.shortName(), c.primaryColour(),
					c.secondaryColour(), Palette.of(c.primaryColour(), c.secondaryColour()),
					(c.logoFileId() != null) ? LOGO_PATH + "?v=" + c.logoVersion() : null,
					(c.town() != null) ? new Address(c.street(), c.postalCode(), c.town()) : null, c.contactEmail(),
					c.phone(), c.senderName(), c.senderEmail(), c.legalForm(), c.networks(),
					c.socialLinks().stream().map((l) -> new SocialLinkResponse(l.label(), l.url())).toList(),
					publicUrl);
		}

	}

	record Address(@Nullable String street, @Nullable String postalCode, String town) {
	}

	record SocialLinkResponse(String label, String url) {
	}

	@GetMapping("/api/members/public/cooperative")
	CooperativeResponse read() {
		return CooperativeResponse.of(this.cooperative.current(), this.properties.publicUrl());
	}

	@PutMapping("/api/members/staff/cooperative")
	CooperativeResponse change(CurrentUser staff, @Valid @RequestBody CooperativeRequest request) {
		return CooperativeResponse.of(this.cooperative.change(staff, request), this.properties.publicUrl());
	}

	/** The logo as the raw request body (PNG, JPEG, WebP or SVG, 1 MB at most). */
	@PutMapping(path = "/api/members/staff/cooperative/logo", consumes = MediaType.ALL_VALUE)
	CooperativeResponse uploadLogo(CurrentUser staff, @RequestParam @NotBlank String name, HttpServletRequest request) {
		return CooperativeResponse.of(this.cooperative.logo(staff, request, name), this.properties.publicUrl());
	}

	@DeleteMapping("/api/members/staff/cooperative/logo")
	CooperativeResponse removeLogo(CurrentUser staff) {
		return CooperativeResponse.of(this.cooperative.removeLogo(staff), this.properties.publicUrl());
	}

	@GetMapping(LOGO_PATH)
	ResponseEntity<Resource> logo() {
		Cooperative current = this.cooperative.current();
		if (current.logoFileId() == null) {
			throw coop.platform.web.problem.ProblemException.notFound("La coopérative n'a pas encore de logo.");
		}
		ResponseEntity<Resource> file = this.downloads.send(current.logoFileId(), true);
		return ResponseEntity.status(file.getStatusCode())
			.headers(file.getHeaders())
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
			.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
			.body(file.getBody());
	}

}
