/**
 * Events published by notification-service: what a person asked through an e-mail's
 * signed link.
 */
package coop.platform.contracts.notification;
