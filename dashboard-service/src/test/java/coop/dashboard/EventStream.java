package coop.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server-sent event stream read as a browser's {@code EventSource} would: each event's
 * name and data, as they arrive.
 */
final class EventStream implements AutoCloseable {

	record Event(String name, String data) {
	}

	private final HttpResponse<Stream<String>> response;

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private EventStream(HttpResponse<Stream<String>> response) {
		this.response = response;
		Thread reader = new Thread(this::read, "test-event-stream");
		reader.setDaemon(true);
		reader.start();
	}

	static EventStream open(String url, String token) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "text/event-stream")
			.build();
		try {
			HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofLines());
			return new EventStream(response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	int status() {
		return this.response.statusCode();
	}

	String contentType() {
		return this.response.headers().firstValue("Content-Type").orElse("");
	}

	/** The next event, or {@code null} when none came in time. */
	Event next(Duration timeout) {
		try {
			return this.events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** The next event of that name, skipping others, or {@code null}. */
	Event next(String name, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		Event event;
		while ((event = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) != null) {
			if (name.equals(event.name())) {
				return event;
			}
		}
		return null;
	}

	private void read() {
		String[] name = { "message" };
		StringBuilder data = new StringBuilder();
		try (Stream<String> lines = this.response.body()) {
			lines.forEach((line) -> {
				if (line.isEmpty()) {
					if (!data.isEmpty()) {
						this.events.add(new Event(name[0], data.toString()));
					}
					name[0] = "message";
					data.setLength(0);
				}
				else if (line.startsWith("event:")) {
					name[0] = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data.append((data.isEmpty()) ? "" : "\n").append(line.substring(5).strip());
				}
			});
		}
		catch (UncheckedIOException ex) {
			// closed
		}
	}

	@Override
	public void close() {
		this.response.body().close();
	}

}
