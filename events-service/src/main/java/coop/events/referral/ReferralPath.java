package coop.events.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A referral's whole path as its prescriber (or staff) follows it: the information
 * meeting the prescriber registered the person to and what became of it, then the first
 * interview, the CAPE and the CESA with their dates (from the person's personal file,
 * when they have one under the same e-mail address).
 *
 * @param registrationId the prescriber's registration of the person
 * @param organisation the prescriber's organisation code
 * @param referredAt when the prescriber registered the person
 * @param meeting the information meeting
 * @param meetingOutcome where the registration stands
 * @param meetingOutcomeOn the day of that outcome (registered, cancelled, or the
 * meeting's day for attended or missed)
 * @param firstInterviewOn the first interview with a coach, if any
 * @param capeSignedOn the CAPE's first day, if signed
 * @param cesaSignedOn the CESA's first day, if signed
 * @param alsoReferredBy for staff only: the other prescribers who referred the same
 * person (same address); empty for a prescriber
 */
public record ReferralPath(UUID registrationId, ReferredPerson person, @Nullable String organisation,
		Instant referredAt, Meeting meeting, MeetingOutcome meetingOutcome, LocalDate meetingOutcomeOn,
		@Nullable LocalDate firstInterviewOn, @Nullable LocalDate capeSignedOn, @Nullable LocalDate cesaSignedOn,
		List<OtherReferral> alsoReferredBy) {

	/** The person referred, as the prescriber typed them. */
	public record ReferredPerson(String firstName, String lastName, String email) {
	}

	/** The information meeting of the referral. */
	public record Meeting(UUID id, String title, OffsetDateTime startsAt, @Nullable String place) {
	}

	/** Where the registration to the information meeting stands. */
	public enum MeetingOutcome {

		REGISTERED, WAITLISTED, ATTENDED, MISSED, CANCELLED

	}

	/**
	 * Another prescriber who referred the same person.
	 *
	 * @param prescriberName their name, if known
	 * @param organisation their organisation code
	 * @param referredAt when they first did
	 */
	public record OtherReferral(@Nullable String prescriberName, @Nullable String organisation, Instant referredAt) {
	}

}
