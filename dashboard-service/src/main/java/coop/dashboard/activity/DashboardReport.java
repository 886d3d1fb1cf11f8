package coop.dashboard.activity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import coop.dashboard.export.Report;
import coop.dashboard.export.Report.Column;
import coop.dashboard.export.ReportFormats;

/**
 * An entrepreneur's dashboard as a document: what the screen shows, table by table, with
 * "chiffres au" and where each month's figures come from.
 */
final class DashboardReport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private DashboardReport() {
	}

	static Report of(ActivityDashboard dashboard, String name, LocalDate today) {
		List<String> about = new ArrayList<>();
		about.add(name);
		about.add((dashboard.figuresAsOf() != null) ? "Chiffres au " + DAY.format(dashboard.figuresAsOf())
				: "Aucune comptabilité importée à ce jour");
		about.add("Édité le " + DAY.format(today));
		List<Report.Table> tables = new ArrayList<>();
		Report.TableBuilder months = new Report.TableBuilder("Activité des douze derniers mois")
			.column("Mois", Column.TEXT)
			.column("Chiffre d'affaires HT", Column.EUROS)
			.column("Charges", Column.EUROS)
			.column("Marge", Column.EUROS)
			.column("Heures travaillées", Column.NUMBER)
			.column("Heures de formation", Column.NUMBER)
			.column("Source", Column.TEXT);
		for (ActivityDashboard.Month m : dashboard.months()) {
			months.row(m.month(), m.revenue(), m.expenses(), m.margin(), m.hoursWorked(), m.trainingHours(),
					source(m.source()));
		}
		tables.add(
				months
					.note("Source : « comptabilité » pour les mois importés, « saisi » pour les chiffres "
							+ "saisis dans le formulaire mensuel.")
					.build());
		ActivityDashboard.Totals now = dashboard.yearToDate();
		ActivityDashboard.Totals before = dashboard.lastYearToDate();
		tables.add(new Report.TableBuilder("Depuis le début de l'année").column("Période", Column.TEXT)
			.column("Chiffre d'affaires HT", Column.EUROS)
			.column("Charges", Column.EUROS)
			.column("Marge", Column.EUROS)
			.column("Heures travaillées", Column.NUMBER)
			.row("Cette année", now.revenue(), now.expenses(), now.margin(), now.hoursWorked())
			.row("Mêmes mois l'an dernier", before.revenue(), before.expenses(), before.margin(), before.hoursWorked())
			.row("Prévision à la fin de l'année", dashboard.forecast().revenueAtYearEnd(), null, null, null)
			.note("Prévision : le chiffre d'affaires des mois clos plus, pour chaque mois restant, la moyenne des "
					+ "trois derniers mois clos ("
					+ ReportFormats.readable(dashboard.forecast().monthlyAverage(), Column.EUROS) + ").")
			.build());
		Report.TableBuilder treasury = new Report.TableBuilder("Trésorerie").column("Poste", Column.TEXT)
			.column("Solde", Column.EUROS);
		dashboard.treasury()
			.lines()
			.stream()
			.filter((l) -> !l.future())
			.forEach((l) -> treasury.row(l.label(), l.balance()));
		treasury.row("Trésorerie de référence", dashboard.treasury().reference());
		dashboard.treasury()
			.lines()
			.stream()
			.filter(ActivityDashboard.Treasury.Line::future)
			.forEach((l) -> treasury.row(l.label(), l.balance()));
		treasury.row("Trésorerie future", dashboard.treasury().future());
		tables.add(treasury.note("Ce qui reste à payer apparaît en négatif.").build());
		ActivityDashboard.Sales sales = dashboard.sales();
		tables.add(new Report.TableBuilder("Devis et factures").column("", Column.TEXT)
			.column("Nombre", Column.NUMBER)
			.column("Montant", Column.EUROS)
			.row("Devis envoyés cette année", sales.quotesSent(), sales.quotesSentAmount())
			.row("Devis signés cette année", sales.quotesSigned(), sales.quotesSignedAmount())
			.row("Factures impayées", sales.invoicesUnpaid(), sales.unpaidAmount())
			.row("Factures en retard (plus de " + sales.lateAfterDays() + " jours)", sales.invoicesLate(),
					sales.lateAmount())
			.build());
		if (!sales.late().isEmpty()) {
			Report.TableBuilder late = new Report.TableBuilder("Factures en retard").column("Numéro", Column.TEXT)
				.column("Client", Column.TEXT)
				.column("Date", Column.TEXT)
				.column("Reste dû", Column.EUROS)
				.column("Jours de retard", Column.NUMBER);
			sales.late().forEach((i) -> late.row(i.number(), i.customer(), i.issuedOn(), i.amountDue(), i.daysLate()));
			tables.add(late.build());
		}
		Report.TableBuilder objectives = new Report.TableBuilder("Objectifs de la convention")
			.column("Objectif", Column.TEXT)
			.column("Cible", Column.EUROS)
			.column("Atteint", Column.EUROS)
			.column("Avancement", Column.PERCENT)
			.column("Temps écoulé", Column.PERCENT)
			.column("Échéance", Column.TEXT);
		for (ActivityDashboard.Objective o : dashboard.objectives()) {
			objectives.row(o.label(), o.target(), o.achieved(), o.progress(),
					"REVENUE".equals(o.kind()) ? o.expected() : null, o.dueOn());
		}
		tables.add(objectives.build());
		return new Report("tableau-de-bord-" + slug(name) + "-" + today, "Tableau de bord d'activité", about, tables);
	}

	private static String source(String source) {
		return switch (source) {
			case "IMPORTED" -> "comptabilité";
			case "TYPED" -> "saisi";
			default -> "aucun chiffre";
		};
	}

	private static String slug(String name) {
		String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return plain.isEmpty() ? "entrepreneur" : plain;
	}

}
