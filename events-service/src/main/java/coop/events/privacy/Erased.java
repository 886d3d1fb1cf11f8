package coop.events.privacy;

/**
 * What an erasure did in one store: records deleted, and records kept for reports with
 * the person's identity replaced by a pseudonym.
 */
public record Erased(long deleted, long anonymised) {

	public static final Erased NOTHING = new Erased(0, 0);

	public Erased plus(Erased other) {
		return new Erased(this.deleted + other.deleted, this.anonymised + other.anonymised);
	}

}
