package coop.members.file;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A personal file as its three kinds of readers see it: the entrepreneur, their coach and
 * staff. {@code can} says what the reader may change, so that screens offer only that.
 */
public record FileResponse(Identity person, String activity, String analyticalCode, PersonalFile.Contact contact,
		PersonalFile.ContactProposal contactProposal, PersonalFile.Agreement agreement, List<ObjectiveView> objectives,
		Journey journey, List<Badge> badges, List<WorkshopView> workshops, List<AppointmentView> appointments,
		List<PersonalFile.Change> history, Permissions can, Instant changedAt) {

	/**
	 * @param id the person's id in members-service (as in the staff's screens)
	 * @param status {@code INVITED}, {@code ACTIVE} or {@code DEACTIVATED}
	 */
	public record Identity(String id, String subject, String firstName, String lastName, String email, Ref antenna,
			Ref coach, String status) {
	}

	public record Ref(String code, String name) {
	}

	/**
	 * @param targetAmount euros as a decimal string, for a revenue objective
	 */
	public record ObjectiveView(String id, String label, ObjectiveKind kind, String kindLabel,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal targetAmount, ObjectiveStatus status,
			String statusLabel, LocalDate dueOn, boolean overdue) {
	}

	/**
	 * The journey drawn as a path: every step in order, reached or not.
	 *
	 * @param next the first step not reached yet, or {@code null} at the end
	 */
	public record Journey(List<Step> steps, Milestone next, int reachedCount) {
	}

	public record Step(Milestone milestone, String label, boolean reached, LocalDate reachedOn) {
	}

	/** A discreet reward, never shown outside the file. */
	public record Badge(String code, String label, LocalDate earnedOn) {
	}

	public record WorkshopView(String eventId, String title, String kind, Instant startsAt, String attendance,
			String attendanceLabel) {
	}

	public record AppointmentView(String id, String coachName, Instant startsAt, Instant endsAt, String place,
			String topic, boolean cancelled) {
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
