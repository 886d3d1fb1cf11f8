package coop.resources.agenda;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import coop.platform.contracts.events.AgendaEventPublished;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The links between the agenda and the resource centre, from the copy of the agenda's
 * events: the next events that use a resource or share its theme, and the resources an
 * event uses. Events-service says which resources a workshop uses ({@code resources} of
 * {@code events.event.published}); nothing here asks it.
 */
@Service
public class AgendaLinks {

	/** How many events a resource's page lists. */
	static final int NEXT = 5;

	private final MongoTemplate mongo;

	private final Clock clock;

	AgendaLinks(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Keeps the event as it is now, unless the copy is newer. */
	void keep(AgendaEventPublished published) {
		String id = published.event().id().toString();
		AgendaCopy stored = this.mongo.findById(id, AgendaCopy.class);
		if (stored != null && stored.changedAt() != null && stored.changedAt().isAfter(published.changedAt())) {
			return;
		}
		String theme = (published.theme() != null && !published.theme().isBlank()) ? published.theme().strip() : null;
		this.mongo.save(new AgendaCopy(id, (published.event().kind() != null) ? published.event().kind().name() : null,
				published.event().title(), published.event().startsAt().toInstant(), published.event().pageUrl(),
				published.audience() != AgendaEventPublished.Audience.PUBLIC, published.cancelled(), theme, key(theme),
				published.resources(), published.changedAt()));
	}

	/**
	 * The next events (not cancelled, not started) that use the resource or whose theme
	 * is one of its themes, soonest first: those that use it before the others.
	 * @param slug the resource's slug
	 * @param themes the resource's themes as people read them (« Gestion »)
	 * @param member whether the reader is a member (else public events only)
	 */
	public List<UpcomingEvent> next(String slug, List<String> themes, boolean member) {
		List<Criteria> linked = new ArrayList<>();
		linked.add(Criteria.where("resources").is(slug));
		List<String> keys = themes.stream().map(AgendaLinks::key).toList();
		if (!keys.isEmpty()) {
			linked.add(Criteria.where("themeKey").in(keys));
		}
		Criteria criteria = new Criteria().andOperator(Criteria.where("cancelled").is(false),
				Criteria.where("startsAt").gt(Instant.now(this.clock)), new Criteria().orOperator(linked));
		if (!member) {
			criteria = new Criteria().andOperator(criteria, Criteria.where("members").is(false));
		}
		List<AgendaCopy> found = this.mongo.find(Query.query(criteria).with(Sort.by("startsAt")), AgendaCopy.class);
		List<UpcomingEvent> using = new ArrayList<>();
		List<UpcomingEvent> onTheme = new ArrayList<>();
		for (AgendaCopy copy : found) {
			boolean uses = copy.resources().contains(slug);
			(uses ? using : onTheme).add(new UpcomingEvent(copy.id(), copy.title(), copy.startsAt(), copy.pageUrl(),
					copy.theme(), copy.members(), uses));
		}
		using.addAll(onTheme);
		return List.copyOf(using.subList(0, Math.min(NEXT, using.size())));
	}

	/**
	 * The slugs of the resources an event uses, in order, if the reader may see the
	 * event.
	 * @param member whether the reader is a member (else public events only)
	 */
	public Optional<List<String>> resourcesOf(String eventId, boolean member) {
		AgendaCopy copy = this.mongo.findById(eventId, AgendaCopy.class);
		if (copy == null || (copy.members() && !member)) {
			return Optional.empty();
		}
		return Optional.of(copy.resources());
	}

	private static String key(String theme) {
		return (theme != null) ? theme.strip().toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * An event to come, as a resource's page lists it.
	 *
	 * @param theme the event's theme, or {@code null}
	 * @param members whether it is for members only (registration from the intranet)
	 * @param uses whether the event uses the resource (else it shares its theme)
	 */
	public record UpcomingEvent(String id, String title, Instant startsAt, String pageUrl, @Nullable String theme,
			boolean members, boolean uses) {
	}

}
