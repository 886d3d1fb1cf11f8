package coop.members.antenna;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import coop.members.MembersProperties;
import coop.members.keycloak.KeycloakAdmin;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.platform.web.security.CurrentUser;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The cooperative's antennas, kept by staff of the head office. Each is a Keycloak group
 * under {@code antennes} (its code is the group's name and the {@code antennas} claim);
 * its name, address and head-office mark are the group's attributes too, so that tokens
 * and the login carry them. Keycloak is written first: when it does not answer, nothing
 * is stored; when the store fails after it, the next attempt takes the group over.
 */
@Service
public class AntennaService {

	static final ProblemType ANTENNA_EXISTS = ProblemType.of("antenna-exists", HttpStatus.CONFLICT,
			"Antenne déjà existante");

	static final ProblemType ANTENNA_IN_USE = ProblemType.of("antenna-in-use", HttpStatus.CONFLICT,
			"Antenne encore utilisée");

	private final Antennas antennas;

	private final KeycloakAdmin keycloak;

	private final MongoTemplate mongo;

	private final MembersProperties properties;

	private final Clock clock;

	AntennaService(Antennas antennas, KeycloakAdmin keycloak, MongoTemplate mongo, MembersProperties properties,
			Clock clock) {
		this.antennas = antennas;
		this.keycloak = keycloak;
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	/** The open antennas, for the public site and every form that names one. */
	public List<Antenna> open() {
		return this.antennas.findAll(Sort.by("name")).stream().filter((a) -> !a.closed()).toList();
	}

	List<Antenna> all(CurrentUser staff) {
		checkHeadOffice(staff);
		return this.antennas.findAll(Sort.by("name"));
	}

	Antenna create(CurrentUser staff, AntennaRequest request) {
		checkHeadOffice(staff);
		String name = request.name().trim();
		String code = code(name);
		if (code.isEmpty()) {
			throw ProblemException.invalid("name", "Le nom doit contenir des lettres ou des chiffres.");
		}
		if (this.antennas.existsById(code) || sameName(name, null)) {
			throw new ProblemException(ANTENNA_EXISTS, "Une antenne s'appelle déjà « " + name + " ».");
		}
		Instant now = this.clock.instant();
		Antenna antenna = new Antenna(code, name, null, null, null);
		describe(antenna, request, now);
		if (this.antennas.count() == 0) {
			// the first antenna of a new cooperative is its head office
			antenna.markHeadOffice(true, now);
		}
		writeGroup(antenna);
		return this.antennas.save(antenna);
	}

	Antenna change(CurrentUser staff, String code, AntennaRequest request) {
		checkHeadOffice(staff);
		Antenna antenna = find(code);
		if (sameName(request.name().trim(), code)) {
			throw new ProblemException(ANTENNA_EXISTS, "Une antenne s'appelle déjà « " + request.name().trim() + " ».");
		}
		describe(antenna, request, this.clock.instant());
		writeGroup(antenna);
		return this.antennas.save(antenna);
	}

	/**
	 * Closes an antenna: it leaves the public site and the forms. Refused for the head
	 * office and while people still belong to it (they are moved first, so that nobody is
	 * left managed by no one).
	 */
	Antenna close(CurrentUser staff, String code) {
		checkHeadOffice(staff);
		Antenna antenna = find(code);
		if (antenna.closed()) {
			return antenna;
		}
		if (antenna.headOffice()) {
			throw new ProblemException(ANTENNA_IN_USE,
					"Le siège ne peut pas être fermé : choisissez d'abord une autre antenne comme siège.");
		}
		long people = this.mongo.count(Query.query(Criteria.where("antenna").is(code).and("status").ne("DEACTIVATED")),
				"people");
		if (people > 0) {
			throw new ProblemException(ANTENNA_IN_USE,
					people + ((people > 1) ? " personnes sont encore rattachées" : " personne est encore rattachée")
							+ " à l'antenne " + antenna.name()
							+ " : rattachez-les à une autre antenne avant de la fermer.");
		}
		antenna.markClosed(true, this.clock.instant());
		writeGroup(antenna);
		return this.antennas.save(antenna);
	}

	Antenna reopen(CurrentUser staff, String code) {
		checkHeadOffice(staff);
		Antenna antenna = find(code);
		if (!antenna.closed()) {
			return antenna;
		}
		antenna.markClosed(false, this.clock.instant());
		writeGroup(antenna);
		return this.antennas.save(antenna);
	}

	/**
	 * Makes this antenna the head office: its staff manage every antenna (the token's
	 * {@code head_office} claim, from the group attribute), the former one's only theirs.
	 */
	Antenna makeHeadOffice(CurrentUser staff, String code) {
		checkHeadOffice(staff);
		Antenna antenna = find(code);
		if (antenna.closed()) {
			throw new ProblemException(ANTENNA_IN_USE,
					"Rouvrez l'antenne " + antenna.name() + " avant d'en faire le siège.");
		}
		Instant now = this.clock.instant();
		antenna.markHeadOffice(true, now);
		writeGroup(antenna);
		Antenna saved = this.antennas.save(antenna);
		for (Antenna former : this.antennas.findAll()) {
			if (former.headOffice() && !former.code().equals(code)) {
				former.markHeadOffice(false, now);
				writeGroup(former);
				this.antennas.save(former);
			}
		}
		return saved;
	}

	/**
	 * The head office's code: the antenna marked so, else the configured one (a platform
	 * whose antennas predate the mark).
	 */
	public String headOfficeCode() {
		return this.antennas.findAll()
			.stream()
			.filter(Antenna::headOffice)
			.map(Antenna::code)
			.findFirst()
			.orElse(this.properties.headOfficeAntenna());
	}

	public Optional<Antenna> headOffice() {
		return this.antennas.findById(headOfficeCode());
	}

	private static void describe(Antenna antenna, AntennaRequest request, Instant now) {
		antenna.describe(request.name().trim(), blankToNull(request.street()), request.postalCode().trim(),
				request.town().trim(), blankToNull(request.openingHours()), now);
	}

	private void writeGroup(Antenna antenna) {
		Map<String, String> attributes = new LinkedHashMap<>();
		attributes.put("name", antenna.name());
		attributes.put("street", antenna.street());
		attributes.put("postalCode", antenna.postalCode());
		attributes.put("town", antenna.town());
		attributes.put("openingHours", antenna.openingHours());
		if (antenna.headOffice()) {
			attributes.put("headOffice", "true");
		}
		if (antenna.closed()) {
			attributes.put("closed", "true");
		}
		this.keycloak.saveAntennaGroup(antenna.code(), attributes);
	}

	private boolean sameName(String name, String except) {
		return this.antennas.findAll()
			.stream()
			.anyMatch((a) -> !a.code().equals(except) && a.name() != null && a.name().equalsIgnoreCase(name));
	}

	private Antenna find(String code) {
		return this.antennas.findById(code).orElseThrow(() -> ProblemException.notFound("Cette antenne n'existe pas."));
	}

	private static void checkHeadOffice(CurrentUser staff) {
		if (!staff.managesEveryAntenna()) {
			throw ProblemException.forbidden("Seule l'équipe du siège gère les antennes.");
		}
	}

	/** The code of a new antenna: its name in lower case, without accents or spaces. */
	static String code(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
