/**
 * The OpenAPI document every service serves, written as the web UI's generated types need
 * it: nullability and presence of record components, problem+json errors, stable
 * operation ids.
 */
package coop.platform.web.openapi;
