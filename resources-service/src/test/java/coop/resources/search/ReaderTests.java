package coop.resources.search;

import java.util.Set;

import coop.platform.web.security.CurrentUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderTests {

	static CurrentUser user(String subject, String... roles) {
		return new CurrentUser(subject, "someone", "Some One", "Some", "One", "some@example.org", Set.of(roles),
				Set.of(), null);
	}

	@Test
	void visitorsPrescribersAndFundersReadWhatIsPublicAndPublished() {
		assertThat(Reader.of(null).filter()).isEqualTo("status:published AND visibility:(public)");
		assertThat(Reader.of(user("s1", "prescriber")).filter())
			.startsWith("(status:published AND visibility:(public)) OR");
		assertThat(Reader.of(user("s2", "funder")).visibilities()).containsExactly(Visibility.PUBLIC);
	}

	@Test
	void membersCoachesAndStaffReadMoreOncePublishedAndTheirOwnAlways() {
		assertThat(Reader.of(user("s3", "entrepreneur")).visibilities()).containsExactlyInAnyOrder(Visibility.PUBLIC,
				Visibility.MEMBERS);
		assertThat(Reader.of(user("s4", "coach")).visibilities()).containsExactlyInAnyOrder(Visibility.PUBLIC,
				Visibility.MEMBERS, Visibility.COACHES);
		assertThat(Reader.of(user("s5", "staff")).visibilities()).containsExactlyInAnyOrder(Visibility.PUBLIC,
				Visibility.MEMBERS, Visibility.COACHES);
		assertThat(Reader.of(user("s4", "coach")).filter()).isEqualTo(
				"(status:published AND visibility:(public OR members OR coaches)) OR (status:published AND visibility:personal AND coach:s4) OR (owner:s4 AND -status:hidden)");
	}

	@Test
	void aSubjectCannotBreakOutOfItsTerm() {
		assertThat(Reader.of(user("x) OR (*:*", "entrepreneur")).filter()).contains("owner:x\\)\\ OR\\ \\(\\*\\:\\*");
	}

}
