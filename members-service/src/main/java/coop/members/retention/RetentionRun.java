package coop.members.retention;

import java.time.Instant;
import java.util.List;

import coop.platform.contracts.privacy.RetentionApplied;
import coop.platform.contracts.privacy.RetentionKind;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One run of a service's retention job as it told it: counts per kind, no personal data.
 * Its id is the run's, so a message handled twice is one run.
 */
@Document("retention_runs")
record RetentionRun(@Id String id, String service, @Indexed Instant ranAt, List<Removed> removed) {

	record Removed(RetentionKind kind, int count, Instant before) {
	}

	static RetentionRun of(RetentionApplied applied) {
		return new RetentionRun(applied.runId().toString(), applied.service(), applied.ranAt(),
				applied.removed()
					.stream()
					.filter((r) -> r.kind() != null)
					.map((r) -> new Removed(r.kind(), r.count(), r.before()))
					.toList());
	}

}
