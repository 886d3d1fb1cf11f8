package coop.platform.messaging.privacy;

import java.util.Locale;
import java.util.Objects;

import coop.platform.contracts.members.Member;
import org.jspecify.annotations.Nullable;

/**
 * The person a GDPR request names, as a service looks them up: by Keycloak subject
 * (members) and by e-mail address compared without letter case (visitors and the people a
 * prescriber registered have no subject).
 *
 * @param subject Keycloak subject, or {@code null} for someone without an account
 * @param email the address they registered or signed in with
 * @param firstName {@code null} when unknown (a visitor who asked through an e-mail's
 * link)
 * @param lastName {@code null} when unknown
 */
public record DataSubject(@Nullable String subject, String email, @Nullable String firstName,
		@Nullable String lastName) {

	public DataSubject {
		Objects.requireNonNull(email, "email");
	}

	static DataSubject of(Member person) {
		return new DataSubject(person.subject(), person.email(), person.firstName(), person.lastName());
	}

	/** The address as stores compare it: stripped, lower case. */
	public String emailKey() {
		return this.email.strip().toLowerCase(Locale.ROOT);
	}

	/** The subject, or one that matches nothing when the person has no account. */
	public String subjectOrNone() {
		return (this.subject != null && !this.subject.isBlank()) ? this.subject : "(none)";
	}

}
