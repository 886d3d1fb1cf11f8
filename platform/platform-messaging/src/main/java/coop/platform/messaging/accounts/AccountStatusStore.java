package coop.platform.messaging.accounts;

import java.time.Instant;

/**
 * The service's own copy of account statuses. A change applies only if it is newer than
 * the one stored, so that messages arriving late or twice never undo a later change.
 */
public interface AccountStatusStore extends DeactivatedAccounts {

	void apply(String subject, boolean deactivated, Instant changedAt);

}
