package coop.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import coop.platform.web.security.CurrentUser;
import coop.platform.web.security.KeycloakJwtConverter;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentUserTests {

	private static Jwt token(Map<String, Object> claims) {
		Jwt.Builder builder = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("5f1d7c2e-0000-4000-8000-000000000001")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300));
		claims.forEach(builder::claim);
		return builder.build();
	}

	@Test
	void realmRolesAndAntennasComeFromKeycloakClaims() {
		Jwt jwt = token(Map.of("preferred_username", "marie.entrepreneur", "name", "Marie Dupont", "email",
				"marie@demo.coopemploi.test", "realm_access",
				Map.of("roles", List.of("entrepreneur", "default-roles-coop")), "antennas", List.of("seynod")));

		CurrentUser user = CurrentUser.from(jwt);

		assertThat(user.subject()).isEqualTo("5f1d7c2e-0000-4000-8000-000000000001");
		assertThat(user.name()).isEqualTo("Marie Dupont");
		assertThat(user.roles()).contains("entrepreneur");
		assertThat(user.hasRole("entrepreneur")).isTrue();
		assertThat(user.isStaff()).isFalse();
		assertThat(user.antennas()).containsExactly("seynod");
	}

	@Test
	void fullGroupPathsAreReducedToTheAntennaCode() {
		CurrentUser user = CurrentUser.from(token(Map.of("antennas", List.of("/antennes/cluses"))));
		assertThat(user.antennas()).containsExactly("cluses");
	}

	@Test
	void aTokenWithoutRolesGrantsNoAuthority() {
		var authentication = new KeycloakJwtConverter().convert(token(Map.of("scope", "openid")));
		assertThat(authentication.getAuthorities()).isEmpty();
		assertThat(authentication.getName()).isEqualTo("5f1d7c2e-0000-4000-8000-000000000001");
	}

	@Test
	void realmRolesBecomeSpringRoles() {
		var authentication = new KeycloakJwtConverter()
			.convert(token(Map.of("realm_access", Map.of("roles", List.of("coach", "staff")))));
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_coach", "ROLE_staff");
	}

	@Test
	void antennaStaffManageTheirAntennaOnlyAndHeadOfficeStaffEveryAntenna() {
		Map<String, Object> staff = Map.of("roles", List.of("staff"));
		CurrentUser annemasse = CurrentUser
			.from(token(Map.of("realm_access", staff, "antennas", List.of("/antennes/annemasse"))));
		CurrentUser seynod = CurrentUser
			.from(token(Map.of("realm_access", staff, "antennas", List.of("/antennes/seynod"))));
		CurrentUser coach = CurrentUser.from(token(
				Map.of("realm_access", Map.of("roles", List.of("coach")), "antennas", List.of("/antennes/annemasse"))));

		assertThat(annemasse.managesAntenna("annemasse", "seynod")).isTrue();
		assertThat(annemasse.managesAntenna("cluses", "seynod")).isFalse();
		assertThat(annemasse.managesAntenna(null, "seynod")).isFalse();
		assertThat(annemasse.managesEveryAntenna("seynod")).isFalse();
		assertThat(seynod.managesAntenna("cluses", "seynod")).isTrue();
		assertThat(seynod.managesAntenna(null, "seynod")).isTrue();
		assertThat(coach.managesAntenna("annemasse", "seynod")).isFalse();
	}

	@Test
	void theHeadOfficeClaimMakesStaffManageEveryAntennaWhateverTheirAntenna() {
		Map<String, Object> staff = Map.of("roles", List.of("staff"));
		CurrentUser annecy = CurrentUser
			.from(token(Map.of("realm_access", staff, "antennas", List.of("/antennes/annecy"), "head_office", true)));
		CurrentUser thonon = CurrentUser
			.from(token(Map.of("realm_access", staff, "antennas", List.of("/antennes/thonon"))));
		CurrentUser coachOfTheHeadOffice = CurrentUser.from(token(Map.of("realm_access",
				Map.of("roles", List.of("coach")), "antennas", List.of("/antennes/annecy"), "head_office", true)));

		assertThat(annecy.managesEveryAntenna()).isTrue();
		assertThat(annecy.managesAntenna("thonon", "seynod")).isTrue();
		assertThat(thonon.managesEveryAntenna()).isFalse();
		assertThat(coachOfTheHeadOffice.managesEveryAntenna()).isFalse();
	}

}
