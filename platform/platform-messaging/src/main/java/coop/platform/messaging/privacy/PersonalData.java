package coop.platform.messaging.privacy;

import java.util.List;
import java.util.Map;

/**
 * Everything a service holds about a person, and how it goes: the one bean a service
 * declares to take part in GDPR requests. {@link PrivacyAutoConfiguration} then consumes
 * {@code members.privacy.requested} on its queue ({@code <application>.privacy} unless
 * {@code coop.personal-data.queue} says otherwise), runs each request once through the
 * inbox and answers {@code privacy.request.answered} (on PostgreSQL through the outbox,
 * in the inbox's transaction; on MongoDB in a document of its own, written once).
 * <p>
 * Neither summary may name the person: answers wait in outboxes and queues.
 */
public interface PersonalData {

	/**
	 * The service's part of the person's data.
	 */
	Exported export(DataSubject person);

	/**
	 * Deletes the person's data, or replaces them by a pseudonym where a record counts in
	 * reports. On PostgreSQL within the caller's transaction; on MongoDB every step must
	 * be idempotent (the inbox may run it again after a failure).
	 */
	Erased erase(DataSubject person);

	/** How many items the list at that key of an export part holds (0 when none). */
	static int count(Map<String, ?> part, String key) {
		return (part.get(key) instanceof List<?> list) ? list.size() : 0;
	}

	/**
	 * What an export gives.
	 *
	 * @param part plain JSON data (objects, lists, strings, numbers, booleans) named in
	 * English, files listed by name, size and date; empty when the service holds nothing
	 * @param summary a short French sentence for the archive's summary
	 */
	record Exported(Map<String, Object> part, String summary) {
	}

	/**
	 * What an erasure did.
	 *
	 * @param deleted records deleted
	 * @param anonymised records kept for reports with the person replaced by a pseudonym
	 * @param summary a short French sentence for the staff screen
	 */
	record Erased(int deleted, int anonymised, String summary) {
	}

}
