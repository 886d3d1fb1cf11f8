package coop.resources.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a searchable thing is, as people filter on it (facet {@code type}).
 */
public enum SearchKind {

	RESOURCE("resource"), QUESTION("question"), PAGE("page"), SHOWCASE("showcase"), EVENT("event");

	private final String wire;

	SearchKind(String wire) {
		this.wire = wire;
	}

	/** The value in the index and on the wire ({@code resource}, {@code showcase}…). */
	public String wire() {
		return this.wire;
	}

	/** The index id of the thing with that id in its store: {@code resource:<id>}. */
	public String documentId(String sourceId) {
		return this.wire + ":" + sourceId;
	}

	public static Optional<SearchKind> fromWire(String value) {
		return Arrays.stream(values()).filter((kind) -> kind.wire.equals(value)).findFirst();
	}

}
