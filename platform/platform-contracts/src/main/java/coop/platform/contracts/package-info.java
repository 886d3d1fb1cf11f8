/**
 * Integration event contracts: the records services publish to each other, owned by their
 * publisher's package.
 */
package coop.platform.contracts;
