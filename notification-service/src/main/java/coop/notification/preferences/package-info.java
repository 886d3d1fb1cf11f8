/**
 * The e-mail preferences: the public page of the signed links (with the one-click
 * unsubscribe of RFC 8058) and the same choice for people logged in.
 */
package coop.notification.preferences;
