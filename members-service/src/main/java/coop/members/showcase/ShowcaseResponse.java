package coop.members.showcase;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A showcase as the public site shows it; {@code pages}, {@code contactEmail} and
 * {@code phone} only on its own page.
 */
public record ShowcaseResponse(String slug, String displayName, String businessName, Sector sector, String sectorLabel,
		String tagline, String town, @Nullable AntennaRef antenna, @Nullable String website,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<Showcase.ShowcasePage> pages,
		@JsonInclude(JsonInclude.Include.NON_NULL) String contactEmail,
		@JsonInclude(JsonInclude.Include.NON_NULL) String phone) {

	public record AntennaRef(String code, String name) {
	}

}
