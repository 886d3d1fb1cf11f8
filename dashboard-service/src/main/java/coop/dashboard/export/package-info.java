/**
 * Figures exported as CSV (for a spreadsheet) and PDF (to print or send): one report
 * model, written in either format.
 */
package coop.dashboard.export;
