package coop.gateway;

import coop.platform.contracts.events.AgendaEventPublished;
import coop.platform.contracts.events.RegistrationCancelled;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.events.RegistrationPromoted;
import coop.platform.contracts.events.SeatOffered;
import coop.platform.contracts.members.AccountDeactivated;
import coop.platform.contracts.members.AccountReactivated;
import coop.platform.contracts.members.AntennaChanged;
import coop.platform.contracts.members.CoachProfileChanged;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.contracts.members.PersonChanged;
import coop.platform.contracts.members.ShowcasePublished;
import coop.platform.contracts.members.ShowcaseWithdrawn;
import coop.platform.contracts.resources.PagePublished;
import coop.platform.messaging.EventConsumer;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionListener;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What makes the page cache refresh the pages that show what changed, within a second or
 * so: each gateway instance hears the messages itself (a queue of its own). An event
 * published (created, changed, moved or cancelled), a seat taken, freed or offered: the
 * agenda's pages; a showcase published or withdrawn: the showcases' pages and the fairs';
 * a coach's profile or consent, an account deactivated or reactivated, a person's role or
 * antenna changed: the coaches' page; the cooperative's settings (every page's header,
 * footer, title and colours), a presentation page published or moved in the menu (its
 * page, the cooperative's menu on the others, the sitemap) or an antenna (the agenda's
 * filter, the contact page, the event pages' places) changed: every page. While the
 * broker is unreachable messages are missed, so every page is out of date when the
 * connection comes back.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheInvalidation {

	@Bean
	EventConsumer pageCachePurges(PageCache cache) {
		return EventConsumer.everyInstance("gateway.page-cache")
			// the event as it is now: created, changed, moved, cancelled, a fair's
			// exhibitors
			.on(AgendaEventPublished.class, (event, received) -> cache.purge(PageCache.AGENDA))
			.on(RegistrationConfirmed.class, (event, received) -> cache.purge(PageCache.AGENDA))
			.on(RegistrationCancelled.class, (event, received) -> cache.purge(PageCache.AGENDA))
			.on(RegistrationPromoted.class, (event, received) -> cache.purge(PageCache.AGENDA))
			.on(SeatOffered.class, (event, received) -> cache.purge(PageCache.AGENDA))
			// a fair's page lists its exhibitors' showcases
			.on(ShowcasePublished.class, (event, received) -> cache.purge(PageCache.SHOWCASES, PageCache.AGENDA))
			.on(ShowcaseWithdrawn.class, (event, received) -> cache.purge(PageCache.SHOWCASES, PageCache.AGENDA))
			// the coaches' cards: a profile or consent changed, a coach erased; an
			// inactive account or a person no longer a coach leaves them; they show
			// the antenna
			.on(CoachProfileChanged.class, (event, received) -> cache.purge(PageCache.COACHES))
			.on(AccountDeactivated.class, (event, received) -> cache.purge(PageCache.COACHES))
			.on(AccountReactivated.class, (event, received) -> cache.purge(PageCache.COACHES))
			.on(PersonChanged.class, (event, received) -> cache.purge(PageCache.COACHES))
			// rare changes that show on many pages
			.on(CooperativeChanged.class, (event, received) -> cache.purgeAll())
			.on(AntennaChanged.class, (event, received) -> cache.purgeAll())
			.on(PagePublished.class, (event, received) -> cache.purgeAll());
	}

	@Bean
	InitializingBean purgeOnReconnection(ConnectionFactory connections, PageCache cache) {
		return () -> connections.addConnectionListener(new ConnectionListener() {
			@Override
			public void onCreate(org.springframework.amqp.rabbit.connection.Connection connection) {
				cache.purgeAll();
			}
		});
	}

}
