package coop.dashboard.cooperative;

import java.sql.Date;
import java.time.ZoneId;

import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.events.RegistrationWaitlisted;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts registrations per month and kind of event, without keeping who registered. The
 * count and the inbox marker commit together, so a redelivered message is never counted
 * twice.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationCounting {

	static final String QUEUE = "dashboard.registrations";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Bean
	EventConsumer registrationCounter(JdbcClient jdbc) {
		return EventConsumer.queue(QUEUE)
			.on(RegistrationConfirmed.class, (confirmed, received) -> count(jdbc, confirmed.event()))
			.on(RegistrationWaitlisted.class, (waitlisted, received) -> count(jdbc, waitlisted.event()));
	}

	private static void count(JdbcClient jdbc, AgendaEventSnapshot event) {
		jdbc.sql("insert into registration_count (month, kind, registrations) values (?, ?, 1)"
				+ " on conflict (month, kind) do update set registrations = registration_count.registrations + 1")
			.params(Date.valueOf(event.startsAt().atZoneSameInstant(PARIS).toLocalDate().withDayOfMonth(1)),
					event.kind().name())
			.update();
	}

}
