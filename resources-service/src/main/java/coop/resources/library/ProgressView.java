package coop.resources.library;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How far a person is in one training module.
 *
 * @param steps how many steps the module has now
 * @param done the step numbers done, from 0, in order
 * @param updatedAt when a step was last marked, or {@code null} when none was
 */
public record ProgressView(String resourceId, String slug, String title, int steps, List<Integer> done,
		@Nullable Instant updatedAt) {
}
