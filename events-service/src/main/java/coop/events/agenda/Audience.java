package coop.events.agenda;

/**
 * Who sees an event: everyone on the public agenda, or members in the intranet only.
 */
public enum Audience {

	PUBLIC, MEMBERS

}
