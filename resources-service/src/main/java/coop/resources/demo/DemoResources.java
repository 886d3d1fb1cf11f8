package coop.resources.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import coop.resources.ResourcesProperties;
import coop.resources.library.Resource;
import coop.resources.library.ResourceService;
import coop.resources.library.Resources;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A first shelf of the resource centre: the cooperative's own tools, training contents
 * and selected sites.
 */
@Component
class DemoResources implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoResources.class);

	private final Resources resources;

	private final ResourceService service;

	private final ResourcesProperties properties;

	private final Clock clock;

	DemoResources(Resources resources, ResourceService service, ResourcesProperties properties, Clock clock) {
		this.resources = resources;
		this.service = service;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demoData() || this.resources.count() > 0) {
			return;
		}
		Instant now = this.clock.instant();
		List<Resource> shelf = List.of(new Resource(null, "livret-du-createur", "TEMPLATE", "Livret du créateur",
				"Le fil conducteur de votre parcours dans la coopérative, de l'idée au premier chiffre d'affaires.",
				"Présentation du projet, étude de marché, offre et prix, prévisionnel, plan d'action commercial. "
						+ "À compléter avec votre accompagnateur au fil des entretiens individuels.",
				"Gestion", List.of("parcours", "prévisionnel"), "members", null, null, now),
				new Resource(null, "modele-suivi-activite", "TEMPLATE", "Modèle de suivi d'activité",
						"Tableur pour suivre chaque mois votre chiffre d'affaires, vos dépenses et vos heures.",
						"Le modèle calcule votre marge et le reste à vivre. Renseignez-le avant chaque entretien.",
						"Gestion", List.of("tableau de bord", "chiffre d'affaires"), "members", null, null, now),
				new Resource(null, "fixer-ses-prix", "TRAINING", "Fixer ses prix : la méthode en quatre étapes",
						"Support de l'atelier collectif sur le calcul du prix de revient et de la marge.",
						"Calculer ses coûts, estimer son temps, connaître les prix du marché, décider de sa stratégie. "
								+ "Exercices corrigés pour les artisans et pour les prestataires de services.",
						"Commercial", List.of("prix", "marge", "atelier"), "members", null, null, now),
				new Resource(null, "prospection-telephonique", "TRAINING", "Préparer sa prospection téléphonique",
						"Trame d'appel et exercices de mise en situation.",
						"Se présenter en une phrase, poser les bonnes questions, obtenir un rendez-vous.", "Commercial",
						List.of("prospection", "clients"), "members", null, null, now),
				new Resource(null, "statut-entrepreneur-salarie", "DOCUMENT",
						"Le statut d'entrepreneur-salarié en questions",
						"CAPE, CESA, protection sociale, rémunération : les réponses aux questions les plus fréquentes.",
						"Le contrat d'appui au projet d'entreprise (CAPE) permet de tester son activité en gardant ses droits. "
								+ "Devenu entrepreneur-salarié associé, on bénéficie de la protection sociale des salariés.",
						"Juridique", List.of("CAPE", "statut"), "public", null, null, now),
				new Resource(null, "bpifrance-creation", "LINK", "Bpifrance Création",
						"Fiches pratiques sur la création d'activité par secteur.",
						"Site de référence pour les études de marché sectorielles et les aides à la création.",
						"Documentation", List.of("secteurs", "aides"), "members", "https://bpifrance-creation.fr", null,
						now),
				new Resource(null, "kit-accompagnateur-deroule", "TRAINING", "Kit de formation : déroulé des ateliers",
						"Déroulés, supports et grilles d'évaluation des ateliers collectifs (version validée).",
						"Réservé aux accompagnateurs : objectifs pédagogiques, timing, supports et évaluation de chaque atelier.",
						"Formation", List.of("kit", "accompagnement"), "coaches", null, null, now));
		shelf.forEach(this.service::publish);
		logger.info("Demo resources loaded: " + shelf.size());
	}

}
