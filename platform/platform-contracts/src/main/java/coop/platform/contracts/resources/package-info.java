/**
 * Events published by resources-service: the resource centre's contributions and their
 * review, and the questions-and-answers space.
 */
package coop.platform.contracts.resources;
