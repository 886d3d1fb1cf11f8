import { type ConsentVersion, getConsents, labels } from "../api/events";
import { getRetentionPeriods } from "../api/members";
import { getPublishedPage } from "../api/resources";
import { publicPage } from "../site/cache";
import { cooperativeFrom } from "../ui/cooperative";
import { formatDate } from "../ui/format";
import { ServiceHtml } from "../ui/ServiceHtml";
import { seo } from "../ui/seo";
import { TeamMailbox } from "../ui/TeamMailbox";
import { Notice } from "../ui/ui";
import type { Route } from "./+types/privacy";

// The privacy notice: what the platform keeps and why and the rights, as staff write them (the presentation page
// `confidentialite` of resources-service), then the consent texts word for word, the one in force and the earlier
// versions (each registration keeps the version it was given with); between them, how long each kind of data is
// kept (the cooperative's retention periods, members-service).
export async function loader() {
  const [consents, page, retention] = await Promise.all([
    getConsents(),
    getPublishedPage("confidentialite"),
    getRetentionPeriods(),
  ]);
  return {
    consents: consents.ok ? consents.data : null,
    page: page.ok ? page.data : null,
    retention: retention.ok ? retention.data : null,
  };
}

/** « 365 jours » as people read a period: in years or months when it is a round number of them. */
function period(days: number): string {
  if (days % 365 === 0) return days === 365 ? "1 an" : `${days / 365} ans`;
  if (days % 30 === 0) return `${days / 30} mois`;
  return days === 1 ? "1 jour" : `${days} jours`;
}

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

export const meta: Route.MetaFunction = ({ loaderData, matches }) =>
  seo({
    title: loaderData?.page?.title ?? "Politique de confidentialité",
    description:
      loaderData?.page?.description ??
      `Les données que ${cooperativeFrom(matches).name} conserve, pourquoi, vos droits, vos e-mails et les textes de consentement en vigueur.`,
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
  const { consents, page, retention } = loaderData;
  const current = new Set(consents?.current.map((c) => c.id));
  const earlier = consents?.history.filter((c) => !current.has(c.id)) ?? [];
  return (
    <div className="container page prose">
      <h1>{page?.title ?? "Politique de confidentialité"}</h1>
      {page ? (
        <ServiceHtml html={page.html} />
      ) : (
        <Notice>
          Le texte de cette page est momentanément indisponible. Pour toute question sur vos données, écrivez à{" "}
          <TeamMailbox />.
        </Notice>
      )}

      {retention && (
        <>
          <h2>Combien de temps nous les conservons</h2>
          <p>Au-delà de ces durées, choisies par la coopérative, ces données sont supprimées chaque nuit :</p>
          <ul>
            <li>
              inscriptions à une réunion d'information de personnes qui n'ont pas rejoint la coopérative :{" "}
              {period(retention.visitorRegistrations)} après la réunion ;
            </li>
            <li>messages du formulaire de contact : {period(retention.contactMessages)} après leur réception ;</li>
            <li>journal des e-mails envoyés : {period(retention.sentMails)} après l'envoi ;</li>
            <li>rappels : {period(retention.reminders)} après l'événement ;</li>
            <li>
              archive de vos données, quand vous les demandez : {period(retention.exportArchives)} après sa préparation.
            </li>
          </ul>
        </>
      )}

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
