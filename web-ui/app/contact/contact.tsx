import { consentFor, getConsents } from "../api/events";
import { listAntennas } from "../api/members";
import { publicPage } from "../site/cache";
import { cooperativeFrom, useCooperative } from "../ui/cooperative";
import { oneLineAddress, seo } from "../ui/seo";
import type { Route } from "./+types/contact";
import { ContactForm } from "./ContactForm";

export async function loader() {
  const [antennas, consents] = await Promise.all([listAntennas(), getConsents()]);
  // the head office first, then the others by name (as the API gives them)
  const open = antennas.ok ? antennas.data : [];
  return {
    antennas: [...open.filter((a) => a.headOffice), ...open.filter((a) => !a.headOffice)],
    consent: consentFor(consents, "CONTACT_MESSAGE"),
  };
}

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

export const meta: Route.MetaFunction = ({ matches }) => {
  const cooperative = cooperativeFrom(matches);
  const where = [oneLineAddress(cooperative), cooperative.contactEmail].filter(Boolean).join(", ");
  return seo({
    title: "Contact",
    description: `Contactez l'équipe de ${cooperative.name}${where ? ` : ${where}` : ""}.`,
    path: "/contact",
    matches,
  });
};

export default function Contact({ loaderData }: Route.ComponentProps) {
  const cooperative = useCooperative();
  return (
    <div className="container page prose">
      <h1>Contact</h1>
      <p className="lead">
        Une question sur la coopérative, un projet à nous présenter, un partenariat à construire ? L'équipe permanente
        vous répond.
      </p>

      <div className="grid">
        {(cooperative.contactEmail || cooperative.phone) && (
          <section className="card" aria-labelledby="equipe">
            <h2 id="equipe" className="card-title">
              L'équipe de {cooperative.name}
            </h2>
            {cooperative.contactEmail && (
              <p>
                Par e-mail : <a href={`mailto:${cooperative.contactEmail}`}>{cooperative.contactEmail}</a>
              </p>
            )}
            {cooperative.phone && <p>Par téléphone : {cooperative.phone}</p>}
          </section>
        )}
        {loaderData.antennas.map((a) => (
          <section className="card" key={a.code} aria-labelledby={`antenne-${a.code}`}>
            <h2 id={`antenne-${a.code}`} className="card-title">
              {a.headOffice ? `Siège : ${a.name}` : `Antenne de ${a.name}`}
            </h2>
            <address>
              {a.street && (
                <>
                  {a.street}
                  <br />
                </>
              )}
              {a.postalCode} {a.town}
            </address>
            {a.openingHours && <p>Ouverture : {a.openingHours}</p>}
          </section>
        ))}
      </div>

      <ContactForm consent={loaderData.consent} />

      <h2>Vous êtes prescripteur ?</h2>
      <p>
        PLIE, missions locales, ALE, Espaces gestion, CCAS : vous pouvez inscrire les personnes que vous accompagnez aux
        réunions d'information collective, avec leur accord, depuis votre espace membre ou en nous écrivant.
      </p>
    </div>
  );
}
