package coop.platform.messaging.retention;

import java.time.Instant;
import java.util.function.ToIntFunction;

import coop.platform.contracts.privacy.RetentionKind;

/**
 * What a service deletes of one kind of data: a bean of the service; the platform's
 * {@link RetentionJob} runs every rule with the date before which that kind goes.
 */
public interface RetentionRule {

	RetentionKind kind();

	/**
	 * Deletes the records of this kind older than {@code before}, in the job's
	 * transaction.
	 * @return how many were deleted
	 */
	int deleteBefore(Instant before);

	static RetentionRule of(RetentionKind kind, ToIntFunction<Instant> delete) {
		return new RetentionRule() {

			@Override
			public RetentionKind kind() {
				return kind;
			}

			@Override
			public int deleteBefore(Instant before) {
				return delete.applyAsInt(before);
			}

		};
	}

}
