package coop.members.showcase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One version of what a showcase says: the live one (what visitors see) or the working
 * one (what the entrepreneur writes and their coach reviews). Pictures are referred to by
 * the id of an image of the showcase's library, with their alternative text.
 *
 * @param townsServed other towns where the entrepreneur works
 * @param contactForm whether visitors may write through the showcase's form
 */
public record ShowcaseContent(String businessName, String tagline, Sector sector, String town, List<String> townsServed,
		String website, List<Link> links, String contactEmail, String phone, boolean contactForm, Picture logo,
		List<Page> pages) {

	public ShowcaseContent {
		townsServed = (townsServed != null) ? List.copyOf(townsServed) : List.of();
		links = (links != null) ? List.copyOf(links) : List.of();
		pages = (pages != null) ? List.copyOf(pages) : List.of();
	}

	/** A link to the entrepreneur's shop, social network or other site. */
	public record Link(LinkKind kind, String label, String url) {
	}

	/** A picture of the library with the text read in its place. */
	public record Picture(String imageId, String alt) {
	}

	/** A service or product, its price optional (euros, with its unit: « la pièce »). */
	public record Offer(String name, String description, BigDecimal price, String unit) {
	}

	/**
	 * One page: its address under the showcase (the first page answers at the showcase's
	 * own address), its Markdown text, offers and gallery.
	 */
	public record Page(String slug, String title, String body, List<Offer> offers, List<Picture> images) {

		public Page {
			offers = (offers != null) ? List.copyOf(offers) : List.of();
			images = (images != null) ? List.copyOf(images) : List.of();
		}

		Page withImages(List<Picture> pictures) {
			return new Page(this.slug, this.title, this.body, this.offers, pictures);
		}

	}

	/** The ids of every image this version shows (logo and galleries). */
	public Set<String> imageIds() {
		Set<String> ids = new LinkedHashSet<>();
		if (this.logo != null) {
			ids.add(this.logo.imageId());
		}
		this.pages.stream().flatMap((page) -> page.images().stream()).forEach((p) -> ids.add(p.imageId()));
		return ids;
	}

	/** The first picture of the galleries, for link previews. */
	public Picture cover() {
		return this.pages.stream().flatMap((page) -> page.images().stream()).findFirst().orElse(null);
	}

	ShowcaseContent withLogo(Picture picture) {
		return new ShowcaseContent(this.businessName, this.tagline, this.sector, this.town, this.townsServed,
				this.website, this.links, this.contactEmail, this.phone, this.contactForm, picture, this.pages);
	}

	ShowcaseContent withPage(int index, Page page) {
		List<Page> changed = new ArrayList<>(this.pages);
		changed.set(index, page);
		return new ShowcaseContent(this.businessName, this.tagline, this.sector, this.town, this.townsServed,
				this.website, this.links, this.contactEmail, this.phone, this.contactForm, this.logo, changed);
	}

	/** Every town the showcase names: its own, then those served. */
	public List<String> towns() {
		return Stream.concat(Stream.of(this.town), this.townsServed.stream()).distinct().toList();
	}

}
