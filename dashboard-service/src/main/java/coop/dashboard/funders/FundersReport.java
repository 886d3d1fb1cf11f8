package coop.dashboard.funders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import coop.dashboard.export.Report;
import coop.dashboard.export.Report.Column;
import coop.dashboard.export.ReportFormats;

/**
 * The funders' view as a document, with what a hidden cell means.
 */
final class FundersReport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String HIDDEN = "Une case vide : moins de 5 personnes (rien n'est publié sur un si petit "
			+ "groupe).";

	private FundersReport() {
	}

	static Report of(FunderFigures figures, LocalDate today) {
		String period = "Période : " + ReportFormats.readable(figures.from(), Column.TEXT) + " à "
				+ ReportFormats.readable(figures.to(), Column.TEXT);
		String antenna = "Antenne : " + ((figures.antenna() != null) ? figures.antenna() : "toute la coopérative");
		Report.TableBuilder stages = new Report.TableBuilder("Personnes par étape du parcours (à la fin de la période)")
			.column("Étape", Column.TEXT)
			.column("Personnes", Column.NUMBER);
		figures.stages().forEach((group) -> stages.row(group.label(), group.people()));
		Report.TableBuilder bands = new Report.TableBuilder("Entrepreneurs par chiffre d'affaires sur la période")
			.column("Tranche", Column.TEXT)
			.column("Entrepreneurs", Column.NUMBER);
		figures.revenueBands().forEach((group) -> bands.row(group.label(), group.people()));
		FunderFigures.Training training = figures.training();
		Report.Table workshops = new Report.TableBuilder("Ateliers et réunions d'information").column("", Column.TEXT)
			.column("Valeur", Column.NUMBER)
			.row("Ateliers tenus", training.workshops())
			.row("Heures d'ateliers tenues", training.workshopHours())
			.row("Personnes présentes à un atelier au moins", training.attendees())
			.row("Heures de formation suivies (toutes personnes)", training.traineeHours())
			.row("Taux de présence aux ateliers (%)", training.attendanceRate())
			.row("Réunions d'information tenues", training.informationMeetings())
			.row("Taux de présence aux réunions d'information (%)", training.meetingAttendanceRate())
			.note(HIDDEN)
			.build();
		Report.TableBuilder funnel = new Report.TableBuilder(
				"Parcours d'entrée : orientation → réunion d'information → premier entretien → CAPE → CESA")
			.column("Orientés par", Column.TEXT)
			.column("Orientés", Column.NUMBER)
			.column("Venus en réunion", Column.NUMBER)
			.column("% venus", Column.PERCENT)
			.column("Jours jusqu'à la réunion", Column.NUMBER)
			.column("Premier entretien", Column.NUMBER)
			.column("% entretien", Column.PERCENT)
			.column("Jours jusqu'à l'entretien", Column.NUMBER)
			.column("CAPE", Column.NUMBER)
			.column("% CAPE", Column.PERCENT)
			.column("Jours jusqu'au CAPE", Column.NUMBER)
			.column("CESA", Column.NUMBER)
			.column("% CESA", Column.PERCENT)
			.column("Jours jusqu'au CESA", Column.NUMBER);
		for (FunderFigures.FunnelRow row : concat(figures.funnel(), figures.funnelTotal())) {
			funnel.row(row.label(), row.referred(), row.attendedMeeting(), row.meetingRate(), row.daysToMeeting(),
					row.firstInterview(), row.interviewRate(), row.daysToInterview(), row.cape(), row.capeRate(),
					row.daysToCape(), row.cesa(), row.cesaRate(), row.daysToCesa());
		}
		funnel
			.note("Chaque taux rapporte une étape à la précédente ; les délais sont des médianes en jours. " + HIDDEN);
		return new Report("chiffres-financeurs-" + figures.from() + "-" + figures.to(),
				"Chiffres de la coopérative pour ses financeurs",
				List.of(antenna, period, "Édité le " + DAY.format(today)),
				List.of(stages.note(HIDDEN).build(), bands.note(HIDDEN).build(), workshops, funnel.build()));
	}

	private static List<FunderFigures.FunnelRow> concat(List<FunderFigures.FunnelRow> rows,
			FunderFigures.FunnelRow total) {
		return java.util.stream.Stream.concat(rows.stream(), java.util.stream.Stream.of(total)).toList();
	}

}
