package coop.platform.web.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The person behind a request, as the Keycloak token tells: subject, roles of the realm
 * and antennas (group names under {@code antennes}), and whether their antenna is the
 * head office (claim {@code head_office}, from the antenna group's {@code headOffice}
 * attribute). Services check ownership against {@link #subject()}.
 */
public record CurrentUser(String subject, String username, String name, String givenName, String familyName,
		String email, Set<String> roles, Set<String> antennas, String organisation, boolean headOffice) {

	public CurrentUser(String subject, String username, String name, String givenName, String familyName, String email,
			Set<String> roles, Set<String> antennas, String organisation) {
		this(subject, username, name, givenName, familyName, email, roles, antennas, organisation, false);
	}

	public static CurrentUser from(Jwt jwt) {
		return new CurrentUser(jwt.getSubject(), jwt.getClaimAsString("preferred_username"),
				jwt.getClaimAsString("name"), jwt.getClaimAsString("given_name"), jwt.getClaimAsString("family_name"),
				jwt.getClaimAsString("email"), realmRoles(jwt), antennas(jwt), jwt.getClaimAsString("organisation"),
				Boolean.TRUE.equals(jwt.getClaimAsBoolean("head_office")));
	}

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	public boolean isStaff() {
		return hasRole(Roles.STAFF);
	}

	/**
	 * Whether this is staff of the head office (or of no antenna in particular): they
	 * manage every antenna.
	 * @param headOffice code of the head office's antenna
	 */
	public boolean managesEveryAntenna(String headOffice) {
		return managesEveryAntenna() || (isStaff() && this.antennas.contains(headOffice));
	}

	/**
	 * Whether this is staff of the head office, as the token's {@code head_office} claim
	 * tells, or staff of no antenna (the first account of a new cooperative): they manage
	 * every antenna and the cooperative's settings.
	 */
	public boolean managesEveryAntenna() {
		return isStaff() && (this.antennas.isEmpty() || this.headOffice);
	}

	/**
	 * Whether this staff member manages what belongs to that antenna: staff of an antenna
	 * manage their antenna only, staff of the head office everything.
	 * @param antenna code of the antenna, {@code null} for what belongs to none
	 * @param headOffice code of the head office's antenna
	 */
	public boolean managesAntenna(String antenna, String headOffice) {
		return managesEveryAntenna(headOffice) || (isStaff() && antenna != null && this.antennas.contains(antenna));
	}

	static Set<String> realmRoles(Jwt jwt) {
		Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
		if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
			return Set.of();
		}
		Set<String> names = new LinkedHashSet<>();
		roles.forEach((role) -> names.add(String.valueOf(role)));
		return Set.copyOf(names);
	}

	static Set<String> antennas(Jwt jwt) {
		Object claim = jwt.getClaim("antennas");
		if (!(claim instanceof Collection<?> values)) {
			return Set.of();
		}
		Set<String> names = new LinkedHashSet<>();
		for (Object value : values) {
			String name = String.valueOf(value);
			// Keycloak sends full paths when the mapper is set so; keep the antenna code
			// only.
			names.add(name.substring(name.lastIndexOf('/') + 1));
		}
		return Set.copyOf(names);
	}

}
