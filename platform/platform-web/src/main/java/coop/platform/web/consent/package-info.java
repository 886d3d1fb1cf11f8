/**
 * The consent texts in force, as events-service (their owner) serves them: the check of
 * the version a public form showed, for the services that keep a consent it gave.
 */
package coop.platform.web.consent;
