/**
 * Events published by resources-service: the resource centre's contributions and their
 * review, the questions-and-answers space and the presentation pages.
 */
package coop.platform.contracts.resources;
