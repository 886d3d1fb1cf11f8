package coop.events.calendar;

import java.time.Duration;
import java.util.UUID;

import coop.platform.web.security.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * iCalendar files, with Europe/Paris times. The personal feed is public by design
 * (calendar applications cannot log in) but its address holds a 256-bit secret the person
 * can renew, which ends the old one.
 */
@RestController
class CalendarController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final CalendarService calendars;

	CalendarController(CalendarService calendars) {
		this.calendars = calendars;
	}

	record CalendarLink(String url) {
	}

	@GetMapping("/api/events/public/agenda.ics")
	ResponseEntity<String> agenda() {
		// the same feed for everybody: the gateway's page cache keeps it (refreshed by
		// the
		// agenda's messages), a proxy may keep it a few seconds, a calendar application a
		// quarter of an hour
		return ics(this.calendars.publicAgenda(),
				CacheControl.maxAge(Duration.ofMinutes(15))
					.cachePublic()
					.sMaxAge(Duration.ofSeconds(10))
					.staleWhileRevalidate(Duration.ofSeconds(60)));
	}

	@GetMapping("/api/events/public/events/{id}/calendar.ics")
	ResponseEntity<String> event(@PathVariable UUID id) {
		return ics(this.calendars.publicEvent(id), CacheControl.noCache());
	}

	@GetMapping("/api/events/me/calendar-link")
	CalendarLink link(CurrentUser user) {
		return new CalendarLink(this.calendars.linkOf(user.subject()));
	}

	@PostMapping("/api/events/me/calendar-link/renew")
	CalendarLink renew(CurrentUser user) {
		return new CalendarLink(this.calendars.renewLink(user.subject()));
	}

	@GetMapping("/api/events/public/calendars/{secret}.ics")
	ResponseEntity<String> personal(@PathVariable String secret) {
		return ics(this.calendars.personal(secret), CacheControl.noCache());
	}

	private static ResponseEntity<String> ics(String body, CacheControl cache) {
		return ResponseEntity.ok().contentType(CALENDAR).cacheControl(cache).body(body);
	}

}
