package coop.members.coach;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The coach's own profile as they edit it.
 *
 * @param consentedAt when they accepted that it appears on the public site, or
 * {@code null}
 */
record CoachProfileResponse(String name, String speciality, @Nullable String presentation, boolean consent,
		@Nullable Instant consentedAt, @Nullable CoachPhotoView photo, @Nullable String antennaName) {
}
