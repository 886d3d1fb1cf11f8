/**
 * Retention: the periods staff set for each kind of personal data, and the report of what
 * every service's retention job removed.
 */
package coop.members.retention;
