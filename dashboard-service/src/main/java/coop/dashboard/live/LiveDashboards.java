package coop.dashboard.live;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import coop.platform.contracts.dashboard.FiguresChanged;
import coop.platform.messaging.EventConsumer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The event streams open on this instance, by entrepreneur. Every instance hears
 * {@code dashboard.figures.changed} on a queue of its own and tells the streams it holds;
 * a comment every few seconds keeps proxies (the gateway) from closing an idle stream. A
 * stream ends after {@link #LIFETIME}: the browser's {@code EventSource} reconnects, and
 * the token is checked again. An instance that stops ends its streams first (the browsers
 * reconnect to another one, or once it is back): the web server's graceful shutdown,
 * which comes after, would otherwise wait its whole timeout for them.
 */
@Component
public class LiveDashboards implements SmartLifecycle {

	static final Duration LIFETIME = Duration.ofMinutes(30);

	private static final Log logger = LogFactory.getLog(LiveDashboards.class);

	private final Map<String, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

	private volatile boolean running;

	/** A stream of the changes of that entrepreneur's figures. */
	public SseEmitter open(String subject) {
		SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
		Set<SseEmitter> ofSubject = this.streams.computeIfAbsent(subject, (key) -> new CopyOnWriteArraySet<>());
		ofSubject.add(emitter);
		Runnable close = () -> forget(subject, emitter);
		emitter.onCompletion(close);
		emitter.onTimeout(close);
		emitter.onError((ex) -> close.run());
		send(subject, emitter,
				SseEmitter.event().name("ready").reconnectTime(5000).data("{}", MediaType.APPLICATION_JSON));
		return emitter;
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Ends every stream open here. The default phase: before the web server's graceful
	 * shutdown.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.streams.forEach((subject, emitters) -> emitters.forEach((emitter) -> {
			emitter.complete();
			forget(subject, emitter);
		}));
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Tells the streams open here for those entrepreneurs. */
	void changed(List<String> subjects, FiguresChanged.Cause cause) {
		for (String subject : subjects) {
			for (SseEmitter emitter : this.streams.getOrDefault(subject, Set.of())) {
				send(subject, emitter,
						SseEmitter.event()
							.name("figures")
							.data(Map.of("subject", subject, "cause", (cause != null) ? cause.name() : "OTHER"),
									MediaType.APPLICATION_JSON));
			}
		}
	}

	@Scheduled(fixedDelayString = "${coop.live.heartbeat:15s}", initialDelayString = "${coop.live.heartbeat:15s}")
	void heartbeat() {
		this.streams.forEach((subject, emitters) -> emitters
			.forEach((emitter) -> send(subject, emitter, SseEmitter.event().comment("toujours là"))));
	}

	private void send(String subject, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException ex) {
			// the browser went away: the container completes the emitter
			logger.debug("Live stream of " + subject + " closed: " + ex.getMessage());
			forget(subject, emitter);
		}
	}

	private void forget(String subject, SseEmitter emitter) {
		this.streams.computeIfPresent(subject, (key, emitters) -> {
			emitters.remove(emitter);
			return emitters.isEmpty() ? null : emitters;
		});
	}

	@Bean
	static EventConsumer dashboardLive(LiveDashboards live) {
		return EventConsumer.everyInstance("dashboard.live")
			.on(FiguresChanged.class, (changed, received) -> live.changed(changed.subjects(), changed.cause()));
	}

}
