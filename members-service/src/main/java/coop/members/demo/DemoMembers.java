package coop.members.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import coop.members.MembersProperties;
import coop.members.antenna.Antenna;
import coop.members.antenna.Antennas;
import coop.members.coach.CoachProfileService;
import coop.members.cooperative.CooperativeRequest;
import coop.members.cooperative.CooperativeService;
import coop.members.file.FileService;
import coop.members.file.Milestone;
import coop.members.file.ObjectiveKind;
import coop.members.file.ObjectiveStatus;
import coop.members.file.PersonalFile;
import coop.members.organisation.Organisation;
import coop.members.organisation.OrganisationKind;
import coop.members.organisation.Organisations;
import coop.members.people.PeopleService;
import coop.members.people.PersonRole;
import coop.members.showcase.Sector;
import coop.members.showcase.ShowcaseContent;
import coop.members.showcase.ShowcaseService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Three antennas and a dozen entrepreneurs across sectors, two of them the demo accounts
 * of the realm (same Keycloak subjects); the two demo coaches' public profiles.
 */
@Component
class DemoMembers implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoMembers.class);

	static final String MARIE = "b465c806-618a-4771-b0d4-d76aa7ceecf5";

	static final String THEO = "5ae4bd4f-a0f9-4544-bf45-a2440fc1b240";

	static final String CAMILLE = "d878fdcd-27d2-4bfb-b69a-bc9a9df09557";

	static final String NADIA = "3f0c9a51-7d2e-4b8a-9c61-2e5b7a0d4c18";

	static final String LUCAS = "60d43f9e-2e25-42e2-86e6-c4e10ce9b1f4";

	static final String INES = "41b4c37e-2f4b-4f20-b070-3edc770fe5c9";

	static final String SOPHIE = "bde59fe8-f9c0-4eaa-9a84-a63f0e01d1a6";

	private final Antennas antennas;

	private final ShowcaseService service;

	private final MembersProperties properties;

	private final Organisations organisations;

	private final PeopleService people;

	private final FileService files;

	private final CooperativeService cooperative;

	private final CoachProfileService coaches;

	DemoMembers(Antennas antennas, ShowcaseService service, MembersProperties properties, Organisations organisations,
			PeopleService people, FileService files, CooperativeService cooperative, CoachProfileService coaches) {
		this.files = files;
		this.coaches = coaches;
		this.cooperative = cooperative;
		this.antennas = antennas;
		this.service = service;
		this.properties = properties;
		this.organisations = organisations;
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demoData() || this.antennas.count() > 0) {
			return;
		}
		java.time.Instant now = java.time.Instant.now();
		this.cooperative.initialise(new CooperativeRequest("COOP'EMPLOI", "COOP'EMPLOI", "#00676b", "#b5400f",
				"1025 ancienne route d'Annecy", "74600", "Seynod", "contact@coopemploi.com", "04 50 00 00 00",
				"COOP'EMPLOI", "ne-pas-repondre@coopemploi.com",
				"Coopérative d'activités et d'emploi, SCOP SARL à capital variable",
				List.of("Coopérer pour Entreprendre"), List.of()));
		// the realm's antenna groups (keycloak/realm) already exist: the store follows
		// them
		Antenna seynod = new Antenna("seynod", "Seynod", null, null, null);
		seynod.describe("Seynod", "1025 ancienne route d'Annecy", "74600", "Seynod",
				"Du lundi au vendredi, 9 h – 12 h 30 et 13 h 30 – 17 h", now);
		seynod.markHeadOffice(true, now);
		Antenna annemasse = new Antenna("annemasse", "Annemasse", null, null, null);
		annemasse.describe("Annemasse", "14 avenue de la Gare", "74100", "Annemasse", "Mardi et jeudi, 9 h – 17 h",
				now);
		Antenna cluses = new Antenna("cluses", "Cluses", null, null, null);
		cluses.describe("Cluses", "10 avenue de la Libération", "74300", "Cluses", "Sur rendez-vous", now);
		this.antennas.saveAll(List.of(seynod, annemasse, cluses));
		this.organisations.saveAll(List.of(
				new Organisation("plie-bassin-annecien", "PLIE du bassin annécien", OrganisationKind.PLIE, "Annecy"),
				new Organisation("mission-locale-annecy", "Mission locale jeunes du bassin annécien",
						OrganisationKind.MISSION_LOCALE, "Annecy"),
				new Organisation("ale-annemasse", "ALE d'Annemasse", OrganisationKind.ALE, "Annemasse"),
				new Organisation("espace-gestion-cluses", "Espace gestion de la vallée de l'Arve",
						OrganisationKind.ESPACE_GESTION, "Cluses"),
				new Organisation("ccas-seynod", "CCAS de Seynod", OrganisationKind.CCAS, "Seynod"), new Organisation(
						"france-travail-annecy", "France Travail Annecy", OrganisationKind.FRANCE_TRAVAIL, "Annecy")));
		// the realm's demo accounts (keycloak/README.md): same subjects
		this.people.adoptExisting(CAMILLE, "camille.rey@demo.coopemploi.test", "Camille", "Rey", PersonRole.STAFF,
				"seynod", null, null);
		this.people.adoptExisting(NADIA, "nadia.perret@demo.coopemploi.test", "Nadia", "Perret", PersonRole.STAFF,
				"annemasse", null, null);
		this.people.adoptExisting(LUCAS, "lucas.favre@demo.coopemploi.test", "Lucas", "Favre", PersonRole.COACH,
				"seynod", null, null);
		this.people.adoptExisting(INES, "ines.bouvier@demo.coopemploi.test", "Inès", "Bouvier", PersonRole.COACH,
				"annemasse", null, null);
		this.people.adoptExisting(MARIE, "marie.dupont@demo.coopemploi.test", "Marie", "Dupont",
				PersonRole.ENTREPRENEUR, "seynod", null, LUCAS);
		this.people.adoptExisting(THEO, "theo.girard@demo.coopemploi.test", "Théo", "Girard", PersonRole.ENTREPRENEUR,
				"cluses", null, INES);
		this.people.adoptExisting(SOPHIE, "sophie.martin@demo.coopemploi.test", "Sophie", "Martin",
				PersonRole.PRESCRIBER, null, "plie-bassin-annecien", null);
		List<DemoShowcase> demo = showcases();
		demo.forEach((showcase) -> this.service.publishDemo(showcase.slug, showcase.owner, showcase.displayName,
				showcase.antenna, showcase.content()));
		files();
		coachProfiles();
		logger.info("Demo members loaded: 3 antennas, 6 organisations, 7 people, " + demo.size()
				+ " showcases, 2 coach profiles");
	}

	/**
	 * Lucas and Inès agreed to appear on « Qui sont les accompagnateurs » (no photo: the
	 * card shows without one).
	 */
	private void coachProfiles() {
		this.coaches.describeForDemo(LUCAS, "Création d'entreprise artisanale et métiers d'art",
				"J'accompagne depuis dix ans les artisans et les créateurs de Haute-Savoie : étude de marché, "
						+ "prix de vente, premiers salons et vente en ligne.");
		this.coaches.describeForDemo(INES, "Gestion, prévisionnel et démarche commerciale",
				"Ancienne comptable, j'aide les entrepreneurs à bâtir leur prévisionnel, suivre leur trésorerie "
						+ "et trouver leurs premiers clients, à Annemasse et dans la vallée de l'Arve.");
	}

	/**
	 * Marie is in her CAPE with a revenue objective and two others; Théo signed his CESA.
	 * Their analytical codes match the dashboards' demo accounting.
	 */
	private void files() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		this.files.open(MARIE, "Lucas Favre", "Création de bijoux en argent recyclé, vente en ligne et sur les marchés",
				"MDUPONT",
				new PersonalFile.Agreement(today.minusMonths(5).withDayOfMonth(1),
						today.minusMonths(5).withDayOfMonth(1).plusYears(1).minusDays(1), null),
				List.of(new PersonalFile.ReachedMilestone(Milestone.INFORMATION_MEETING, today.minusMonths(7)),
						new PersonalFile.ReachedMilestone(Milestone.FIRST_INTERVIEW, today.minusMonths(6)),
						new PersonalFile.ReachedMilestone(Milestone.CAPE_SIGNED,
								today.minusMonths(5).withDayOfMonth(1)),
						new PersonalFile.ReachedMilestone(Milestone.FIRST_INVOICE, today.minusMonths(3))),
				List.of(new PersonalFile.Objective(null, "Chiffre d'affaires de la première année",
						ObjectiveKind.REVENUE, new BigDecimal("18000.00"), null,
						today.minusMonths(5).withDayOfMonth(1).plusYears(1).minusDays(1)),
						new PersonalFile.Objective(null, "Ouvrir une boutique en ligne", ObjectiveKind.OTHER, null,
								ObjectiveStatus.IN_PROGRESS, today.plusMonths(2)),
						new PersonalFile.Objective(null, "Exposer au Salon des métiers d'art d'Annecy",
								ObjectiveKind.OTHER, null, ObjectiveStatus.DONE, today.minusMonths(1))));
		this.files.open(THEO, "Inès Bouvier", "Vêtements en lin et laine de pays, retouches", "TGIRARD",
				new PersonalFile.Agreement(today.minusYears(2), today.minusYears(1).minusDays(1), today.minusYears(1)),
				List.of(new PersonalFile.ReachedMilestone(Milestone.INFORMATION_MEETING,
						today.minusYears(2).minusMonths(2)),
						new PersonalFile.ReachedMilestone(Milestone.FIRST_INTERVIEW,
								today.minusYears(2).minusMonths(1)),
						new PersonalFile.ReachedMilestone(Milestone.CAPE_SIGNED, today.minusYears(2)),
						new PersonalFile.ReachedMilestone(Milestone.FIRST_INVOICE, today.minusYears(2).plusMonths(2)),
						new PersonalFile.ReachedMilestone(Milestone.CESA_SIGNED, today.minusYears(1))),
				List.of(new PersonalFile.Objective(null, "Chiffre d'affaires de l'année", ObjectiveKind.REVENUE,
						new BigDecimal("32000.00"), null, today.withMonth(12).withDayOfMonth(31))));
	}

	List<DemoShowcase> showcases() {
		return List.of(
				new DemoShowcase("bijoux-marie-dupont", MARIE, "Marie Dupont", "Marie D. Bijoux", Sector.JEWELLERY,
						"Bijoux en argent recyclé, façonnés à la main à Seynod", "Seynod", "seynod")
					.contact(null, "contact@mariedbijoux.example", null)
					.page("presentation", "Présentation",
							"""
									Je crée des bijoux en argent recyclé : bagues, boucles d'oreilles et pendentifs, tous façonnés \
									à la main dans mon atelier de Seynod.

									Chaque pièce est unique. Je travaille aussi sur commande pour des bagues de fiançailles et des \
									cadeaux personnalisés.""")
					.page("collections", "Collections", """
							Collection Lac : des formes inspirées des reflets du lac d'Annecy.

							Collection Alpages : des pendentifs gravés de motifs de montagne.""")
					.page("ou-me-trouver", "Où me trouver",
							"""
									Sur rendez-vous à l'atelier, au Salon des métiers d'art d'Annecy et sur les marchés de créateurs \
									du département."""),
				new DemoShowcase("atelier-bois-flotte", null, "Julien Morel", "L'Atelier du Bois Flotté",
						Sector.FURNITURE, "Mobilier et luminaires en bois flotté du lac d'Annecy", "Annecy", "seynod")
					.page("presentation", "Présentation",
							"""
									Tables basses, étagères et luminaires fabriqués à partir de bois flotté ramassé sur les rives \
									du lac. Un mobilier durable, chaque pièce est unique.""")
					.page("sur-mesure", "Sur mesure", """
							Je réalise des meubles sur mesure pour les particuliers, les gîtes et les restaurants. \
							Devis gratuit après visite."""),
				new DemoShowcase("ceramiques-lea-roux", null, "Léa Roux", "Terre & Lac Céramiques", Sector.CRAFTS,
						"Céramiques utilitaires tournées et émaillées à la main", "Rumilly", "seynod")
					.page("presentation", "Présentation",
							"""
									Bols, tasses et assiettes en grès, tournés à la main et émaillés avec des émaux que je prépare \
									moi-même. Cours d'initiation au tournage le samedi matin."""),
				new DemoShowcase("lin-et-laine", THEO, "Théo Girard", "Lin & Laine", Sector.CLOTHING,
						"Vêtements en lin et laine de pays, cousus dans la vallée de l'Arve", "Cluses", "cluses")
					.contact("https://lin-et-laine.example", null, null)
					.page("presentation", "Présentation", """
							Des vêtements simples et durables, en lin européen et en laine de moutons savoyards. \
							Je coupe et je couds chaque pièce dans mon atelier de Cluses.""")
					.page("entretien", "Entretien et retouches",
							"""
									Je propose aussi un service de retouches et de réparation pour prolonger la vie de vos vêtements."""),
				new DemoShowcase("studio-pixel-alpin", null, "Nadia Haddad", "Studio Pixel Alpin", Sector.WEB,
						"Sites internet et boutiques en ligne pour les artisans et commerçants", "Annemasse",
						"annemasse")
					.contact("https://pixel-alpin.example", "bonjour@pixel-alpin.example", "06 12 34 56 78")
					.page("presentation", "Présentation",
							"""
									Je conçois des sites internet rapides, accessibles et bien référencés pour les petites entreprises \
									du Genevois français. Formation à la prise en main incluse."""),
				new DemoShowcase("julie-conseil-rh", null, "Julie Bernard", "JB Conseil RH", Sector.CONSULTING,
						"Conseil en ressources humaines pour les TPE et les associations", "Annecy", "seynod")
					.page("presentation", "Présentation",
							"""
									Recrutement, entretiens professionnels, plan de formation : j'accompagne les petites structures \
									qui n'ont pas de service RH."""),
				new DemoShowcase("saveurs-du-chablais", null, "Antoine Mercier", "Saveurs du Chablais", Sector.FOOD,
						"Confitures, sirops et chutneys de fruits du Chablais", "Thonon-les-Bains", "annemasse")
					.page("presentation", "Présentation",
							"""
									Des confitures peu sucrées et des sirops de plantes, préparés en petites séries avec des fruits \
									de producteurs du Chablais."""),
				new DemoShowcase("sophrologie-aravis", null, "Claire Fontaine", "Sophrologie des Aravis",
						Sector.WELLBEING, "Séances de sophrologie individuelles et en groupe", "Thônes", "seynod")
					.page("presentation", "Présentation",
							"""
									Gestion du stress, préparation aux examens, sommeil : des séances individuelles au cabinet ou en \
									visioconférence, et des ateliers en entreprise."""),
				new DemoShowcase("bricol-services", null, "Karim Benali", "Bricol'Services", Sector.SERVICES,
						"Petits travaux, montage de meubles et entretien de jardin", "Annemasse", "annemasse")
					.page("presentation", "Présentation",
							"""
									Montage de meubles, petites réparations, taille des haies : j'interviens chez les particuliers \
									du Genevois. Éligible au crédit d'impôt services à la personne."""),
				new DemoShowcase("ebenisterie-du-saleve", null, "Pierre Duret", "Ébénisterie du Salève",
						Sector.FURNITURE, "Meubles en bois massif et restauration de meubles anciens", "Reignier-Ésery",
						"annemasse")
					.page("presentation", "Présentation",
							"""
									Ébéniste depuis quinze ans, je fabrique des meubles en chêne, noyer et merisier et je restaure \
									les meubles anciens.""")
					.page("realisations", "Réalisations", """
							Bibliothèques sur mesure, tables de ferme, restauration d'une commode Louis-Philippe.""")
					.page("contact", "Contact", """
							Atelier ouvert le samedi de 9 h à 12 h, ou sur rendez-vous."""),
				new DemoShowcase("traductions-mont-blanc", null, "Emma Wilson", "Traductions Mont-Blanc",
						Sector.CONSULTING, "Traduction anglais-français pour le tourisme et l'industrie", "Sallanches",
						"cluses")
					.contact("https://traductions-mont-blanc.example", null, null)
					.page("presentation", "Présentation",
							"""
									Traductrice de langue maternelle anglaise, je traduis sites internet, brochures et documentations \
									techniques pour les entreprises de la vallée de l'Arve et du pays du Mont-Blanc."""),
				new DemoShowcase("cuir-et-sellerie", null, "Lucie Martin", "Cuir & Sellerie des Bauges", Sector.CRAFTS,
						"Maroquinerie et sellerie cousues main", "Seynod", "seynod")
					.page("presentation", "Présentation", """
							Sacs, ceintures et portefeuilles en cuir tanné végétal, cousus main au point sellier.""")
					.page("ateliers", "Ateliers", """
							Je propose des ateliers d'initiation à la couture sellier pour petits groupes."""));
	}

	/** A demo showcase as an entrepreneur would write it. */
	static final class DemoShowcase {

		final String slug;

		final String owner;

		final String displayName;

		final String antenna;

		private final String businessName;

		private final Sector sector;

		private final String tagline;

		private final String town;

		private String website;

		private String contactEmail;

		private String phone;

		private final List<ShowcaseContent.Page> pages = new ArrayList<>();

		DemoShowcase(String slug, String owner, String displayName, String businessName, Sector sector, String tagline,
				String town, String antenna) {
			this.slug = slug;
			this.owner = owner;
			this.displayName = displayName;
			this.businessName = businessName;
			this.sector = sector;
			this.tagline = tagline;
			this.town = town;
			this.antenna = antenna;
		}

		DemoShowcase contact(String website, String contactEmail, String phone) {
			this.website = website;
			this.contactEmail = contactEmail;
			this.phone = phone;
			return this;
		}

		DemoShowcase page(String slug, String title, String body) {
			this.pages.add(new ShowcaseContent.Page(slug, title, body, List.of(), List.of()));
			return this;
		}

		ShowcaseContent content() {
			return new ShowcaseContent(this.businessName, this.tagline, this.sector, this.town, List.of(), this.website,
					List.of(), this.contactEmail, this.phone, this.owner != null, null, this.pages);
		}

	}

}
