package coop.platform.messaging;

import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * Carries a request's trace through the messages it causes, in W3C Trace Context form
 * ({@code 00-<trace id>-<span id>-01}). The publishing side reads the trace of the
 * current thread from the logging context, where Micrometer Tracing keeps {@code traceId}
 * and {@code spanId}; the consuming side puts the trace id back there while the handler
 * runs, so that every log line of the handling carries it.
 */
public final class TraceContext {

	static final String TRACE_ID = "traceId";

	static final String SPAN_ID = "spanId";

	private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");

	private TraceContext() {
	}

	/** The current thread's trace as a {@code traceparent}, or {@code null}. */
	public static String current() {
		String trace = MDC.get(TRACE_ID);
		String span = MDC.get(SPAN_ID);
		if (trace == null || span == null || !trace.matches("[0-9a-f]{32}") || !span.matches("[0-9a-f]{16}")) {
			return null;
		}
		return "00-" + trace + "-" + span + "-01";
	}

	/**
	 * Puts the trace of a message into the logging context until the scope is closed; a
	 * missing or malformed {@code traceparent} changes nothing.
	 */
	public static Scope continueFrom(String traceparent) {
		var matcher = (traceparent != null) ? TRACEPARENT.matcher(traceparent) : null;
		if (matcher == null || !matcher.matches()) {
			return () -> {
			};
		}
		String previousTrace = MDC.get(TRACE_ID);
		String previousSpan = MDC.get(SPAN_ID);
		MDC.put(TRACE_ID, matcher.group(1));
		MDC.put(SPAN_ID, matcher.group(2));
		return () -> {
			restore(TRACE_ID, previousTrace);
			restore(SPAN_ID, previousSpan);
		};
	}

	private static void restore(String key, String value) {
		if (value == null) {
			MDC.remove(key);
		}
		else {
			MDC.put(key, value);
		}
	}

	/** Ends what {@link #continueFrom(String)} put in place. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
