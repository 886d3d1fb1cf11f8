/**
 * Events published by resources-service: the resource centre's contributions and their
 * review.
 */
package coop.platform.contracts.resources;
