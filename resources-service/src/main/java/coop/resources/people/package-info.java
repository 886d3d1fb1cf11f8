/**
 * The centre's copy of the people of the cooperative (who coaches whom, whom to write
 * to), kept from members-service's messages.
 */
package coop.resources.people;
