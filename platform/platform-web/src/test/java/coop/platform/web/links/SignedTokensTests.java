package coop.platform.web.links;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignedTokensTests {

	private final SignedTokens tokens = new SignedTokens("test-secret");

	@Test
	void aTokenGivesBackItsValue() {
		String id = UUID.randomUUID().toString();
		assertThat(this.tokens.verify(this.tokens.sign(id))).contains(id);
	}

	@Test
	void anAlteredOrForeignTokenIsRefused() {
		String id = UUID.randomUUID().toString();
		String token = this.tokens.sign(id);
		String otherId = UUID.randomUUID().toString();
		assertThat(this.tokens.verify(otherId + token.substring(token.indexOf('.')))).isEmpty();
		assertThat(new SignedTokens("another-secret").verify(token)).isEmpty();
		assertThat(this.tokens.verify(id)).isEmpty();
		assertThat(this.tokens.verify("")).isEmpty();
		assertThat(this.tokens.verify(null)).isEmpty();
		assertThat(this.tokens.verify(".abc")).isEmpty();
	}

	@Test
	void anExpiringTokenIsRefusedFromItsExpiryOnAndItsDateCannotBeChanged() {
		Instant now = Instant.parse("2027-01-10T09:00:00Z");
		String token = this.tokens.sign("abc", now.plusSeconds(60));
		assertThat(this.tokens.verify(token, now)).contains("abc");
		assertThat(this.tokens.verify(token, now.plusSeconds(60))).isEmpty();
		String[] parts = token.split("\\.");
		String later = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2];
		assertThat(this.tokens.verify(later, now.plusSeconds(120))).isEmpty();
		// a token without expiry is no expiring one
		assertThat(this.tokens.verify(this.tokens.sign("abc"), now)).isEmpty();
	}

}
