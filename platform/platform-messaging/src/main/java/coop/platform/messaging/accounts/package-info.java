/**
 * Deactivated accounts: every service learns from members-service's messages which
 * subjects are deactivated, so that a token issued before the deactivation stops working
 * at once.
 */
package coop.platform.messaging.accounts;
