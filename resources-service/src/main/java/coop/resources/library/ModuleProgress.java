package coop.resources.library;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The steps of one training module a person has done ({@code _id}
 * {@code <subject>:<resource id>}): the step numbers from 0, in order.
 */
@Document("module_progress")
record ModuleProgress(@Id String id, @Indexed String subject, String resourceId, List<Integer> done,
		Instant updatedAt) {

	static String idOf(String subject, String resourceId) {
		return subject + ":" + resourceId;
	}

}
