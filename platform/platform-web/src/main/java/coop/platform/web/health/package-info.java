/**
 * Health indicators that work on both a real MongoDB and the MongoDB-wire-compatible
 * server used without Docker.
 */
package coop.platform.web.health;
