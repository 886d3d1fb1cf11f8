import { listAntennas } from "../api/members";
import { publicPage } from "../site/cache";
import { seo } from "../ui/seo";
import type { Route } from "./+types/contact";
import { ContactForm } from "./ContactForm";

export async function loader() {
  const antennas = await listAntennas();
  // The head office is shown apart, whatever the API says.
  return { antennas: antennas.ok ? antennas.data.filter((a) => a.code !== "seynod") : [] };
}

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

export const meta: Route.MetaFunction = ({ matches }) =>
  seo({
    title: "Contact",
    description:
      "Contactez l'équipe de COOP'EMPLOI : 1025 ancienne route d'Annecy, 74600 Seynod, contact@coopemploi.com.",
    path: "/contact",
    matches,
  });

export default function Contact({ loaderData }: Route.ComponentProps) {
  return (
    <div className="container page prose">
      <h1>Contact</h1>
      <p className="lead">
        Une question sur la coopérative, un projet à nous présenter, un partenariat à construire ? L'équipe permanente
        vous répond.
      </p>

      <div className="grid">
        <section className="card" aria-labelledby="siege">
          <h2 id="siege" className="card-title">
            COOP'EMPLOI Seynod
          </h2>
          <address>
            1025 ancienne route d'Annecy
            <br />
            74600 Seynod
          </address>
          <p>
            Par e-mail : <a href="mailto:contact@coopemploi.com">contact@coopemploi.com</a>
          </p>
        </section>
        {loaderData.antennas.map((a) => (
          <section className="card" key={a.code} aria-labelledby={`antenne-${a.code}`}>
            <h2 id={`antenne-${a.code}`} className="card-title">
              Antenne de {a.name}
            </h2>
            <address>
              {a.street}
              <br />
              {a.postalCode} {a.town}
            </address>
          </section>
        ))}
      </div>

      <ContactForm />

      <h2>Vous êtes prescripteur ?</h2>
      <p>
        PLIE, missions locales, ALE, Espaces gestion, CCAS : vous pouvez inscrire les personnes que vous accompagnez aux
        réunions d'information collective, avec leur accord, depuis votre espace membre ou en nous écrivant.
      </p>
    </div>
  );
}
