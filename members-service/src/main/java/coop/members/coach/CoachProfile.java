package coop.members.coach;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import coop.platform.contracts.members.CoachProfileChanged;
import coop.platform.files.ResponsiveImages.ImageSet;
import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A coach's profile, keyed by their subject. Nothing of it is public while
 * {@code consentedAt} is empty. Each change is told
 * ({@code members.coach-profile.changed}, in the document's outbox) so that the public
 * page showing it is refreshed.
 */
@Document("coach_profiles")
class CoachProfile implements HasOutbox {

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

	private List<OutboxEntry> outbox = new ArrayList<>();

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
		changed(now);
	}

	@Nullable Photo photo(@Nullable Photo photo, Instant now) {
		Photo former = this.photo;
		this.photo = photo;
		changed(now);
		return former;
	}

	private void changed(Instant now) {
		this.updatedAt = now;
		this.outbox.add(OutboxEntry.of(new CoachProfileChanged(this.subject, isPublic(), now), now));
	}

	@Override
	public List<OutboxEntry> outbox() {
		return this.outbox;
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
