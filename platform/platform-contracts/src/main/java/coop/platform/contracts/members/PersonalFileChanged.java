package coop.platform.contracts.members;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * An entrepreneur's personal file changed: the whole of what other services may keep of
 * it (state transfer), so that a consumer replaces its copy instead of replaying steps.
 * The newest {@code changedAt} wins.
 *
 * @param subject Keycloak subject of the entrepreneur
 * @param email the entrepreneur's e-mail address (events-service recognises the people
 * prescribers referred by it), or {@code null}
 * @param antenna antenna code, or {@code null}
 * @param coach subject of the coach who follows them, or {@code null}
 * @param analyticalCode the analytical account code that matches their company in the
 * cooperative's accounting, or {@code null} while none is set
 * @param agreement the accompaniment agreement's dates (CAPE, then CESA)
 * @param objectives the agreement's objectives
 * @param milestones the journey's milestones reached, in the journey's order
 */
@EventType("members.file.changed")
public record PersonalFileChanged(String subject, String email, String antenna, String coach, String analyticalCode,
		Agreement agreement, List<Objective> objectives, List<ReachedMilestone> milestones,
		Instant changedAt) implements IntegrationEvent {

	/**
	 * @param capeStartsOn first day of the CAPE (contrat d'appui au projet d'entreprise),
	 * or {@code null}
	 * @param capeEndsOn its last day, or {@code null}
	 * @param cesaStartsOn first day of the CESA (contrat d'entrepreneur salarié associé),
	 * or {@code null}
	 */
	public record Agreement(LocalDate capeStartsOn, LocalDate capeEndsOn, LocalDate cesaStartsOn) {
	}

	/**
	 * One objective of the agreement.
	 *
	 * @param id stable id within the file
	 * @param targetAmount for {@link ObjectiveKind#REVENUE}: the revenue to reach, in
	 * euros, as a decimal string ("12000.00"); else {@code null}
	 * @param status for {@link ObjectiveKind#OTHER}: where it stands; else {@code null}
	 * (a revenue objective's progress comes from the figures)
	 * @param dueOn the date it is due, or {@code null}
	 */
	public record Objective(String id, String label, ObjectiveKind kind,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal targetAmount, ObjectiveStatus status,
			LocalDate dueOn) {
	}

	public enum ObjectiveKind {

		REVENUE, OTHER

	}

	public enum ObjectiveStatus {

		TODO, IN_PROGRESS, DONE

	}

	public record ReachedMilestone(Milestone milestone, LocalDate reachedOn) {
	}

	/**
	 * The steps of the journey, in order.
	 */
	public enum Milestone {

		INFORMATION_MEETING, FIRST_INTERVIEW, CAPE_SIGNED, FIRST_INVOICE, CESA_SIGNED, ASSOCIATE

	}

}
