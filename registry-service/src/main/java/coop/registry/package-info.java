/**
 * Eureka service registry.
 */
package coop.registry;
