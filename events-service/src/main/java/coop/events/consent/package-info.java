/**
 * Consent texts and their versions: what each person agreed to, word for word, and since
 * when that text is in force.
 */
package coop.events.consent;
