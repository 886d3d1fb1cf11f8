// The coaches who agreed to appear on the public site (members-service), as cards under staff's text of
// « Qui sont les accompagnateurs » (/cooperative/accompagnateurs): photo, name, speciality, antenna.
import type { PublicCoach } from "../api/members";

/** The page of the presentation menu that shows the coaches' cards. */
export const COACHES_PAGE = "accompagnateurs";

export function CoachCards({ coaches }: { coaches: PublicCoach[] }) {
  if (coaches.length === 0) return null;
  return (
    <section aria-labelledby="titre-accompagnateurs" className="coach-cards">
      <h2 id="titre-accompagnateurs">L'équipe d'accompagnement</h2>
      <ul className="card-grid">
        {coaches.map((coach) => (
          <li key={coach.name} className="card coach-card">
            {coach.photo && (
              <picture>
                <source type="image/webp" srcSet={coach.photo.srcset} sizes="160px" />
                <img
                  src={coach.photo.src}
                  srcSet={coach.photo.fallbackSrcset}
                  sizes="160px"
                  alt={coach.photo.alt}
                  width={160}
                  height={Math.round((160 * coach.photo.height) / Math.max(coach.photo.width, 1))}
                  loading="lazy"
                />
              </picture>
            )}
            <h3>{coach.name}</h3>
            <p className="coach-speciality">{coach.speciality}</p>
            {coach.antennaName && <p className="muted">{`Antenne de ${coach.antennaName}`}</p>}
            {coach.presentation && <p>{coach.presentation}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
