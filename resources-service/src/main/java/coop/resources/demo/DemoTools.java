package coop.resources.demo;

import java.util.List;
import java.util.Map;

import coop.resources.library.QuestionType;
import coop.resources.library.TemplateForm;
import coop.resources.library.TemplateForm.FormQuestion;
import coop.resources.library.TemplateForm.FormSection;

/**
 * The online creator's booklet of the demo (its sections and questions) and Marie's
 * answers to its first half.
 */
final class DemoTools {

	private DemoTools() {
	}

	static TemplateForm creatorsBooklet() {
		return new TemplateForm(List.of(new FormSection("projet", "1. Le projet et son porteur",
				"Quelques phrases suffisent : vous y reviendrez.",
				List.of(text("activite", "Votre activité en une phrase : que vendez-vous, à qui ?"),
						longText("parcours", "Votre parcours : formation, expériences, ce qui vous amène à créer"),
						new FormQuestion("demarrage", "Date de démarrage envisagée", QuestionType.DATE, null,
								List.of()))),
				new FormSection("marche", "2. L'étude de marché", null,
						List.of(longText("clients", "Qui sont vos clients ? Combien sont-ils ? Où les trouvez-vous ?"),
								longText("concurrents", "Qui sont vos concurrents ? Quels sont leurs prix ?"))),
				new FormSection("offre", "3. L'offre et les prix", null,
						List.of(longText("produits", "Vos produits ou services et leur prix de vente"),
								number("prix-moyen", "Prix de vente moyen d'un produit (€ HT)"))),
				new FormSection("previsionnel", "4. Le prévisionnel", "Sur trois ans, en euros hors taxes.",
						List.of(number("ca-annee-1", "Chiffre d'affaires de la première année (€)"),
								number("charges-annee-1", "Charges de la première année (€)"),
								new FormQuestion("statut-vise", "Le contrat que vous visez", QuestionType.CHOICE, null,
										List.of("CAPE", "CESA", "Je ne sais pas encore")))),
				new FormSection("actions", "5. Le plan d'action commercial", null, List.of(longText("actions",
						"Vos actions des six prochains mois : salons, prospection, " + "réseaux, site web")))));
	}

	/** The month's figures and news, to fill in before each meeting with one's coach. */
	static TemplateForm monthlyFollowUp() {
		return new TemplateForm(List.of(
				new FormSection("mois", "Le mois", null,
						List.of(new FormQuestion("fin-de-mois", "Dernier jour du mois suivi", QuestionType.DATE, null,
								List.of()))),
				new FormSection("chiffres", "Les chiffres du mois", "En euros hors taxes, et en heures.",
						List.of(number("chiffre-affaires", "Chiffre d'affaires encaissé (€)"),
								number("depenses", "Dépenses payées (€)"), number("heures", "Heures travaillées"))),
				new FormSection("bilan", "Le bilan", null,
						List.of(longText("faits-marquants", "Ce qui a marché, ce qui a coincé"),
								new FormQuestion("besoin-aide", "Avez-vous besoin d'un rendez-vous avant le prochain ?",
										QuestionType.CHOICE, null, List.of("Oui", "Non"))))));
	}

	/** The first two sections and a price: the rest is still to write. */
	static Map<String, String> mariesAnswers() {
		return Map.of("activite", "Des bijoux en argent recyclé, vendus sur les marchés de créateurs de Haute-Savoie.",
				"parcours",
				"Dix ans de vente en bijouterie à Annecy, puis un CAP de bijoutière en 2024. "
						+ "Je veux travailler des métaux de récupération.",
				"demarrage", "2026-02-02", "clients",
				"Des femmes de 30 à 55 ans qui achètent des cadeaux sur les marchés de Noël et d'été.", "prix-moyen",
				"62,40");
	}

	private static FormQuestion text(String key, String label) {
		return new FormQuestion(key, label, QuestionType.TEXT, null, List.of());
	}

	private static FormQuestion longText(String key, String label) {
		return new FormQuestion(key, label, QuestionType.LONG_TEXT, null, List.of());
	}

	private static FormQuestion number(String key, String label) {
		return new FormQuestion(key, label, QuestionType.NUMBER, null, List.of());
	}

}
