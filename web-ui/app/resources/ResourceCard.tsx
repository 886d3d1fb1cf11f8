// A resource in a list: its kind, title (a link to its page), summary and themes; in the author's lists, where it
// stands and why it was refused.
import { Link } from "react-router";
import type { ResourceSummary } from "../api/resources";
import { formatDate } from "../ui/format";
import { KINDS, STATES, stateClass, THEMES } from "./labels";

export function resourcePath(slug: string): string {
  return `/intranet/ressources/${encodeURIComponent(slug)}`;
}

export function ResourceCard({
  resource,
  withState = false,
  headingLevel = 3,
}: {
  resource: ResourceSummary;
  /** the author's view: the state of the working version and the reason of a refusal */
  withState?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <li className="card">
      <p className="card-kicker">{KINDS[resource.kind] ?? resource.kind}</p>
      <Heading className="card-title">
        <Link to={resourcePath(resource.slug)}>{resource.title}</Link>
      </Heading>
      {resource.thumbnailUrl && <img src={resource.thumbnailUrl} alt="" width={160} loading="lazy" />}
      {resource.summary && <p>{resource.summary}</p>}
      <p className="card-meta">
        {resource.themes.map((t) => THEMES[t] ?? t).join(" · ")}
        {resource.publishedAt && !withState && <> — publiée le {formatDate(resource.publishedAt)}</>}
        {resource.fileCount > 0 && <> — {resource.fileCount > 1 ? `${resource.fileCount} fichiers` : "1 fichier"}</>}
      </p>
      {withState && (
        <p>
          <span className={stateClass(resource.state)}>{STATES[resource.state] ?? resource.state}</span>
          {resource.audience === "PERSONAL" && <span className="badge">mon outil</span>}
          {resource.pendingVersion && <span className="badge">nouvelle version en cours</span>}
        </p>
      )}
      {withState && resource.reason && (resource.state === "REJECTED" || resource.state === "WITHDRAWN") && (
        <p className="notice notice-small">Raison : {resource.reason}</p>
      )}
    </li>
  );
}
