package coop.events.privacy;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The person a privacy request is about, as this service finds them: by Keycloak subject
 * (members) and by e-mail address, compared without case (visitors and people a
 * prescriber registered have no subject).
 *
 * @param subject Keycloak subject, or {@code null} for someone without an account
 * @param email the address they registered or signed in with
 */
public record DataSubject(@Nullable String subject, String email, @Nullable String firstName,
		@Nullable String lastName) {

	/** The address as the store keeps it to compare ({@code registration.email_key}). */
	public String emailKey() {
		return this.email.trim().toLowerCase(Locale.ROOT);
	}

	/** A subject that matches nothing when the person has no account. */
	public String subjectOrNone() {
		return (this.subject != null && !this.subject.isBlank()) ? this.subject : "(none)";
	}

}
