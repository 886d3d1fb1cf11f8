package coop.platform.moderation;

import java.time.Instant;
import java.time.LocalDate;

import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModerationTests {

	static final Actor MARIE = new Actor("marie-sub", "Marie Dupont");

	static final Actor LUCAS = new Actor("lucas-sub", "Lucas Martin");

	static final Actor INES = new Actor("ines-sub", "Inès Garcia");

	static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

	@Test
	void aContributionGoesFromDraftToPublishedThroughReview() {
		Moderation draft = Moderation.create(MARIE, T0);
		assertThat(draft.state()).isEqualTo(ModerationState.DRAFT);
		assertThat(draft.isLive()).isFalse();

		Moderation submitted = draft.submit(MARIE, T0.plusSeconds(60));
		assertThat(submitted.awaitsReview()).isTrue();

		Moderation validated = submitted.validate(LUCAS, T0.plusSeconds(120));
		assertThat(validated.state()).isEqualTo(ModerationState.VALIDATED);
		assertThat(validated.isLive()).isTrue();
		assertThat(validated.publishedVersion()).isEqualTo(1);
		assertThat(validated.publishedAt()).isEqualTo(T0.plusSeconds(120));
		assertThat(validated.audit()).extracting(ModerationEntry::step)
			.containsExactly(ModerationStep.CREATED, ModerationStep.SUBMITTED, ModerationStep.VALIDATED);
		assertThat(validated.lastStep().actorName()).isEqualTo("Lucas Martin");
	}

	@Test
	void thePublishedVersionStaysLiveWhileANewerOneWaits() {
		Moderation published = Moderation.create(MARIE, T0).submit(MARIE, T0).validate(LUCAS, T0);

		Moderation edited = published.edit(MARIE, T0.plusSeconds(3600));
		assertThat(edited.version()).isEqualTo(2);
		assertThat(edited.state()).isEqualTo(ModerationState.DRAFT);
		assertThat(edited.isLive()).isTrue();
		assertThat(edited.publishedVersion()).isEqualTo(1);
		assertThat(edited.hasPendingVersion()).isTrue();

		Moderation rejected = edited.submit(MARIE, T0).reject(LUCAS, "Les chiffres de 2025 manquent.", T0);
		assertThat(rejected.isLive()).isTrue();
		assertThat(rejected.publishedVersion()).isEqualTo(1);
		assertThat(rejected.reason()).isEqualTo("Les chiffres de 2025 manquent.");

		Moderation second = rejected.edit(MARIE, T0).submit(MARIE, T0).validate(LUCAS, T0.plusSeconds(7200));
		assertThat(second.publishedVersion()).isEqualTo(2);
		assertThat(second.hasPendingVersion()).isFalse();
		assertThat(second.reason()).isNull();
		assertThat(second.audit()).filteredOn((entry) -> entry.step() == ModerationStep.VALIDATED)
			.extracting(ModerationEntry::version)
			.containsExactly(1, 2);
	}

	@Test
	void nobodyValidatesOrRejectsTheirOwnContribution() {
		Moderation byCoach = Moderation.create(LUCAS, T0).submit(LUCAS, T0);
		assertThatThrownBy(() -> byCoach.validate(LUCAS, T0)).isInstanceOf(ModerationException.class)
			.satisfies(
					(ex) -> assertThat(((ProblemException) ex).type()).isEqualTo(ModerationException.OWN_CONTRIBUTION));
		assertThatThrownBy(() -> byCoach.reject(LUCAS, "non", T0)).satisfies(
				(ex) -> assertThat(((ProblemException) ex).type()).isEqualTo(ModerationException.OWN_CONTRIBUTION));
		assertThat(byCoach.validate(INES, T0).isLive()).isTrue();
	}

	@Test
	void aReviewerWhoEditedAVersionCannotValidateIt() {
		Moderation helped = Moderation.create(MARIE, T0).edit(LUCAS, T0).submit(MARIE, T0);
		assertThatThrownBy(() -> helped.validate(LUCAS, T0)).isInstanceOf(ModerationException.class);
		assertThat(helped.validate(INES, T0).state()).isEqualTo(ModerationState.VALIDATED);
	}

	@Test
	void aCoachWritingForAnEntrepreneurIsAnAuthorAndTheEntrepreneurTheOwner() {
		Moderation forMarie = Moderation.create(LUCAS, MARIE.subject(), T0);
		assertThat(forMarie.owner()).isEqualTo("marie-sub");
		assertThat(forMarie.contributedBy("lucas-sub")).isTrue();
		assertThat(forMarie.contributedBy("marie-sub")).isTrue();
	}

	@Test
	void rejectingAndWithdrawingNeedAReason() {
		Moderation submitted = Moderation.create(MARIE, T0).submit(MARIE, T0);
		assertThatThrownBy(() -> submitted.reject(LUCAS, "  ", T0)).isInstanceOf(ModerationException.class)
			.satisfies((ex) -> {
				ProblemException problem = (ProblemException) ex;
				assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
				assertThat(problem.errors()).singleElement().satisfies((error) -> {
					assertThat(error.field()).isEqualTo("reason");
					assertThat(error.message()).contains("raison");
				});
			});
		assertThatThrownBy(() -> submitted.reject(LUCAS, "x".repeat(Moderation.MAX_REASON + 1), T0))
			.isInstanceOf(ModerationException.class);
		Moderation published = submitted.validate(LUCAS, T0);
		assertThatThrownBy(() -> published.withdraw(LUCAS, null, T0)).isInstanceOf(ModerationException.class);
	}

	@Test
	void aWithdrawnResourceIsOfflineUntilRestoredInItsPublishedVersion() {
		Moderation published = Moderation.create(MARIE, T0).submit(MARIE, T0).validate(LUCAS, T0);
		Moderation withdrawn = published.withdraw(INES, "Le barème a changé au 1er janvier.", T0);
		assertThat(withdrawn.isLive()).isFalse();
		assertThat(withdrawn.reason()).isEqualTo("Le barème a changé au 1er janvier.");

		Moderation restored = withdrawn.restore(LUCAS, T0);
		assertThat(restored.isLive()).isTrue();
		assertThat(restored.state()).isEqualTo(ModerationState.VALIDATED);
		assertThat(restored.publishedVersion()).isEqualTo(1);
		assertThat(restored.lastStep().step()).isEqualTo(ModerationStep.RESTORED);
	}

	@Test
	void restoringAResourceWhoseNewerVersionWaitedPutsThatVersionBackToDraft() {
		Moderation waiting = Moderation.create(MARIE, T0)
			.submit(MARIE, T0)
			.validate(LUCAS, T0)
			.edit(MARIE, T0)
			.submit(MARIE, T0);
		Moderation restored = waiting.withdraw(LUCAS, "Doublon", T0).restore(LUCAS, T0);
		assertThat(restored.state()).isEqualTo(ModerationState.DRAFT);
		assertThat(restored.version()).isEqualTo(2);
		assertThat(restored.publishedVersion()).isEqualTo(1);
		assertThat(restored.isLive()).isTrue();
	}

	@Test
	void stepsThatDoNotFollowFromTheStateAreRefusedInFrench() {
		Moderation draft = Moderation.create(MARIE, T0);
		assertThatThrownBy(() -> draft.validate(LUCAS, T0)).isInstanceOf(ModerationException.class)
			.hasMessageContaining("brouillon")
			.satisfies((ex) -> assertThat(((ProblemException) ex).type()).isEqualTo(ModerationException.WRONG_STATE));
		assertThatThrownBy(() -> draft.withdraw(LUCAS, "raison", T0)).isInstanceOf(ModerationException.class);
		assertThatThrownBy(() -> draft.restore(LUCAS, T0)).isInstanceOf(ModerationException.class);
		Moderation submitted = draft.submit(MARIE, T0);
		assertThatThrownBy(() -> submitted.submit(MARIE, T0)).hasMessageContaining("en attente de validation");
		assertThatThrownBy(() -> submitted.edit(MARIE, T0)).hasMessageContaining("attend sa validation");
	}

	@Test
	void editingAWithdrawnResourceStartsANewVersionThatIsNotLive() {
		Moderation withdrawn = Moderation.create(MARIE, T0)
			.submit(MARIE, T0)
			.validate(LUCAS, T0)
			.withdraw(LUCAS, "Obsolète", T0);
		Moderation edited = withdrawn.edit(MARIE, T0);
		assertThat(edited.state()).isEqualTo(ModerationState.DRAFT);
		assertThat(edited.version()).isEqualTo(2);
		assertThat(edited.isLive()).isFalse();
	}

	@Test
	void theAuditTrailSaysWhoDidWhatWhenOnWhichVersion() {
		LocalDate nextYear = LocalDate.of(2027, 12, 1);
		Moderation trail = Moderation.create(MARIE, T0)
			.submit(MARIE, T0.plusSeconds(1))
			.reject(LUCAS, "Ajoutez les sources.", T0.plusSeconds(2))
			.edit(MARIE, T0.plusSeconds(3))
			.submit(MARIE, T0.plusSeconds(4))
			.validate(LUCAS, T0.plusSeconds(5))
			.reviewAgainBy(nextYear, LUCAS, T0.plusSeconds(6));
		assertThat(trail.reviewBy()).isEqualTo(nextYear);
		assertThat(trail.audit())
			.extracting(ModerationEntry::step, ModerationEntry::actorSubject, ModerationEntry::note)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ModerationStep.CREATED, "marie-sub", null),
					org.assertj.core.groups.Tuple.tuple(ModerationStep.SUBMITTED, "marie-sub", null),
					org.assertj.core.groups.Tuple.tuple(ModerationStep.REJECTED, "lucas-sub", "Ajoutez les sources."),
					org.assertj.core.groups.Tuple.tuple(ModerationStep.EDITED, "marie-sub", null),
					org.assertj.core.groups.Tuple.tuple(ModerationStep.SUBMITTED, "marie-sub", null),
					org.assertj.core.groups.Tuple.tuple(ModerationStep.VALIDATED, "lucas-sub", null),
					org.assertj.core.groups.Tuple.tuple(ModerationStep.REVIEW_DATE_SET, "lucas-sub", "2027-12-01"));
		assertThat(trail.audit()).extracting(ModerationEntry::at).isSorted();
		assertThat(trail.audit()).allSatisfy((entry) -> assertThat(entry.version()).isEqualTo(1));
	}

	@Test
	void aContentModeratedAfterPublicationIsLiveAtOnceAndCanBeTakenDownWithAReason() {
		Moderation answer = Moderation.published(MARIE, T0);
		assertThat(answer.isLive()).isTrue();
		assertThat(answer.publishedVersion()).isEqualTo(1);
		assertThat(answer.publishedAt()).isEqualTo(T0);
		assertThat(answer.owner()).isEqualTo("marie-sub");
		assertThat(answer.hasPendingVersion()).isFalse();

		Moderation edited = answer.editPublished(MARIE, T0.plusSeconds(60));
		assertThat(edited.isLive()).isTrue();
		assertThat(edited.version()).isEqualTo(2);
		assertThat(edited.publishedVersion()).isEqualTo(2);
		assertThat(edited.hasPendingVersion()).isFalse();

		Moderation hidden = edited.withdraw(LUCAS, "Hors sujet : voir l'annuaire des fournisseurs.",
				T0.plusSeconds(120));
		assertThat(hidden.isLive()).isFalse();
		assertThat(hidden.reason()).isEqualTo("Hors sujet : voir l'annuaire des fournisseurs.");
		assertThatThrownBy(() -> hidden.editPublished(MARIE, T0.plusSeconds(180)))
			.satisfies((ex) -> assertThat(((ProblemException) ex).type()).isEqualTo(ModerationException.WRONG_STATE));

		Moderation restored = hidden.restore(INES, T0.plusSeconds(240));
		assertThat(restored.isLive()).isTrue();
		assertThat(restored.state()).isEqualTo(ModerationState.VALIDATED);
		assertThat(restored.audit()).extracting(ModerationEntry::step)
			.containsExactly(ModerationStep.CREATED, ModerationStep.EDITED, ModerationStep.WITHDRAWN,
					ModerationStep.RESTORED);
		assertThat(restored.audit().get(2).actorName()).isEqualTo("Lucas Martin");
	}

}
