/**
 * Signed tokens for links sent by e-mail: whoever holds the link may act without an
 * account, nobody can forge or alter one.
 */
package coop.platform.web.links;
