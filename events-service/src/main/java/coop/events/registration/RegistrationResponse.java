package coop.events.registration;

import java.util.UUID;

/**
 * The outcome of a registration, with a French sentence to show as is.
 */
public record RegistrationResponse(UUID registrationId, Registration.Status status, String message) {
}
