package coop.members.showcase;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A showcase as the public site shows it (and as its preview shows the working version).
 * The directory leaves out {@code pages}, the links and the contact details: they come
 * with the showcase's own address.
 *
 * @param cover the first picture of the galleries, for cards and link previews
 * @param updatedAt when this version went online ({@code null} for a preview)
 */
public record ShowcaseResponse(String slug, String displayName, String businessName, Sector sector, String sectorLabel,
		boolean makesProducts, @Nullable String tagline, String town, List<String> townsServed,
		@Nullable AntennaRef antenna, @Nullable String website, @Nullable PictureView logo, @Nullable PictureView cover,
		@Nullable Instant updatedAt, @JsonInclude(JsonInclude.Include.NON_NULL) List<ShowcasePageView> pages,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<LinkView> links,
		@JsonInclude(JsonInclude.Include.NON_NULL) String contactEmail,
		@JsonInclude(JsonInclude.Include.NON_NULL) String phone,
		@JsonInclude(JsonInclude.Include.NON_NULL) Boolean contactForm) {

	public record AntennaRef(String code, String name) {
	}

	public record LinkView(LinkKind kind, String kindLabel, String label, String url) {
	}

	/**
	 * One page. {@code body} is the Markdown the entrepreneur wrote, {@code html} the
	 * same rendered and sanitised, to be shown as it is.
	 */
	public record ShowcasePageView(String slug, String title, String body, String html, String description,
			List<OfferView> offers, List<PictureView> images) {
	}

	/**
	 * @param price euros as a decimal ("45.00"), or {@code null} when the entrepreneur
	 * gives none
	 */
	public record OfferView(String name, @Nullable String description, @Nullable String price, @Nullable String unit) {
	}

	/**
	 * A picture for {@code <picture>}: WebP widths in {@code srcset}, the same widths in
	 * the fallback format in {@code fallbackSrcset}, {@code src} a middle width of the
	 * fallback. {@code alt} is empty until the entrepreneur writes it.
	 */
	public record PictureView(String id, String alt, int width, int height, String src, String srcset,
			String fallbackSrcset, String fallbackType) {
	}

}
