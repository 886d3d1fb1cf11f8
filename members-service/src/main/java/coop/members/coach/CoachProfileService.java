package coop.members.coach;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import coop.members.antenna.Antenna;
import coop.members.antenna.Antennas;
import coop.members.people.People;
import coop.members.people.Person;
import coop.members.people.PersonRole;
import coop.platform.files.CheckedUploads;
import coop.platform.files.FileDownloads;
import coop.platform.files.FilePolicy;
import coop.platform.files.ResponsiveImages;
import coop.platform.files.ResponsiveImages.Variant;
import coop.platform.files.StoredFile;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * A coach writes their profile and chooses whether it is public; the public list holds
 * the consenting coaches whose account is active. Photos go through the platform's
 * checked uploads and responsive images, as showcase pictures do.
 */
@Service
public class CoachProfileService {

	static final String PUBLIC_PHOTOS = "/api/members/public/coach-photos/";

	static final String OWN_PHOTOS = "/api/members/me/coach-profile/photos/";

	private static final FilePolicy PHOTOS = FilePolicy.imagesOnly(DataSize.ofMegabytes(10));

	private static final Pattern VARIANT = Pattern.compile("(\\d{1,5})\\.(webp|jpg|png)");

	private final CoachProfiles profiles;

	private final People people;

	private final Antennas antennas;

	private final CheckedUploads uploads;

	private final ResponsiveImages responsive;

	private final FileDownloads downloads;

	private final Clock clock;

	CoachProfileService(CoachProfiles profiles, People people, Antennas antennas, CheckedUploads uploads,
			ResponsiveImages responsive, FileDownloads downloads, Clock clock) {
		this.profiles = profiles;
		this.people = people;
		this.antennas = antennas;
		this.uploads = uploads;
		this.responsive = responsive;
		this.downloads = downloads;
		this.clock = clock;
	}

	CoachProfileResponse mine(CurrentUser user) {
		Person coach = coach(user);
		CoachProfile profile = this.profiles.findById(coach.subject())
			.orElseGet(() -> new CoachProfile(coach.subject(), this.clock.instant()));
		return response(coach, profile);
	}

	CoachProfileResponse save(CurrentUser user, CoachProfileRequest request) {
		Person coach = coach(user);
		Instant now = this.clock.instant();
		CoachProfile profile = this.profiles.findById(coach.subject())
			.orElseGet(() -> new CoachProfile(coach.subject(), now));
		profile.describe(request.speciality().strip(), blankToNull(request.presentation()), request.consent(), now);
		return response(coach, this.profiles.save(profile));
	}

	/**
	 * A demo coach's profile as the coach would write it, with their consent: the public
	 * page shows their card.
	 */
	public void describeForDemo(String subject, String speciality, String presentation) {
		Instant now = this.clock.instant();
		CoachProfile profile = this.profiles.findById(subject).orElseGet(() -> new CoachProfile(subject, now));
		profile.describe(speciality, presentation, true, now);
		this.profiles.save(profile);
	}

	CoachProfileResponse setPhoto(CurrentUser user, String name, HttpServletRequest request) {
		Person coach = coach(user);
		if (name == null || name.isBlank()) {
			throw ProblemException.invalid("name", "Indiquez le nom du fichier.");
		}
		Instant now = this.clock.instant();
		CoachProfile profile = this.profiles.findById(coach.subject())
			.orElseGet(() -> new CoachProfile(coach.subject(), now));
		// "owner": the person's files, found again by their export and erasure
		Map<String, Object> metadata = Map.of("coachProfile", coach.subject(), "owner", coach.subject());
		StoredFile stored = this.uploads.store(request, name, PHOTOS, metadata);
		ResponsiveImages.ImageSet set = this.responsive.derive(stored, ResponsiveImages.WIDTHS, metadata);
		CoachProfile.Photo former = profile.photo(new CoachProfile.Photo(UUID.randomUUID().toString(), set, now), now);
		CoachProfile saved;
		try {
			saved = this.profiles.save(profile);
		}
		catch (RuntimeException ex) {
			this.responsive.delete(set);
			throw ex;
		}
		if (former != null) {
			this.responsive.delete(former.set());
		}
		return response(coach, saved);
	}

	CoachProfileResponse removePhoto(CurrentUser user) {
		Person coach = coach(user);
		CoachProfile profile = this.profiles.findById(coach.subject())
			.orElseThrow(() -> ProblemException.notFound("Votre profil n'a pas de photo."));
		CoachProfile.Photo former = profile.photo(null, this.clock.instant());
		CoachProfile saved = this.profiles.save(profile);
		if (former != null) {
			this.responsive.delete(former.set());
		}
		return response(coach, saved);
	}

