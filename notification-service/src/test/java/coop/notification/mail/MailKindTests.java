package coop.notification.mail;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailKindTests {

	@Test
	void confirmationsAndCancellationsAreAlwaysSent() {
		assertThat(Arrays.stream(MailKind.values())
			.filter((kind) -> kind.name().contains("CANCELLED") || kind.name().contains("CONFIRMED")
					|| kind.name().contains("CHANGED")))
			.isNotEmpty()
			.allMatch(MailKind::essential);
	}

	@Test
	void everyTopicAPersonMayLeaveHasMailsAndTheLogKeepsItsCodes() {
		for (MailTopic topic : MailTopic.values()) {
			assertThat(Arrays.stream(MailKind.values()).filter((kind) -> kind.topic() == topic)).as(topic.name())
				.isNotEmpty();
		}
		assertThat(MailKind.REGISTRATION_CANCELLED_BY_STAFF.code()).isEqualTo("registration-cancelled-by-staff");
		assertThat(MailKind.REMINDER.topic()).isEqualTo(MailTopic.REMINDERS);
	}

}
