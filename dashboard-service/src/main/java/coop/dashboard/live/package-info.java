/**
 * Live dashboards: browsers keep a server-sent event stream open and reload the figures
 * when told that they changed, on whichever instance the change happened.
 */
package coop.dashboard.live;
