package coop.members.retention;

import java.time.Clock;

import coop.platform.contracts.privacy.RetentionApplied;

import org.springframework.stereotype.Service;

/**
 * The report of every retention run, of every service: kept for staff (two years of them;
 * counts only, no personal data). members-service's own deletions (expired export
 * archives) are recorded here directly; the other services' arrive as
 * {@code privacy.retention.applied}.
 */
@Service
public class RetentionReports {

	static final java.time.Duration KEPT = java.time.Duration.ofDays(730);

	private final RetentionRuns runs;

	private final Clock clock;

	RetentionReports(RetentionRuns runs, Clock clock) {
		this.runs = runs;
		this.clock = clock;
	}

	/** Keeps the run (once: its id is the document's). */
	public void record(RetentionApplied applied) {
		this.runs.save(RetentionRun.of(applied));
		this.runs.deleteByRanAtBefore(this.clock.instant().minus(KEPT));
	}

}
