package coop.members.file;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A personal file as its three kinds of readers see it: the entrepreneur, their coach and
 * staff. {@code can} says what the reader may change, so that screens offer only that.
 */
public record FileResponse(Identity person, @Nullable String activity, @Nullable String analyticalCode,
		PersonalFile.@Nullable Contact contact, PersonalFile.@Nullable ContactProposal contactProposal,
		PersonalFile.Agreement agreement, List<ObjectiveView> objectives, Journey journey, List<Badge> badges,
		List<WorkshopView> workshops, List<AppointmentView> appointments, List<DocumentView> documents,
		List<PersonalFile.Change> history, Permissions can, Instant changedAt) {

	/**
	 * @param id the person's id in members-service (as in the staff's screens)
	 * @param status {@code INVITED}, {@code ACTIVE} or {@code DEACTIVATED}
	 */
	public record Identity(String id, String subject, String firstName, String lastName, String email,
			@Nullable Ref antenna, @Nullable Ref coach, String status) {
	}

	public record Ref(String code, String name) {
	}

	/**
	 * @param targetAmount euros as a decimal string ("18000.00"), for a revenue objective
	 */
	public record ObjectiveView(String id, String label, ObjectiveKind kind, String kindLabel,
			@Nullable String targetAmount, @Nullable ObjectiveStatus status, @Nullable String statusLabel,
			@Nullable LocalDate dueOn, boolean overdue) {
	}

	/**
	 * The journey drawn as a path: every step in order, reached or not.
	 *
	 * @param next the first step not reached yet, or {@code null} at the end
	 */
	public record Journey(List<Step> steps, @Nullable Milestone next, int reachedCount) {
	}

	public record Step(Milestone milestone, String label, boolean reached, @Nullable LocalDate reachedOn) {
	}

	/** A discreet reward, never shown outside the file. */
	public record Badge(String code, String label, LocalDate earnedOn) {
	}

	public record WorkshopView(String eventId, String title, String kind, Instant startsAt, String attendance,
			String attendanceLabel) {
	}

	public record AppointmentView(String id, String coachName, Instant startsAt, Instant endsAt, @Nullable String place,
			@Nullable String topic, boolean cancelled) {
	}

	/**
	 * A document exchanged between the entrepreneur and their coach, newest first.
	 *
	 * @param sharedByRoleLabel « Entrepreneur·e », « Accompagnateur·rice » or « Équipe »
	 * @param downloadUrl where it is read (the same access rules as the file)
	 * @param removable the reader shared it, or is staff of the file
	 */
	public record DocumentView(String id, String name, String mediaType, long size, Instant sharedAt,
			String sharedByName, String sharedByRole, String sharedByRoleLabel, String downloadUrl, boolean removable) {
	}

	/**
	 * @param editJourney agreement, objectives, milestones, activity, contact details
	 * @param editAnalyticalCode the accounting's analytical code (staff)
	 * @param proposeContact new contact details for a coach or staff to accept (the
	 * entrepreneur)
	 */
	public record Permissions(boolean editJourney, boolean editAnalyticalCode, boolean proposeContact) {
	}

}
