package coop.dashboard.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import coop.dashboard.export.ReportFormats;
import coop.dashboard.people.PeopleDirectory;
import coop.platform.web.security.CurrentUser;
import coop.platform.messaging.cooperative.CooperativeCopy;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dashboards, each readable only by its owner, the coach who follows them and staff
 * ({@link EntrepreneurAccess}), on screen, as CSV and as PDF; and the monthly figures
 * typed where no accounting is imported.
 */
@RestController
class ActivityController {

	private final ActivityQuery activity;

	private final EntrepreneurAccess access;

	private final PeopleDirectory directory;

	private final TypedFigures typed;

	private final Clock clock;

	private final CooperativeCopy cooperative;

	ActivityController(ActivityQuery activity, EntrepreneurAccess access, PeopleDirectory directory, TypedFigures typed,
			Clock clock, CooperativeCopy cooperative) {
		this.cooperative = cooperative;
		this.activity = activity;
		this.access = access;
		this.directory = directory;
		this.typed = typed;
		this.clock = clock;
	}

	@GetMapping("/api/dashboard/me")
	ActivityDashboard mine(CurrentUser user) {
		return this.activity.dashboardOf(user.subject());
	}

	@GetMapping("/api/dashboard/me/export.csv")
	ResponseEntity<byte[]> mineAsCsv(CurrentUser user) {
		return ReportFormats.csvDownload(report(user.subject(), nameOf(user)));
	}

	@GetMapping("/api/dashboard/me/export.pdf")
	ResponseEntity<byte[]> mineAsPdf(CurrentUser user) {
		return ReportFormats.pdfDownload(this.cooperative.current(), report(user.subject(), nameOf(user)));
	}

	@GetMapping("/api/dashboard/entrepreneurs/{subject}")
	ActivityDashboard of(CurrentUser user, @PathVariable String subject) {
		return this.activity.dashboardOf(this.access.readable(user, subject).subject());
	}

	@GetMapping("/api/dashboard/entrepreneurs/{subject}/export.csv")
	ResponseEntity<byte[]> ofAsCsv(CurrentUser user, @PathVariable String subject) {
		PeopleDirectory.Entry entrepreneur = this.access.readable(user, subject);
		return ReportFormats.csvDownload(report(entrepreneur.subject(), entrepreneur.name()));
	}

	@GetMapping("/api/dashboard/entrepreneurs/{subject}/export.pdf")
	ResponseEntity<byte[]> ofAsPdf(CurrentUser user, @PathVariable String subject) {
		PeopleDirectory.Entry entrepreneur = this.access.readable(user, subject);
		return ReportFormats.pdfDownload(this.cooperative.current(),
				report(entrepreneur.subject(), entrepreneur.name()));
	}

	/**
	 * Types one month's figures of an entrepreneur the caller follows (coach) or manages
	 * (staff); the month then shows them, marked as typed, unless the accounting has
	 * figures for it.
	 */
	@PutMapping("/api/dashboard/entrepreneurs/{subject}/typed-figures/{month}")
	ActivityDashboard.Month type(CurrentUser user, @PathVariable String subject, @PathVariable YearMonth month,
			@Valid @RequestBody TypedFiguresRequest figures) {
		PeopleDirectory.Entry entrepreneur = this.access.readable(user, subject);
		this.typed.save(entrepreneur.subject(), month, figures, user.subject());
		return this.activity.month(entrepreneur.subject(), month);
	}

	private coop.dashboard.export.Report report(String subject, String name) {
		return DashboardReport.of(this.activity.dashboardOf(subject), name,
				LocalDate.now(this.clock.withZone(ActivityQuery.PARIS)));
	}

	private String nameOf(CurrentUser user) {
		return this.directory.find(user.subject())
			.map(PeopleDirectory.Entry::name)
			.orElse((user.name() != null) ? user.name() : user.username());
	}

}
