/**
 * members-service: people, antennas and showcase pages; MongoDB, publishes showcase
 * events through the document outbox.
 */
package coop.members;
