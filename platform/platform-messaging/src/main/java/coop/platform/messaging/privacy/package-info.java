/**
 * A service's part of GDPR requests: it supplies its {@link PersonalData}; the platform
 * consumes {@code members.privacy.requested}, acts once and answers
 * {@code privacy.request.answered}.
 */
package coop.platform.messaging.privacy;
