package coop.members.showcase;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.members.MembersProperties;
import coop.members.antenna.Antenna;
import coop.members.antenna.Antennas;
import coop.platform.contracts.members.ShowcasePublished;
import coop.platform.web.PageResponse;
import coop.platform.web.problem.ProblemException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Publishing and reading showcases.
 */
@Service
public class ShowcaseService {

	private final Showcases showcases;

	private final Antennas antennas;

	private final MembersProperties properties;

	private final Clock clock;

	ShowcaseService(Showcases showcases, Antennas antennas, MembersProperties properties, Clock clock) {
		this.showcases = showcases;
		this.antennas = antennas;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Saves the showcase online; the search index learns of it from the message saved
	 * with it.
	 */
	public Showcase publish(Showcase showcase) {
		showcase.publish(published(showcase), this.clock.instant());
		return this.showcases.save(showcase);
	}

	public PageResponse<ShowcaseResponse> publicList(Sector sector, int page, int size) {
		PageRequest request = PageRequest.of(page, size, Sort.by("businessName"));
		Page<Showcase> found = (sector != null) ? this.showcases.findByPublishedTrueAndSector(sector, request)
				: this.showcases.findByPublishedTrue(request);
		Map<String, Antenna> antennaNames = antennas();
		return PageResponse.of(found, (showcase) -> toResponse(showcase, antennaNames, false));
	}

	public ShowcaseResponse publicShowcase(String slug) {
		Showcase showcase = this.showcases.findBySlugAndPublishedTrue(slug)
			.orElseThrow(() -> ProblemException.notFound("Aucun entrepreneur ne présente d'activité à cette adresse."));
		return toResponse(showcase, antennas(), true);
	}

	/** Since when the entrepreneur's showcase is online, if it is. */
	public Optional<Instant> onlineSince(String owner) {
		return this.showcases.findFirstByOwnerSubject(owner).filter(Showcase::published).map(Showcase::updatedAt);
	}

	private Map<String, Antenna> antennas() {
		return this.antennas.findAll().stream().collect(Collectors.toMap(Antenna::code, Function.identity()));
	}

	private ShowcasePublished published(Showcase showcase) {
		return new ShowcasePublished(showcase.slug(), showcase.displayName(), showcase.businessName(),
				showcase.sector().name(), showcase.sector().label(), showcase.tagline(), showcase.town(),
				showcase.antenna(), showcase.website(),
				showcase.pages()
					.stream()
					.map((page) -> new ShowcasePublished.Page(page.slug(), page.title(), page.body()))
					.toList(),
				this.properties.publicUrl() + "/entrepreneurs/" + showcase.slug(), showcase.ownerSubject());
	}

	private static ShowcaseResponse toResponse(Showcase showcase, Map<String, Antenna> antennas, boolean full) {
		Antenna antenna = antennas.get(showcase.antenna());
		ShowcaseResponse.AntennaRef ref = (antenna != null)
				? new ShowcaseResponse.AntennaRef(antenna.code(), antenna.name()) : null;
		return new ShowcaseResponse(showcase.slug(), showcase.displayName(), showcase.businessName(), showcase.sector(),
				showcase.sector().label(), showcase.tagline(), showcase.town(), ref, showcase.website(),
				full ? showcase.pages() : null, full ? showcase.contactEmail() : null, full ? showcase.phone() : null);
	}

}
