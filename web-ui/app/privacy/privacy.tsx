import { Link } from "react-router";
import { type ConsentVersion, getConsents, labels } from "../api/events";
import { publicPage } from "../site/cache";
import { cooperativeFrom, useCooperative } from "../ui/cooperative";
import { formatDate } from "../ui/format";
import { oneLineAddress, seo } from "../ui/seo";
import { TeamMailbox } from "../ui/TeamMailbox";
import { Notice } from "../ui/ui";
import type { Route } from "./+types/privacy";

// The privacy notice: what the platform keeps and why, the rights, and the consent texts word for word, the one in
// force and the earlier versions (each registration keeps the version it was given with).
export async function loader() {
  const consents = await getConsents();
  return { consents: consents.ok ? consents.data : null };
}

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

export const meta: Route.MetaFunction = ({ matches }) =>
  seo({
    title: "Politique de confidentialité",
    description: `Les données que ${cooperativeFrom(matches).name} conserve, pourquoi, vos droits, vos e-mails et les textes de consentement en vigueur.`,
    path: "/confidentialite",
    matches,
  });

function ConsentText({ consent }: { consent: ConsentVersion }) {
  return (
    <blockquote>
      <p>{consent.statement}</p>
      <p>{consent.notice}</p>
    </blockquote>
  );
}

export default function Privacy({ loaderData }: Route.ComponentProps) {
  const { consents } = loaderData;
  const cooperative = useCooperative();
  const address = oneLineAddress(cooperative);
  const current = new Set(consents?.current.map((c) => c.id));
  const earlier = consents?.history.filter((c) => !current.has(c.id)) ?? [];
  return (
    <div className="container page prose">
      <h1>Politique de confidentialité</h1>
      <p className="lead">
        {cooperative.name}
        {cooperative.legalForm ? `, ${cooperative.legalForm}` : ", coopérative d'activités et d'emploi"}
        {address ? `, ${address}` : ""}, est responsable des données que ce site conserve. Elle ne les cède jamais et ne
        s'en sert que pour les raisons ci-dessous.
      </p>

      <h2>Ce que nous conservons et pourquoi</h2>
      <ul>
        <li>
          <strong>Inscription à une réunion d'information</strong> (vous-même ou la structure qui vous accompagne) :
          nom, prénom, adresse e-mail, téléphone, commune, comment vous nous avez connus, pour organiser la réunion et
          vous recontacter au sujet de votre projet, avec votre accord et la version du texte que vous avez acceptée.
        </li>
        <li>
          <strong>Formulaire de contact</strong> : votre message et vos coordonnées, pour vous répondre, avec votre
          accord et la version du texte que vous avez acceptée.
        </li>
        <li>
          <strong>Message à un entrepreneur par sa vitrine</strong> : transmis par e-mail à l'entrepreneur ; la
          coopérative n'en garde que la trace de l'envoi, avec la version du texte accepté.
        </li>
        <li>
          <strong>Espace membres</strong> : votre compte, vos ateliers, rendez-vous, ressources et tableau de bord, pour
          vous accompagner dans votre activité.
        </li>
        <li>
          <strong>E-mails envoyés</strong> : l'adresse, l'objet et la date de chaque e-mail, pour savoir ce qui vous a
          été envoyé.
        </li>
      </ul>

      <h2>Vos e-mails</h2>
      <p>
        Les confirmations, annulations et changements de vos inscriptions et rendez-vous vous sont toujours envoyés. Les
        autres e-mails (rappels, prochaines sessions, questions-réponses) sont facultatifs : chacun porte en bas un lien
        pour choisir ceux que vous recevez ; avec un compte, choisissez-les aussi dans{" "}
        <Link to="/intranet/courriels">votre espace</Link>.
      </p>

      <h2>Vos droits</h2>
      <p>
        Vous pouvez accéder à vos données, les rectifier, les faire effacer ou retirer votre accord en écrivant à{" "}
        <TeamMailbox />. Vous pouvez aussi saisir la CNIL.
      </p>

      <h2>Les textes de consentement en vigueur</h2>
      {consents ? (
        <>
          {consents.current.map((c) => (
            <section key={c.id} aria-labelledby={`consentement-${c.purpose}`}>
              <h3 id={`consentement-${c.purpose}`}>{labels.ConsentPurpose[c.purpose]}</h3>
              <p className="muted">
                Version {c.version}, en vigueur depuis le{" "}
                <time dateTime={c.publishedAt}>{formatDate(c.publishedAt)}</time>
              </p>
              <ConsentText consent={c} />
            </section>
          ))}
          {earlier.length > 0 && (
            <>
              <h2>Versions précédentes</h2>
              <ul>
                {earlier.map((c) => (
                  <li key={c.id}>
                    <details>
                      <summary>
                        {labels.ConsentPurpose[c.purpose]}, version {c.version} (publiée le{" "}
                        <time dateTime={c.publishedAt}>{formatDate(c.publishedAt)}</time>)
                      </summary>
                      <ConsentText consent={c} />
                    </details>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <Notice>
          Les textes de consentement sont momentanément indisponibles. Merci de réessayer dans quelques minutes.
        </Notice>
      )}
    </div>
  );
}
