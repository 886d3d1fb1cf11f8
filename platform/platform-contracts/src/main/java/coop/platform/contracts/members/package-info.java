/**
 * Events published by members-service: profiles and showcase pages.
 */
package coop.platform.contracts.members;
