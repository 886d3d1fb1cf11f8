package coop.platform.messaging.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.privacy.PrivacyAnswered;
import coop.platform.messaging.EventConsumer;
import coop.platform.messaging.Inbox;
import coop.platform.messaging.MessageEnvelope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacyRequestsTests {

	private static final Instant AT = Instant.parse("2027-01-12T08:30:00Z");

	private static final Member MARIE = new Member("b465c806", "Marie", "Dupont", " Marie.Dupont@Example.org ");

	private final List<DataSubject> asked = new ArrayList<>();

	private final Answers answers = new Answers();

	private final EventConsumer consumer = PrivacyRequests.consumer("test-service.privacy", new Data(), this.answers,
			Clock.fixed(AT, ZoneOffset.UTC), "test-service");

	private final Inbox inbox = new Inbox() {

		private final Set<UUID> handled = new HashSet<>();

		@Override
		public boolean handleOnce(String consumer, MessageEnvelope envelope, Runnable action) {
			if (!this.handled.add(envelope.eventId())) {
				return false;
			}
			action.run();
			return true;
		}

	};

	@Test
	void anExportIsAnsweredWithTheServicesPartAndItsSummary() {
		UUID id = UUID.randomUUID();
		deliver(new PrivacyRequested(id, PrivacyRequested.Kind.EXPORT, MARIE, AT));
		assertThat(this.asked).singleElement().satisfies((person) -> {
			assertThat(person.subjectOrNone()).isEqualTo("b465c806");
			assertThat(person.emailKey()).isEqualTo("marie.dupont@example.org");
		});
		assertThat(this.answers.sent).singleElement()
			.isEqualTo(new PrivacyAnswered(id, "test-service", PrivacyRequested.Kind.EXPORT,
					Map.of("registrations", List.of("a", "b")), "2 inscription(s)", 0, 0, AT));
	}

	@Test
	void anErasureIsAnsweredWithItsCountsAndNoPart() {
		UUID id = UUID.randomUUID();
		deliver(new PrivacyRequested(id, PrivacyRequested.Kind.ERASURE, MARIE, AT));
		assertThat(this.answers.sent).singleElement()
			.isEqualTo(new PrivacyAnswered(id, "test-service", PrivacyRequested.Kind.ERASURE, null,
					"3 élément(s) effacé(s), 1 anonymisé(s)", 3, 1, AT));
	}

	@Test
	void aRequestAlreadyAnsweredIsNotActedOnAgain() {
		PrivacyRequested erasure = new PrivacyRequested(UUID.randomUUID(), PrivacyRequested.Kind.ERASURE, MARIE, AT);
		deliver(erasure);
		// the inbox lost its marker (MongoDB's claim taken over): the answer is found
		deliver(erasure);
		assertThat(this.asked).hasSize(1);
		assertThat(this.answers.sent).hasSize(1);
	}

	@Test
	void aRequestWithoutKindOrAddressIsIgnored() {
		deliver(new PrivacyRequested(UUID.randomUUID(), null, MARIE, AT));
		deliver(new PrivacyRequested(UUID.randomUUID(), PrivacyRequested.Kind.EXPORT,
				new Member("b465c806", "Marie", "Dupont", null), AT));
		deliver(new PrivacyRequested(UUID.randomUUID(), PrivacyRequested.Kind.EXPORT, null, AT));
		assertThat(this.asked).isEmpty();
		assertThat(this.answers.sent).isEmpty();
	}

	@Test
	void aPersonWithoutAccountMatchesNoSubject() {
		assertThat(new DataSubject(null, "lea@example.org", null, null).subjectOrNone()).isEqualTo("(none)");
		assertThat(new DataSubject(" ", "lea@example.org", null, null).subjectOrNone()).isEqualTo("(none)");
	}

	@Test
	void countGivesTheSizeOfAListOfThePart() {
		Map<String, Object> part = Map.of("registrations", List.of(1, 2, 3), "person", Map.of("name", "Marie"));
		assertThat(PersonalData.count(part, "registrations")).isEqualTo(3);
		assertThat(PersonalData.count(part, "person")).isZero();
		assertThat(PersonalData.count(part, "appointments")).isZero();
	}

	private void deliver(PrivacyRequested request) {
		// a new envelope each time: a new message id, past the inbox
		this.consumer.consume(MessageEnvelope.of(request, AT), this.inbox);
	}

	private final class Data implements PersonalData {

		@Override
		public Exported export(DataSubject person) {
			PrivacyRequestsTests.this.asked.add(person);
			Map<String, Object> part = Map.of("registrations", List.of("a", "b"));
			return new Exported(part, PersonalData.count(part, "registrations") + " inscription(s)");
		}

		@Override
		public Erased erase(DataSubject person) {
			PrivacyRequestsTests.this.asked.add(person);
			return new Erased(3, 1, "3 élément(s) effacé(s), 1 anonymisé(s)");
		}

	}

	/** As MongoDB's answers: a request answered once is found again. */
	private static final class Answers implements PrivacyAnswers {

		final List<PrivacyAnswered> sent = new ArrayList<>();

		@Override
		public boolean answered(PrivacyRequested request) {
			return this.sent.stream()
				.anyMatch((a) -> a.requestId().equals(request.requestId()) && a.kind() == request.kind());
		}

		@Override
		public void send(PrivacyAnswered answer) {
			this.sent.add(answer);
		}

	}

}
