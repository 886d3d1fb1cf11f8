import { type ConsentVersion, getConsents, labels } from "../api/events";
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
// versions (each registration keeps the version it was given with).
export async function loader() {
  const [consents, page] = await Promise.all([getConsents(), getPublishedPage("confidentialite")]);
  return { consents: consents.ok ? consents.data : null, page: page.ok ? page.data : null };
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
  const { consents, page } = loaderData;
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
