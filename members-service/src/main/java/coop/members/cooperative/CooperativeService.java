package coop.members.cooperative;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import coop.members.MembersProperties;
import coop.platform.files.CheckedUploads;
import coop.platform.files.FilePolicy;
import coop.platform.files.FileRule;
import coop.platform.files.StoredFile;
import coop.platform.web.problem.FieldProblem;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.platform.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * The cooperative's settings: read by everyone (the public site, e-mails, PDFs), changed
 * by staff of the head office. Every change is told as
 * {@code members.cooperative.changed} with the whole settings, so that each service keeps
 * its copy.
 */
@Service
public class CooperativeService {

	/** Logos: PNG, JPEG, WebP or SVG (scripts removed), 1 MB at most. */
	static final FilePolicy LOGO_POLICY = new FilePolicy(List.of(FilePolicy.images(DataSize.ofMegabytes(1)),
			new FileRule("logo SVG", "SVG", DataSize.ofMegabytes(1), java.util.Set.of("image/svg+xml"))));

	private final CooperativeSettings settings;

	private final CheckedUploads uploads;

	private final MembersProperties properties;

	private final Clock clock;

	CooperativeService(CooperativeSettings settings, CheckedUploads uploads, MembersProperties properties,
			Clock clock) {
		this.settings = settings;
		this.uploads = uploads;
		this.properties = properties;
		this.clock = clock;
	}

	/** The settings, or the neutral defaults while nobody has set them. */
	public Cooperative current() {
		return this.settings.findById(Cooperative.ID).orElseGet(Cooperative::defaults);
	}

	/**
	 * Tells the settings again at each start (the same state, through the outbox): a
	 * service whose copy is newer than its queue (a first deployment, a store restored)
	 * and a Keycloak realm imported again get them. Consumers keep the newest
	 * {@code changedAt}, so this changes nothing where the copy is up to date.
	 */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	public void tellAtStart() {
		this.settings.findById(Cooperative.ID).filter(Cooperative::configured).ifPresent((cooperative) -> {
			cooperative.told(this.clock.instant(), this.properties.publicUrl());
			this.settings.save(cooperative);
		});
	}

	/** Sets the cooperative up without a caller: the demo loader. */
	public Cooperative initialise(CooperativeRequest request) {
		Cooperative cooperative = current();
		cooperative.describe(request);
		cooperative.changed(this.clock.instant(), this.properties.publicUrl());
		return this.settings.save(cooperative);
	}

	Cooperative change(CurrentUser staff, CooperativeRequest request) {
		checkHeadOffice(staff);
		String secondary = (request.secondaryColour() == null || request.secondaryColour().isBlank()) ? null
				: request.secondaryColour().toLowerCase(java.util.Locale.ROOT);
		List<FieldProblem> problems = Palette.check(request.primaryColour().toLowerCase(java.util.Locale.ROOT),
				secondary);
		if (!problems.isEmpty()) {
			throw new ProblemException(ProblemType.VALIDATION,
					"Ces couleurs ne sont pas assez contrastées pour être lisibles par tous.", problems);
		}
		Cooperative cooperative = current();
		cooperative.describe(request);
		cooperative.changed(this.clock.instant(), this.properties.publicUrl());
		return this.settings.save(cooperative);
	}

	/**
	 * Replaces the logo with the uploaded image, checked by the platform's uploads (type
	 * from the bytes, size while streaming, SVG cleaned of scripts); the former logo is
	 * deleted once the new one is saved.
	 */
	Cooperative logo(CurrentUser staff, HttpServletRequest request, String name) {
		checkHeadOffice(staff);
		StoredFile stored = this.uploads.store(request, name, LOGO_POLICY, Map.of("purpose", "logo"));
		Cooperative cooperative = current();
		String former = cooperative.logoFileId();
		cooperative.logo(stored.id(), stored.mediaType());
		cooperative.changed(this.clock.instant(), this.properties.publicUrl());
		try {
			cooperative = this.settings.save(cooperative);
		}
		catch (RuntimeException ex) {
			this.uploads.delete(stored.id());
			throw ex;
		}
		if (former != null) {
			this.uploads.delete(former);
		}
		return cooperative;
	}

	Cooperative removeLogo(CurrentUser staff) {
		checkHeadOffice(staff);
		Cooperative cooperative = current();
		String former = cooperative.logoFileId();
		if (former == null) {
			return cooperative;
		}
		cooperative.logo(null, null);
		cooperative.changed(this.clock.instant(), this.properties.publicUrl());
		cooperative = this.settings.save(cooperative);
		this.uploads.delete(former);
		return cooperative;
	}

	/**
	 * Staff of the head office set how long each kind of personal data is kept; told with
	 * the whole settings, so that each service's retention job reads them from its copy.
	 * Refused while the cooperative is not set up (the message would tell neutral
	 * settings as chosen ones).
	 */
	public Cooperative retention(CurrentUser staff,
			coop.platform.contracts.members.CooperativeChanged.Retention periods) {
		checkHeadOffice(staff);
		Cooperative cooperative = current();
		if (!cooperative.configured()) {
			throw new ProblemException(ProblemType.CONFLICT,
					"Renseignez d'abord les réglages de la coopérative, puis les durées de conservation.");
		}
		cooperative.retention(periods);
		cooperative.changed(this.clock.instant(), this.properties.publicUrl());
		return this.settings.save(cooperative);
	}

	private static void checkHeadOffice(CurrentUser staff) {
		if (!staff.managesEveryAntenna()) {
			throw ProblemException.forbidden("Seule l'équipe du siège change les réglages de la coopérative.");
		}
	}

}
