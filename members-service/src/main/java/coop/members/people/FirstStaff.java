package coop.members.people;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A platform started without demo data has nobody to log in: when
 * {@code COOP_ADMIN_EMAIL} is set and no staff member exists yet, the first staff account
 * is invited at start ({@link PeopleService#inviteFirstStaff}: Keycloak sends it the «
 * choose your password » link; no password is ever configured). That person then sets the
 * cooperative up from the first-start screen. Keycloak not answering yet: tried again
 * every {@code coop.admin.retry} (15 s), ten times. Harmless to repeat: once a staff
 * member exists nothing happens, and two instances starting together meet Keycloak's
 * unique address.
 */
@Component
class FirstStaff {

	private static final Log logger = LogFactory.getLog(FirstStaff.class);

	private static final int ATTEMPTS = 10;

	private final PeopleService people;

	private final String email;

	private final String firstName;

	private final String lastName;

	private final Duration retry;

	FirstStaff(PeopleService people, @Value("${coop.admin.email:}") String email,
			@Value("${coop.admin.first-name:}") String firstName, @Value("${coop.admin.last-name:}") String lastName,
			@Value("${coop.admin.retry:15s}") Duration retry) {
		this.people = people;
		this.email = email;
		this.firstName = firstName.isBlank() ? "Équipe" : firstName.trim();
		this.lastName = lastName.isBlank() ? "Administration" : lastName.trim();
		this.retry = retry;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		if (this.email == null || this.email.isBlank()) {
			return;
		}
		Thread worker = new Thread(() -> {
			for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
				try {
					invite();
					return;
				}
				catch (RuntimeException ex) {
					logger.warn("First staff account not invited yet (attempt " + attempt + " of " + ATTEMPTS + "): "
							+ ex.getMessage());
				}
				try {
					Thread.sleep(this.retry.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}, "first-staff");
		worker.setDaemon(true);
		worker.start();
	}

	/** One attempt: invites the first staff account unless a staff member exists. */
	void invite() {
		this.people.inviteFirstStaff(this.email, this.firstName, this.lastName)
			.ifPresent((invited) -> logger.info("First staff account invited: " + invited.email()
					+ " receives the link to choose a password and sets the cooperative up"));
	}

}
