package coop.members.coach;

import org.jspecify.annotations.Nullable;

/** A coach who agreed to appear on the public site. */
record PublicCoach(String name, String speciality, @Nullable String presentation, @Nullable String antennaCode,
		@Nullable String antennaName, @Nullable CoachPhotoView photo) {
}
