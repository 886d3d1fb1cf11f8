package coop.events.consent;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a consent text, as stored.
 *
 * @param version 1, 2… per purpose
 * @param publishedAt since when it is the one the forms show
 */
public record ConsentVersion(UUID id, ConsentPurpose purpose, int version, String statement, String notice,
		Instant publishedAt) {
}
