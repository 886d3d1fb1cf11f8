package coop.events.attendance;

import java.util.UUID;

import coop.events.EventsProperties;
import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.security.CurrentUser;
import coop.platform.web.security.Roles;

import org.springframework.stereotype.Component;

/**
 * Who leads a session: coaches lead sessions anywhere in the département; staff who are
 * not coaches their antenna's sessions (the head office's staff, all).
 */
@Component
class SessionLeaders {

	private final AgendaEvents events;

	private final String headOffice;

	SessionLeaders(AgendaEvents events, EventsProperties properties) {
		this.events = events;
		this.headOffice = properties.headOfficeAntenna();
	}

	boolean leads(CurrentUser user, String antenna) {
		return user.hasRole(Roles.COACH) || user.managesAntenna(antenna, this.headOffice);
	}

	/** The session, when this coach or staff member leads it; 403 otherwise. */
	AgendaEvent session(CurrentUser user, UUID eventId) {
		AgendaEvent event = this.events.findById(eventId)
			.orElseThrow(() -> ProblemException.notFound("Cette session n'existe pas."));
		if (!leads(user, event.antennaCode())) {
			throw ProblemException.forbidden("Cette session relève d'une autre antenne.");
		}
		return event;
	}

}
