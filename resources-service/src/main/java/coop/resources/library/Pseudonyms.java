package coop.resources.library;

import java.util.List;

import coop.platform.moderation.Moderation;
import coop.platform.moderation.ModerationEntry;

/**
 * An erased person's traces in a moderation (owner, authors of a version, steps of the
 * audit trail) replaced by a pseudonym: the trail keeps its steps, without naming them.
 */
public final class Pseudonyms {

	private Pseudonyms() {
	}

	/** The moderation unchanged (the same value) when it does not name the person. */
	public static Moderation moderation(Moderation moderation, String subject, String pseudonym, String anonymousName) {
		if (moderation == null || !names(moderation, subject)) {
			return moderation;
		}
		List<String> authors = ((moderation.versionAuthors() != null) ? moderation.versionAuthors() : List.<String>of())
			.stream()
			.map((author) -> subject.equals(author) ? pseudonym : author)
			.toList();
		List<ModerationEntry> audit = ((moderation.audit() != null) ? moderation.audit() : List.<ModerationEntry>of())
			.stream()
			.map((entry) -> subject.equals(entry.actorSubject()) ? new ModerationEntry(entry.step(), entry.version(),
					pseudonym, anonymousName, entry.at(), entry.note()) : entry)
			.toList();
		return new Moderation(moderation.state(), moderation.version(),
				subject.equals(moderation.owner()) ? pseudonym : moderation.owner(), authors,
				moderation.publishedVersion(), moderation.publishedAt(), moderation.reason(), moderation.reviewBy(),
				audit);
	}

	/**
	 * Replaces, without letter case, every phrase (a full name, an address) in a text by
	 * « [nom effacé] »; {@code null} stays {@code null}.
	 */
	public static java.util.function.UnaryOperator<String> scrubbing(List<String> phrases) {
		List<java.util.regex.Pattern> patterns = phrases.stream()
			.filter((phrase) -> phrase != null && phrase.strip().length() >= 3)
			.map((phrase) -> java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(phrase.strip()),
					java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE))
			.toList();
		return (text) -> {
			if (text == null) {
				return null;
			}
			String scrubbed = text;
			for (java.util.regex.Pattern pattern : patterns) {
				scrubbed = pattern.matcher(scrubbed).replaceAll(ERASED);
			}
			return scrubbed;
		};
	}

	/** What replaces an erased person's name or address in a text. */
	public static final String ERASED = "[nom effacé]";

	static boolean names(Moderation moderation, String subject) {
		return subject.equals(moderation.owner())
				|| (moderation.versionAuthors() != null && moderation.versionAuthors().contains(subject))
				|| (moderation.audit() != null
						&& moderation.audit().stream().anyMatch((entry) -> subject.equals(entry.actorSubject())));
	}

}
