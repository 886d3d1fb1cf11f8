/**
 * Defaults every domain service shares: RFC 9457 errors in French, JWT resource-server
 * security with explicit rules per endpoint, health, and configuration defaults.
 */
package coop.platform.web;
