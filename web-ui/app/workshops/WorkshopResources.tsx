// The resources of the centre a workshop uses (training modules, documents), as staff chose them: registrants prepare
// with them, and those who missed it catch up, wherever they live.
import { Link } from "react-router";
import type { EventResponse } from "../api/events";
import { getEventResources, type ResourceSummary } from "../api/resources";
import { resourcePath } from "../resources/ResourceCard";

/** Each event's resources the person may read, by event id (events without any are not asked). */
export async function resourcesOfEvents(events: EventResponse[]): Promise<Record<string, ResourceSummary[]>> {
  const used = [...new Map(events.filter((e) => e.resources.length > 0).map((e) => [e.id, e] as const)).values()];
  const found = await Promise.all(used.map(async (e) => [e.id, await getEventResources(e.id)] as const));
  return Object.fromEntries(
    found.filter(([, r]) => r.ok && r.data.length > 0).map(([id, r]) => [id, r.ok ? r.data : []] as const),
  );
}

export function WorkshopResources({ title, resources }: { title: string; resources?: ResourceSummary[] }) {
  if (!resources || resources.length === 0) return null;
  return (
    <div>
      <p className="card-meta">Les ressources de l'atelier :</p>
      <ul>
        {resources.map((r) => (
          <li key={r.id}>
            <Link to={resourcePath(r.slug)} aria-label={`${r.title} (ressource de « ${title} »)`}>
              {r.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
