package coop.members.retention;

import java.time.Instant;
import java.util.List;

import coop.members.cooperative.CooperativeService;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.contracts.privacy.RetentionKind;
import coop.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff read and set how long each kind of personal data is kept, and read what every
 * service's retention job removed.
 */
@RestController
class RetentionController {

	private final CooperativeService cooperative;

	private final RetentionRuns runs;

	RetentionController(CooperativeService cooperative, RetentionRuns runs) {
		this.cooperative = cooperative;
		this.runs = runs;
	}

	/**
	 * Days each kind of data is kept (see {@link CooperativeChanged.Retention}).
	 */
	record RetentionPeriods(
			@NotNull(message = "Indiquez une durée.") @Min(value = 1, message = "Au moins 1 jour.") @Max(value = 3650,
					message = "Au plus 3650 jours (10 ans).") Integer visitorRegistrations,
			@NotNull(message = "Indiquez une durée.") @Min(value = 1, message = "Au moins 1 jour.") @Max(value = 3650,
					message = "Au plus 3650 jours (10 ans).") Integer contactMessages,
			@NotNull(message = "Indiquez une durée.") @Min(value = 1, message = "Au moins 1 jour.") @Max(value = 3650,
					message = "Au plus 3650 jours (10 ans).") Integer sentMails,
			@NotNull(message = "Indiquez une durée.") @Min(value = 1, message = "Au moins 1 jour.") @Max(value = 3650,
					message = "Au plus 3650 jours (10 ans).") Integer reminders,
			@NotNull(message = "Indiquez une durée.") @Min(value = 1, message = "Au moins 1 jour.") @Max(value = 90,
					message = "Au plus 90 jours : l'archive d'un export n'est qu'un moyen de la remettre.") Integer exportArchives) {

		static RetentionPeriods of(CooperativeChanged.Retention retention) {
			return new RetentionPeriods(retention.visitorRegistrations(), retention.contactMessages(),
					retention.sentMails(), retention.reminders(), retention.exportArchives());
		}

		CooperativeChanged.Retention toRetention() {
			return new CooperativeChanged.Retention(this.visitorRegistrations, this.contactMessages, this.sentMails,
					this.reminders, this.exportArchives);
		}

	}

	/**
	 * @param periods the periods in force
	 * @param defaults the platform's defaults
	 * @param runs the latest runs of every service, newest first
	 */
	record RetentionResponse(RetentionPeriods periods, RetentionPeriods defaults, List<RunResponse> runs) {
	}

	/**
	 * @param service the service that deleted ({@code events-service}…)
	 * @param ranAt when
	 * @param removed records deleted per kind
	 */
	record RunResponse(String id, String service, Instant ranAt, List<RemovedResponse> removed) {
	}

	/**
	 * @param before records older than this date were deleted
	 */
	record RemovedResponse(RetentionKind kind, int count, Instant before) {
	}

	/**
	 * The periods in force, for the privacy notice (how long each kind of data is kept:
	 * the GDPR asks that people be told).
	 */
	@GetMapping("/api/members/public/retention")
	RetentionPeriods periods() {
		return RetentionPeriods.of(this.cooperative.current().retention());
	}

	@GetMapping("/api/members/staff/retention")
	RetentionResponse read(CurrentUser staff) {
		return response();
	}

	@PutMapping("/api/members/staff/retention")
	RetentionResponse change(CurrentUser staff, @Valid @RequestBody RetentionPeriods periods) {
		this.cooperative.retention(staff, periods.toRetention());
		return response();
	}

	private RetentionResponse response() {
		return new RetentionResponse(RetentionPeriods.of(this.cooperative.current().retention()),
				RetentionPeriods.of(CooperativeChanged.Retention.DEFAULTS),
				this.runs.findTop100ByOrderByRanAtDesc()
					.stream()
					.map((run) -> new RunResponse(run.id(), run.service(), run.ranAt(),
							run.removed()
								.stream()
								.map((r) -> new RemovedResponse(r.kind(), r.count(), r.before()))
								.toList()))
					.toList());
	}

}
