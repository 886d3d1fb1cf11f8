package coop.platform.messaging.accounts;

/**
 * Whether staff deactivated the account of a subject.
 */
public interface DeactivatedAccounts {

	boolean isDeactivated(String subject);

}
