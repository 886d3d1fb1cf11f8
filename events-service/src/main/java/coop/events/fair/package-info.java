/**
 * Fairs and trade shows: entrepreneurs say which ones they exhibit at; a fair's page
 * links their showcases.
 */
package coop.events.fair;
