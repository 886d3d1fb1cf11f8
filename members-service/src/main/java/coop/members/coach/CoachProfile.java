package coop.members.coach;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import coop.platform.files.ResponsiveImages.ImageSet;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A coach's profile, keyed by their subject. Nothing of it is public while
 * {@code consentedAt} is empty.
 */
@Document("coach_profiles")
class CoachProfile {

	@Id
	private String subject;

	private String speciality;

	private @Nullable String presentation;

	private @Nullable Photo photo;

	/** When the coach accepted that the profile appears on the public site. */
	@Indexed
	private @Nullable Instant consentedAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected CoachProfile() {
	}

	CoachProfile(String subject, Instant now) {
		this.subject = subject;
		this.speciality = "";
		this.updatedAt = now;
	}

	/** One photo, in the platform's widths and formats. */
	record Photo(String id, ImageSet set, Instant uploadedAt) {
	}

	void describe(String speciality, @Nullable String presentation, boolean consent, Instant now) {
		this.speciality = speciality;
		this.presentation = presentation;
		if (!consent) {
			this.consentedAt = null;
		}
		else if (this.consentedAt == null) {
			// as MongoDB keeps it, so the date read back is the date answered
			this.consentedAt = now.truncatedTo(ChronoUnit.MILLIS);
		}
		this.updatedAt = now;
	}

	@Nullable Photo photo(@Nullable Photo photo, Instant now) {
		Photo former = this.photo;
		this.photo = photo;
		this.updatedAt = now;
		return former;
	}

	String subject() {
		return this.subject;
	}

	String speciality() {
		return this.speciality;
	}

	@Nullable String presentation() {
		return this.presentation;
	}

	@Nullable Photo photo() {
		return this.photo;
	}

	@Nullable Instant consentedAt() {
		return this.consentedAt;
	}

	boolean isPublic() {
		return this.consentedAt != null && this.speciality != null && !this.speciality.isBlank();
	}

}
