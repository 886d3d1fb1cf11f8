package coop.resources.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What waits for coaches: submitted versions, oldest first, and published resources whose
 * "review again by" date has come.
 *
 * @param count how many versions wait for a decision (shown on the intranet home)
 */
public record ReviewQueue(long count, List<Waiting> waiting, List<DueAgain> dueAgain) {

	/**
	 * A version waiting for a decision.
	 *
	 * @param own whether the caller wrote it (then another reviewer decides)
	 * @param update whether an earlier version is online meanwhile
	 */
	public record Waiting(ResourceSummary resource, Instant submittedAt, String submittedBy, boolean own,
			boolean update) {
	}

	/** A published resource to look at again. */
	public record DueAgain(ResourceSummary resource, @Nullable LocalDate reviewBy) {
	}

}
