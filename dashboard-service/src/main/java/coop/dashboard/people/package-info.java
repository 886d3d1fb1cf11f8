/**
 * The people the dashboards are about, kept from members-service's messages: roles,
 * antennas, who follows whom.
 */
package coop.dashboard.people;