	ResponseEntity<Resource> ownPhoto(CurrentUser user, String photoId, String file) {
		Person coach = coach(user);
		CoachProfile profile = this.profiles.findById(coach.subject())
			.filter((p) -> p.photo() != null && p.photo().id().equals(photoId))
			.orElseThrow(CoachProfileService::noSuchPhoto);
		return photo(profile.photo(), file, CacheControl.noCache().cachePrivate());
	}

	/** The consenting coaches with an active account, by name. */
	List<PublicCoach> publicList() {
		Map<String, Antenna> antennas = this.antennas.findAll()
			.stream()
			.collect(Collectors.toMap(Antenna::code, (a) -> a));
		Collator collator = Collator.getInstance(Locale.FRENCH);
		List<PublicCoach> coaches = new ArrayList<>();
		for (CoachProfile profile : this.profiles.findByConsentedAtNotNull()) {
			Person coach = this.people.findBySubject(profile.subject())
				.filter(CoachProfileService::activeCoach)
				.orElse(null);
			if (coach == null || !profile.isPublic()) {
				continue;
			}
			Antenna antenna = (coach.antenna() != null) ? antennas.get(coach.antenna()) : null;
			coaches.add(new PublicCoach(coach.fullName(), profile.speciality(), profile.presentation(),
					(antenna != null) ? antenna.code() : null, (antenna != null) ? antenna.name() : null,
					view(profile.photo(), coach, PUBLIC_PHOTOS)));
		}
		coaches.sort(Comparator.comparing(PublicCoach::name, collator));
		return coaches;
	}

	/**
	 * A public photo: only a consenting, active coach's. Its address never changes what
	 * it shows.
	 */
	ResponseEntity<Resource> publicPhoto(String photoId, String file) {
		CoachProfile profile = this.profiles.findFirstByPhotoId(photoId)
			.filter(CoachProfile::isPublic)
			.filter((p) -> this.people.findBySubject(p.subject()).filter(CoachProfileService::activeCoach).isPresent())
			.orElseThrow(CoachProfileService::noSuchPhoto);
		return photo(profile.photo(), file, CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable());
	}

	private ResponseEntity<Resource> photo(CoachProfile.Photo photo, String file, CacheControl cache) {
		Matcher matcher = VARIANT.matcher(file);
		if (!matcher.matches()) {
			throw noSuchPhoto();
		}
		int width = Integer.parseInt(matcher.group(1));
		String mediaType = switch (matcher.group(2)) {
			case "webp" -> ResponsiveImages.WEBP;
			case "png" -> ResponsiveImages.PNG;
			default -> ResponsiveImages.JPEG;
		};
		Variant variant = photo.set()
			.of(mediaType)
			.stream()
			.filter((v) -> v.width() == width)
			.findFirst()
			.orElseThrow(CoachProfileService::noSuchPhoto);
		ResponseEntity<Resource> sent = this.downloads.send(variant.fileId(), true);
		return ResponseEntity.status(sent.getStatusCode()).headers((headers) -> {
			headers.putAll(sent.getHeaders());
			headers.setCacheControl(cache);
		}).body(sent.getBody());
	}

	private CoachProfileResponse response(Person coach, CoachProfile profile) {
		String antennaName = (coach.antenna() != null)
				? this.antennas.findById(coach.antenna()).map(Antenna::name).orElse(null) : null;
		return new CoachProfileResponse(coach.fullName(), profile.speciality(), profile.presentation(),
				profile.consentedAt() != null, profile.consentedAt(), view(profile.photo(), coach, OWN_PHOTOS),
				antennaName);
	}

	private static @Nullable CoachPhotoView view(CoachProfile.@Nullable Photo photo, Person coach, String base) {
		if (photo == null) {
			return null;
		}
		ResponsiveImages.ImageSet set = photo.set();
		ResponsiveImages.Sources sources = set.sources(base + photo.id() + "/", 640);
		return new CoachPhotoView(photo.id(), "Photo de " + coach.fullName(), set.width(), set.height(), sources.src(),
				sources.webpSrcset(), sources.fallbackSrcset(), set.fallback());
	}

	private Person coach(CurrentUser user) {
		return this.people.findBySubject(user.subject())
			.filter(CoachProfileService::activeCoach)
			.orElseThrow(
					() -> ProblemException.notFound("Votre fiche d'accompagnateur n'existe pas : l'équipe la crée."));
	}

	private static boolean activeCoach(Person person) {
		return person.role() == PersonRole.COACH && person.status() != Person.Status.DEACTIVATED;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static ProblemException noSuchPhoto() {
		return ProblemException.notFound("Cette photo n'existe pas ou n'est plus en ligne.");
	}

}
