/**
 * The cooperative's anonymous figures for funders and partners, fed by other services'
 * messages.
 */
package coop.dashboard.cooperative;
