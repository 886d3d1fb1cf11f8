// What waits for coaches and staff: contributions to validate or refuse (oldest first), published resources
// whose review date has come, and curated links whose site no longer answers (checked daily).
import { Link } from "react-router";
import { getBrokenLinks, getReviewQueue } from "../api/resources";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { formatDate, formatDateTime } from "../ui/format";
import type { Route } from "./+types/review";
import { KINDS } from "./labels";
import { resourcePath } from "./ResourceCard";

export async function clientLoader() {
  return forMembers(async () => {
    const [queue, brokenLinks] = await Promise.all([getReviewQueue(), getBrokenLinks()]);
    return { queue, brokenLinks };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Ressources à valider", "/intranet/ressources/validation", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function Review({ loaderData }: { loaderData: PageData }) {
  return (
    <>
      <p className="breadcrumb">
        <Link to="/intranet/ressources">Centre de ressources</Link>
      </p>
      <h1>Ressources à valider</h1>
      <Loaded result={loaderData.queue}>
        {(queue) => (
          <>
            <p role="status">
              {queue.count === 0
                ? "Rien n'attend votre décision."
                : queue.count === 1
                  ? "1 contribution attend une décision."
                  : `${queue.count} contributions attendent une décision.`}
            </p>
            {queue.waiting.length > 0 && (
              <ul className="plain stack">
                {queue.waiting.map((w) => (
                  <li key={w.resource.id} className="card">
                    <p className="card-kicker">
                      {KINDS[w.resource.kind] ?? w.resource.kind}
                      {w.update ? " · nouvelle version d'une ressource publiée" : " · première publication"}
                    </p>
                    <h2 className="card-title">
                      <Link to={resourcePath(w.resource.slug)}>{w.resource.title}</Link>
                    </h2>
                    <p className="card-meta">
                      Proposée par {w.submittedBy} le {formatDateTime(w.submittedAt)}
                    </p>
                    {w.resource.summary && <p>{w.resource.summary}</p>}
                    {w.own && <p className="muted">Vous y avez contribué : un autre accompagnateur doit décider.</p>}
                  </li>
                ))}
              </ul>
            )}
            <h2>À relire</h2>
            {queue.dueAgain.length === 0 ? (
              <p>Aucune ressource n'a atteint sa date de relecture.</p>
            ) : (
              <ul className="plain stack">
                {queue.dueAgain.map((d) => (
                  <li key={d.resource.id} className="card">
                    <h3 className="card-title">
                      <Link to={resourcePath(d.resource.slug)}>{d.resource.title}</Link>
                    </h3>
                    {d.reviewBy && (
                      <p className="card-meta">À relire avant le {formatDate(`${d.reviewBy}T12:00:00Z`)}</p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Loaded>
      <h2>Liens à vérifier</h2>
      <Loaded result={loaderData.brokenLinks}>
        {(links) =>
          links.length === 0 ? (
            <p>Tous les sites sélectionnés répondaient lors de la dernière vérification.</p>
          ) : (
            <ul className="plain stack">
              {links.map((l) => (
                <li key={l.resourceId} className="card">
                  <h3 className="card-title">
                    <Link to={resourcePath(l.slug)}>{l.title}</Link>
                  </h3>
                  <p className="card-meta">
                    {l.reason} Vérifié le {formatDateTime(l.checkedAt)}.
                  </p>
                  <p className="muted">{l.url}</p>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

export default membersOnly(Review);
