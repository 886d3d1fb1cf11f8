package coop.members.showcase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.members.antenna.Antenna;
import coop.members.antenna.Antennas;
import coop.members.showcase.Showcase.ShowcaseImage;
import coop.members.showcase.ShowcaseContent.Picture;
import coop.members.showcase.ShowcaseResponse.PictureView;
import coop.members.text.Markdown;
import coop.platform.files.ResponsiveImages;

import org.springframework.stereotype.Component;

/**
 * Turns stored versions into what readers get: the public page (live version), the
 * preview (working version, same shape), the editor's own input back.
 */
@Component
class ShowcaseViews {

	/** Public picture addresses: only images of a live version answer. */
	static final String PUBLIC_IMAGES = "/api/members/public/showcase-images/";

	private static final int DESCRIPTION_LENGTH = 160;

	private final Antennas antennas;

	ShowcaseViews(Antennas antennas) {
		this.antennas = antennas;
	}

	Map<String, Antenna> antennas() {
		return this.antennas.findAll().stream().collect(Collectors.toMap(Antenna::code, Function.identity()));
	}

	/** The live version for the public site. */
	ShowcaseResponse live(Showcase showcase, Map<String, Antenna> antennas, boolean full) {
		return view(showcase, showcase.live(), antennas, full, PUBLIC_IMAGES, true);
	}

	/** The working version, as it would look once published. */
	ShowcaseResponse preview(Showcase showcase, Map<String, Antenna> antennas) {
		return view(showcase, showcase.working(), antennas, true,
				"/api/members/showcases/" + showcase.id() + "/images/", false);
	}

	private ShowcaseResponse view(Showcase showcase, ShowcaseContent content, Map<String, Antenna> antennas,
			boolean full, String imageBase, boolean live) {
		Antenna antenna = antennas.get(showcase.antenna());
		ShowcaseResponse.AntennaRef ref = (antenna != null)
				? new ShowcaseResponse.AntennaRef(antenna.code(), antenna.name()) : null;
		Function<Picture, PictureView> pictures = (picture) -> picture(showcase, picture, imageBase);
		List<ShowcaseResponse.ShowcasePageView> pages = full ? content.pages()
			.stream()
			.map((page) -> new ShowcaseResponse.ShowcasePageView(page.slug(), page.title(),
					(page.body() != null) ? page.body() : "", Markdown.toSafeHtml(page.body()),
					description(page.body()), page.offers().stream().map(ShowcaseViews::offer).toList(),
					page.images().stream().map(pictures).filter(java.util.Objects::nonNull).toList()))
			.toList() : null;
		List<ShowcaseResponse.LinkView> links = full ? content.links()
			.stream()
			.map((link) -> new ShowcaseResponse.LinkView(link.kind(), link.kind().label(), link.label(), link.url()))
			.toList() : null;
		PictureView logo = (content.logo() != null) ? pictures.apply(content.logo()) : null;
		PictureView cover = (content.cover() != null) ? pictures.apply(content.cover()) : null;
		return new ShowcaseResponse(showcase.slug(), showcase.displayName(), content.businessName(), content.sector(),
				content.sector().label(), content.sector().makesProducts(), content.tagline(), content.town(),
				content.townsServed(), ref, content.website(), logo, cover, live ? showcase.updatedAt() : null, pages,
				links, full ? content.contactEmail() : null, full ? content.phone() : null,
				full ? content.contactForm() && showcase.ownerSubject() != null : null);
	}

	private static ShowcaseResponse.OfferView offer(ShowcaseContent.Offer offer) {
		return new ShowcaseResponse.OfferView(offer.name(), offer.description(),
				(offer.price() != null) ? offer.price().setScale(2, RoundingMode.HALF_UP).toPlainString() : null,
				offer.unit());
	}

	/** The beginning of the page's text, for search engines' descriptions. */
	static String description(String body) {
		String text = Markdown.toPlainText(body).replaceAll("\\s+", " ").strip();
		if (text.length() <= DESCRIPTION_LENGTH) {
			return text;
		}
		String cut = text.substring(0, DESCRIPTION_LENGTH - 1);
		int space = cut.lastIndexOf(' ');
		return ((space > 80) ? cut.substring(0, space) : cut) + "…";
	}

	static PictureView picture(Showcase showcase, Picture picture, String base) {
		ShowcaseImage image = showcase.image(picture.imageId()).orElse(null);
		if (image == null) {
			return null;
		}
		ResponsiveImages.ImageSet set = image.set();
		ResponsiveImages.Sources sources = set.sources(base + image.id() + "/", 960);
		return new PictureView(image.id(), (picture.alt() != null) ? picture.alt() : "", set.width(), set.height(),
				sources.src(), sources.webpSrcset(), sources.fallbackSrcset(), set.fallback());
	}

	/** The working version as the editor sends it back. */
	static ShowcaseRequests.ShowcaseInput input(ShowcaseContent content) {
		return new ShowcaseRequests.ShowcaseInput(content.businessName(), content.tagline(), content.sector(),
				content.town(), content.townsServed(), content.website(),
				content.links()
					.stream()
					.map((link) -> new ShowcaseRequests.LinkInput(link.kind(), link.label(), link.url()))
					.toList(),
				content.contactEmail(), content.phone(), content.contactForm(), pictureInput(content.logo()),
				content.pages()
					.stream()
					.map((page) -> new ShowcaseRequests.PageInput(page.title(), page.body(),
							page.offers()
								.stream()
								.map((offer) -> new ShowcaseRequests.OfferInput(offer.name(), offer.description(),
										(offer.price() != null) ? offer.price().toPlainString().replace('.', ',')
												: null,
										offer.unit()))
								.toList(),
							page.images().stream().map(ShowcaseViews::pictureInput).toList()))
					.toList());
	}

	private static ShowcaseRequests.PictureInput pictureInput(Picture picture) {
		return (picture != null) ? new ShowcaseRequests.PictureInput(picture.imageId(), picture.alt()) : null;
	}

	static BigDecimal price(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return new BigDecimal(typed.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.')).setScale(2,
				RoundingMode.HALF_UP);
	}

}
