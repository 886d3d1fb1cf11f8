package coop.notification.preferences;

import coop.platform.contracts.members.PrivacyRequested;
import jakarta.validation.constraints.NotNull;

/**
 * A person's GDPR request from the page of an e-mail's signed link.
 *
 * @param confirm required (true) for an erasure
 */
record PrivacyLinkRequest(@NotNull(message = "Choisissez : obtenir ou effacer vos données.") PrivacyRequested.Kind kind,
		Boolean confirm) {
}
