/**
 * The funders' view: anonymous figures by antenna and period (people by stage of the
 * journey, revenue bands, workshops and attendance, the intake funnel by prescriber
 * organisation), no figure about fewer than five people.
 */
package coop.dashboard.funders;
