package coop.resources.library;

import java.util.List;

/**
 * The centre's home as one caller sees it: how many resources each theme and kind holds,
 * and the latest validated ones.
 */
public record CentreOverview(List<ThemeCount> themes, List<KindCount> kinds, List<ResourceSummary> latest) {

	public record ThemeCount(Theme theme, long count) {
	}

	public record KindCount(ResourceKind kind, long count) {
	}

}
