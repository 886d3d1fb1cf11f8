package coop.resources.search;

import java.util.List;

/**
 * A search as the API receives it, already checked by {@link SearchController}.
 *
 * @param text the words, cleaned ({@link QueryText})
 * @param types kinds chosen (none = all)
 * @param date a date bucket ({@link DateBucket}) or {@code null}
 * @param byDate newest first instead of the most relevant first
 */
record SearchRequest(String text, List<SearchKind> types, String theme, String sector, String antenna, DateBucket date,
		boolean byDate, int page, int size) {

	/** The date facet's buckets: their value in the API, French label and Solr range. */
	enum DateBucket {

		UPCOMING("a-venir", "À venir", "[NOW TO *]"),
		MONTH("30-jours", "Ces 30 derniers jours", "[NOW/DAY-30DAYS TO NOW]"),
		YEAR("12-mois", "Ces 12 derniers mois", "[NOW/DAY-1YEAR TO NOW]"),
		OLDER("plus-ancien", "Plus ancien", "[* TO NOW/DAY-1YEAR}");

		final String value;

		final String label;

		final String range;

		DateBucket(String value, String label, String range) {
			this.value = value;
			this.label = label;
			this.range = range;
		}

		static DateBucket fromValue(String value) {
			for (DateBucket bucket : values()) {
				if (bucket.value.equals(value)) {
					return bucket;
				}
			}
			return null;
		}

	}

}
