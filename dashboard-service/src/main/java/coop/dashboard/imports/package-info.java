/**
 * Imports of the cooperative's accounting (analytical general ledgers) and of enDI's
 * invoices and quotes exports: upload or watched folder, detection of format and
 * encoding, a background job that commits whole or not at all.
 */
package coop.dashboard.imports;
