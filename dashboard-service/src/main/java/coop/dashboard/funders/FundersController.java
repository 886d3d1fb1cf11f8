package coop.dashboard.funders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import coop.dashboard.export.ReportFormats;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.security.CurrentUser;
import coop.platform.web.security.Roles;
import coop.platform.messaging.cooperative.CooperativeCopy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The funders' view, on screen, as CSV and as PDF. Funders and head-office staff choose
 * the antenna (none: the whole cooperative); staff of an antenna see theirs only. The
 * period defaults to this year up to this month.
 */
@RestController
class FundersController {

	private final FunderQuery query;

	private final Clock clock;

	private final String headOffice;

	private final CooperativeCopy cooperative;

	FundersController(FunderQuery query, Clock clock, @Value("${coop.head-office-antenna:seynod}") String headOffice,
			CooperativeCopy cooperative) {
		this.cooperative = cooperative;
		this.query = query;
		this.clock = clock;
		this.headOffice = headOffice;
	}

	@GetMapping("/api/dashboard/funders/figures")
	FunderFigures figures(CurrentUser user, @RequestParam(required = false) String antenna,
			@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to) {
		Request request = request(user, antenna, from, to);
		return this.query.figures(request.antenna(), request.from(), request.to());
	}

	@GetMapping("/api/dashboard/funders/figures.csv")
	ResponseEntity<byte[]> csv(CurrentUser user, @RequestParam(required = false) String antenna,
			@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to) {
		return ReportFormats.csvDownload(FundersReport.of(figures(user, antenna, from, to), today()));
	}

	@GetMapping("/api/dashboard/funders/figures.pdf")
	ResponseEntity<byte[]> pdf(CurrentUser user, @RequestParam(required = false) String antenna,
			@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to) {
		return ReportFormats.pdfDownload(this.cooperative.current(),
				FundersReport.of(figures(user, antenna, from, to), today()));
	}

	private record Request(String antenna, YearMonth from, YearMonth to) {
	}

	private Request request(CurrentUser user, String antenna, YearMonth from, YearMonth to) {
		YearMonth now = YearMonth.from(today());
		YearMonth last = (to != null) ? to : now;
		YearMonth first = (from != null) ? from : last.withMonth(1);
		if (first.isAfter(last)) {
			throw ProblemException.invalid("from", "Le début de la période doit précéder sa fin.");
		}
		if (first.plusYears(5).isBefore(last)) {
			throw ProblemException.invalid("from", "Une période de cinq ans au plus.");
		}
		String chosen = (antenna == null || antenna.isBlank()) ? null : antenna.strip();
		if (user.hasRole(Roles.FUNDER) || user.managesEveryAntenna(this.headOffice)) {
			return new Request(chosen, first, last);
		}
		// staff of an antenna
		if (chosen == null) {
			chosen = user.antennas().stream().sorted().findFirst().orElse(null);
		}
		if (chosen == null || !user.managesAntenna(chosen, this.headOffice)) {
			throw ProblemException.forbidden("Vous ne voyez que les chiffres de votre antenne.");
		}
		return new Request(chosen, first, last);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(FunderQuery.PARIS));
	}

}
