package coop.resources.demo;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import coop.platform.files.CheckedUploads;
import coop.platform.files.FilePolicy;
import coop.platform.files.FilesProperties;
import coop.platform.files.StoredFile;
import coop.platform.moderation.Actor;
import coop.platform.moderation.Moderation;
import coop.resources.ResourcesProperties;
import coop.resources.demo.DemoFiles.Section;
import coop.resources.library.Audience;
import coop.resources.library.FilledForm;
import coop.resources.library.ModuleStep;
import coop.resources.library.Resource;
import coop.resources.library.ResourceContent;
import coop.resources.library.ResourceFile;
import coop.resources.library.ResourceKind;
import coop.resources.library.ResourceService;
import coop.resources.library.Resources;
import coop.resources.library.Sector;
import coop.resources.library.Theme;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A realistic centre for the demo: the cooperative's templates, training modules, an
 * exercise, sector documentation, selected sites, a picture, a sound timer and the
 * coaches' kit, each with small real files made on the spot and taken through the
 * moderation model; plus Théo's draft, Marie's submission waiting for her coach Lucas,
 * and Théo's contribution Inès refused with her reason; the creator's booklet online and
 * Marie's copy of it, half filled. Runs after {@code LegacyShelf}.
 */
@Component
@Order(0)
class DemoResources implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoResources.class);

	// the realm's demo accounts (keycloak/README.md): same subjects as members-service's
	static final Actor MARIE = new Actor("b465c806-618a-4771-b0d4-d76aa7ceecf5", "Marie Dupont");

	static final Actor THEO = new Actor("5ae4bd4f-a0f9-4544-bf45-a2440fc1b240", "Théo Girard");

	static final Actor LUCAS = new Actor("60d43f9e-2e25-42e2-86e6-c4e10ce9b1f4", "Lucas Favre");

	static final Actor INES = new Actor("41b4c37e-2f4b-4f20-b070-3edc770fe5c9", "Inès Bouvier");

	static final Actor CAMILLE = new Actor("d878fdcd-27d2-4bfb-b69a-bc9a9df09557", "Camille Rey");

	static final String BOOKLET = "livret-du-createur";

	static final String MARIES_BOOKLET = "livret-du-createur-marie";

	static final String FOLLOW_UP = "modele-suivi-activite";

	private final Resources resources;

	private final ResourceService service;

	private final ResourcesProperties properties;

	private final CheckedUploads uploads;

	private final FilePolicy policy;

	private final Clock clock;

	DemoResources(Resources resources, ResourceService service, ResourcesProperties properties, CheckedUploads uploads,
			FilesProperties files, Clock clock) {
		this.resources = resources;
		this.service = service;
		this.properties = properties;
		this.uploads = uploads;
		this.policy = FilePolicy.documentsAndMedia(files);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demoData()) {
			return;
		}
		if (this.resources.count() > 0) {
			onlineBooklet();
			return;
		}
		Instant now = this.clock.instant();
		List<Resource> shelf = new ArrayList<>();

		shelf.add(published(BOOKLET, ResourceKind.TEMPLATE, CAMILLE, LUCAS, 60, content("Livret du créateur",
				"Le fil conducteur de votre parcours dans la coopérative, de l'idée au premier chiffre d'affaires.", """
						Le livret accompagne chaque entretien individuel. Complétez-le **à votre rythme** et \
						apportez-le à votre accompagnateur.

						1. Présentation du projet et de son porteur
						2. Étude de marché : clients, concurrents, fournisseurs
						3. Offre et prix
						4. Prévisionnel sur trois ans
						5. Plan d'action commercial""", List.of(Theme.PROJECT, Theme.MANAGEMENT), List.of(),
				Audience.MEMBERS)
			.withFiles(file("livret-du-createur.docx", DemoFiles.docx("Livret du créateur", List.of(
					Section.of("1. Le projet et son porteur",
							"Décrivez votre activité en quelques phrases : que vendez-vous, à qui, où ?",
							"Votre parcours : formation, expériences, ce qui vous amène à créer."),
					Section.of("2. L'étude de marché",
							"Qui sont vos clients ? Combien sont-ils ? Où les trouvez-vous ?",
							"Qui sont vos concurrents ? Quels sont leurs prix ?"),
					Section.of("3. L'offre et les prix",
							"Listez vos produits ou services et leur prix de vente. Comment l'avez-vous calculé ?"),
					Section.of("4. Le prévisionnel",
							"Chiffre d'affaires, charges et rémunération espérée sur trois ans."),
					Section.of("5. Le plan d'action commercial",
							"Vos actions des six prochains mois : salons, prospection, réseaux, site web.")))))
			.withForm(DemoTools.creatorsBooklet())));

		shelf.add(published(FOLLOW_UP, ResourceKind.TEMPLATE, LUCAS, INES, 45,
				content("Modèle de suivi d'activité",
						"Tableur pour suivre chaque mois votre chiffre d'affaires, vos dépenses et vos heures.", """
								Le modèle calcule votre **marge** et votre **marge par heure travaillée**. \
								Renseignez-le avant chaque entretien : c'est la base de votre tableau de bord.""",
						List.of(Theme.MANAGEMENT), List.of(), Audience.MEMBERS)
					.withFiles(file("suivi-activite-mensuel.xlsx", DemoFiles.followUpWorkbook()))
					.withForm(DemoTools.monthlyFollowUp())));

		shelf.add(published("fixer-ses-prix", ResourceKind.TRAINING, INES, LUCAS, 40, new ResourceContent(
				"Fixer ses prix : la méthode en quatre étapes",
				"Le module de l'atelier collectif sur le prix de revient et la marge, à suivre aussi seul.",
				"Quatre étapes, chacune avec son exercice. Comptez une heure et demie.",
				List.of(Theme.SALES, Theme.MANAGEMENT), List.of(), Audience.MEMBERS, null, List.of(), List.of(
						new ModuleStep("Calculer ses coûts",
								"Listez vos **coûts directs** (matières, sous-traitance) et vos **coûts fixes** "
										+ "(assurance, téléphone, déplacements) rapportés au mois.",
								null),
						new ModuleStep("Estimer son temps",
								"Comptez le temps passé par produit ou prestation, y compris la préparation "
										+ "et les déplacements.",
								null),
						new ModuleStep("Connaître les prix du marché",
								"Relevez les prix de cinq concurrents et situez-vous.", null),
						new ModuleStep("S'exercer", "Faites l'exercice sur le prix de revient.",
								"exercice-prix-de-revient")),
				null)));

		shelf.add(published("exercice-prix-de-revient", ResourceKind.EXERCISE, INES, LUCAS, 40,
				new ResourceContent("Exercice : calculer son prix de revient",
						"Un cas pratique de bijoutière, corrigé pas à pas.", """
								Léa fabrique des bracelets en argent recyclé. Pour 20 bracelets par mois, elle achète \
								160 € d'argent et 40 € de fermoirs ; ses frais fixes sont de 300 € par mois. \
								Chaque bracelet lui demande 1 h 30 de travail et elle vise 18 € de l'heure.

								**Quel est son prix de revient par bracelet, et à quel prix le vendre ?**""",
						List.of(Theme.MANAGEMENT, Theme.SALES), List.of(Sector.JEWELLERY), Audience.MEMBERS, null,
						List.of(), List.of(), """
								- Matières : (160 + 40) / 20 = **10 €**
								- Frais fixes : 300 / 20 = **15 €**
								- Temps : 1,5 × 18 = **27 €**

								Prix de revient : **52 €**. Avec une marge de 20 %, prix de vente conseillé : \
								**62,40 € HT**.""")));

		shelf.add(published("prospection-telephonique", ResourceKind.DOCUMENT, LUCAS, INES, 30, content(
				"Préparer sa prospection téléphonique", "Trame d'appel et conseils de mise en situation.",
				"Se présenter en une phrase, poser les bonnes questions, obtenir un rendez-vous. "
						+ "La trame se télécharge et se complète avant la séance de phoning.",
				List.of(Theme.SALES), List.of(), Audience.MEMBERS)
			.withFiles(file("trame-appel-prospection.docx", DemoFiles.docx("Trame d'appel", List.of(
					Section.of("Se présenter", "Bonjour, je suis … de … Je vous appelle parce que …"),
					Section.of("Questionner", "Comment faites-vous aujourd'hui pour … ?",
							"Qu'est-ce qui vous ferait changer ?"),
					Section.of("Conclure", "Seriez-vous disponible mardi ou jeudi pour en parler 20 minutes ?")))))));

		shelf.add(published("statut-entrepreneur-salarie", ResourceKind.DOCUMENT, CAMILLE, LUCAS, 90, content(
				"Le statut d'entrepreneur-salarié en questions",
				"CAPE, CESA, protection sociale, rémunération : les réponses aux questions les plus fréquentes.",
				"Le contrat d'appui au projet d'entreprise (CAPE) permet de tester son activité en gardant ses "
						+ "droits. Devenu entrepreneur-salarié, on bénéficie de la protection sociale des salariés.",
				List.of(Theme.LEGAL, Theme.PROJECT), List.of(), Audience.PUBLIC)
			.withFiles(file("statut-entrepreneur-salarie.pdf",
					DemoFiles.pdf("Le statut d'entrepreneur-salarié", List.of(
							Section.of("Le CAPE",
									"Le contrat d'appui au projet d'entreprise dure jusqu'à trois ans. Vous "
											+ "testez votre activité sous le numéro SIRET de la coopérative, "
											+ "en gardant vos allocations."),
							Section.of("Le CESA",
									"Dès que votre chiffre d'affaires le permet, vous signez un contrat "
											+ "d'entrepreneur-salarié associé : vous êtes salarié de la "
											+ "coopérative et percevez un salaire tiré de votre activité."),
							Section.of("Devenir associé",
									"Dans les trois ans suivant le CESA, vous devenez associé : une personne, "
											+ "une voix à l'assemblée générale.")))))));

		shelf.add(reviewAgain(published("bpifrance-creation", ResourceKind.LINK, LUCAS, INES, 120,
				new ResourceContent("Bpifrance Création", "Fiches pratiques sur la création d'activité par secteur.",
						"Le site de référence pour les études de marché sectorielles et les aides à la création.",
						List.of(Theme.FINANCING, Theme.PROJECT), List.of(), Audience.MEMBERS,
						"https://bpifrance-creation.fr", List.of(), List.of(), null)),
				INES, LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Paris"))).minusDays(2)));

		shelf.add(published("chambre-metiers-artisanat", ResourceKind.LINK, INES, LUCAS, 100,
				new ResourceContent("Chambre de métiers et de l'artisanat Auvergne-Rhône-Alpes",
						"Formalités, formations et salons des métiers d'art et de l'artisanat.",
						"Utile pour les créateurs de bijoux, de mobilier et de vêtements : stages, "
								+ "calendrier des salons, aides régionales.",
						List.of(Theme.PRODUCTION, Theme.LEGAL),
						List.of(Sector.CRAFTS, Sector.JEWELLERY, Sector.FURNITURE, Sector.CLOTHING), Audience.MEMBERS,
						"https://www.cma-auvergnerhonealpes.fr", List.of(), List.of(), null)));

		shelf.add(published("vendre-produits-alimentaires", ResourceKind.SECTOR_GUIDE, LUCAS, INES, 75,
				content("Vendre des produits alimentaires : hygiène et étiquetage",
						"Ce qu'il faut savoir avant de vendre ses confitures, biscuits ou plats cuisinés.", """
								- Déclaration auprès de la DDPP avant toute vente
								- Formation **hygiène alimentaire** (14 heures) recommandée
								- Étiquette : dénomination, ingrédients, allergènes en gras, poids, date, \
								nom et adresse du fabricant""", List.of(Theme.LEGAL, Theme.PRODUCTION),
						List.of(Sector.FOOD), Audience.MEMBERS)));

		shelf.add(published("parcours-dans-la-cooperative", ResourceKind.DOCUMENT, CAMILLE, INES, 150,
				content("Votre parcours dans la coopérative",
						"De la réunion d'information au statut d'associé, les étapes en un coup d'œil.",
						"Chaque étape est préparée avec votre accompagnateur lors des entretiens individuels.",
						List.of(Theme.PROJECT), List.of(), Audience.PUBLIC)
					.withFiles(file("parcours-cooperative.png", DemoFiles.journeyPicture()))));

		shelf.add(published("minuteur-pitch", ResourceKind.MULTIMEDIA, INES, LUCAS, 20,
				content("Minuteur sonore : le pitch d'une minute",
						"Un bip pour commencer, deux bips à 50 secondes, un long bip à la minute.",
						"À utiliser pendant l'atelier « Se présenter en une minute » ou pour s'entraîner seul.",
						List.of(Theme.SALES, Theme.COMMUNICATION), List.of(), Audience.MEMBERS)
					.withFiles(file("minuteur-pitch.wav", DemoFiles.pitchTimer()))));

		shelf.add(published("kit-accompagnateur-deroule", ResourceKind.TRAINING, CAMILLE, LUCAS, 200,
				new ResourceContent("Kit de formation : déroulé des ateliers",
						"Déroulés, supports et grilles d'évaluation des ateliers collectifs (version validée).",
						"Réservé aux accompagnateurs : objectifs pédagogiques, timing, supports et évaluation "
								+ "de chaque atelier.",
						List.of(Theme.TEACHING), List.of(), Audience.COACHES, null, List.of(),
						List.of(new ModuleStep("Accueil et tour de table (15 min)",
								"Chacun se présente en une minute avec le minuteur.", "minuteur-pitch"),
								new ModuleStep("Apport théorique (45 min)", "Le support de l'atelier, à projeter.",
										null),
								new ModuleStep("Évaluation (15 min)",
										"Grille remise à chaque participant ; synthèse à l'équipe.", null)),
						null)));

		// contributions at every stage
		Instant draftAt = now.minus(Duration.ofDays(3));
		shelf.add(Resource.imported("fournisseurs-tissus-bio", ResourceKind.DOCUMENT, THEO.name(),
				content("Mes fournisseurs de tissus bio en Savoie",
						"Trois fournisseurs de lin et de laine, leurs conditions et leurs délais.",
						"Brouillon : il manque encore les conditions de livraison.", List.of(Theme.PRODUCTION),
						List.of(Sector.CLOTHING), Audience.MEMBERS),
				Moderation.create(THEO, draftAt), draftAt));

		Instant submittedAt = now.minus(Duration.ofDays(1));
		shelf.add(Resource.imported("reussir-son-marche-de-noel", ResourceKind.DOCUMENT, MARIE.name(),
				content("Réussir son premier marché de Noël",
						"Ma liste de préparation, testée sur trois marchés en Haute-Savoie.", """
								- S'inscrire dès septembre : les bonnes places partent vite
								- Prévoir un stock de **petits prix** (moins de 25 €)
								- Un terminal de paiement par carte : la moitié des ventes""", List.of(Theme.SALES),
						List.of(Sector.JEWELLERY, Sector.CRAFTS), Audience.MEMBERS),
				Moderation.create(MARIE, submittedAt.minus(Duration.ofHours(2))).submit(MARIE, submittedAt),
				submittedAt));

		Instant rejectedAt = now.minus(Duration.ofDays(5));
		shelf.add(Resource.imported("logo-gratuit-en-cinq-minutes", ResourceKind.LINK, THEO.name(),
				new ResourceContent("Un logo gratuit en cinq minutes", "Le site que j'ai utilisé pour mon logo.",
						"Très simple, on choisit un modèle et on télécharge.", List.of(Theme.COMMUNICATION), List.of(),
						Audience.MEMBERS, "https://logo-express.example.com", List.of(), List.of(), null),
				Moderation.create(THEO, rejectedAt.minus(Duration.ofDays(1)))
					.submit(THEO, rejectedAt.minus(Duration.ofHours(20)))
					.reject(INES,
							"Ce site fait payer le téléchargement en haute définition après l'essai, et les logos "
									+ "ne sont pas libres de droits. Proposez plutôt un outil libre comme Inkscape, "
									+ "avec un tutoriel.",
							rejectedAt),
				rejectedAt));

		shelf.add(mariesBooklet(shelf.get(0).working(), now));

		shelf.forEach(this.service::publish);
		logger.info("Demo resources loaded: " + shelf.size());
	}

	/**
	 * Marie's own copy of the online booklet, half filled, not yet shared with Lucas.
	 */
	private static Resource mariesBooklet(ResourceContent booklet, Instant now) {
		Instant copiedAt = now.minus(Duration.ofDays(10));
		return Resource.importedCopy(MARIES_BOOKLET, MARIE.name(),
				new ResourceContent(booklet.title(), booklet.summary(), booklet.body(), booklet.themes(),
						booklet.sectors(), Audience.PERSONAL, null, List.of(), List.of(), null, booklet.form(), null),
				Moderation.create(MARIE, copiedAt), BOOKLET,
				FilledForm.answered(DemoTools.mariesAnswers(), now.minus(Duration.ofDays(2))), copiedAt);
	}

	/**
	 * A demo centre loaded before online templates: its booklet and its monthly follow-up
	 * become online ones too and Marie gets her half-filled copy of the booklet (once).
	 */
	private void onlineBooklet() {
		this.resources.findBySlug(FOLLOW_UP)
			.filter((followUp) -> followUp.working().form() == null)
			.ifPresent((followUp) -> {
				followUp.giveDemoForm(DemoTools.monthlyFollowUp());
				this.resources.save(followUp);
			});
		this.resources.findBySlug(BOOKLET)
			.filter((booklet) -> booklet.working().form() == null)
			.ifPresent((booklet) -> {
				booklet.giveDemoForm(DemoTools.creatorsBooklet());
				Resource saved = this.resources.save(booklet);
				if (!this.resources.existsBySlug(MARIES_BOOKLET)) {
					this.service.publish(mariesBooklet(saved.working(), this.clock.instant()));
				}
				logger.info("Demo creator's booklet made an online template");
			});
	}

	private Resource published(String slug, ResourceKind kind, Actor author, Actor reviewer, int daysAgo,
			ResourceContent content) {
		Instant at = this.clock.instant().minus(Duration.ofDays(daysAgo));
		Moderation moderation = Moderation.create(author, at)
			.submit(author, at.plus(Duration.ofHours(1)))
			.validate(reviewer, at.plus(Duration.ofDays(1)));
		return Resource.imported(slug, kind, author.name(), content, moderation, at.plus(Duration.ofDays(1)));
	}

	private Resource reviewAgain(Resource resource, Actor reviewer, LocalDate date) {
		return Resource.imported(resource.slug(), resource.kind(), resource.ownerName(), resource.working(),
				resource.moderation().reviewAgainBy(date, reviewer, resource.updatedAt()), resource.updatedAt());
	}

	private static ResourceContent content(String title, String summary, String body, List<Theme> themes,
			List<Sector> sectors, Audience audience) {
		return new ResourceContent(title, summary, body, themes, sectors, audience, null, List.of(), List.of(), null);
	}

	private List<ResourceFile> file(String name, byte[] bytes) {
		StoredFile stored = this.uploads.store(new ByteArrayInputStream(bytes), name, bytes.length, this.policy,
				Map.of("demo", true));
		return List.of(new ResourceFile(stored.id(), stored.name(), stored.mediaType(), stored.size(),
				stored.thumbnailId(), this.clock.instant()));
	}

}
