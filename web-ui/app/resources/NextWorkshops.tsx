// The next workshops of a resource: those that use it (staff chose it for them), then those on one of its themes.
// Public ones open their agenda page; members' ones are registered to from « Mes ateliers ».
import { Link } from "react-router";
import type { UpcomingEvent } from "../api/resources";
import { formatDateTime } from "../ui/format";

export function NextWorkshops({ workshops, publicPage = false }: { workshops: UpcomingEvent[]; publicPage?: boolean }) {
  if (workshops.length === 0) return null;
  return (
    <section aria-labelledby="prochains-ateliers" className="panel">
      <h2 id="prochains-ateliers">Prochains ateliers</h2>
      <ul className="plain stack">
        {workshops.map((w) => (
          <li key={w.id}>
            <Link to={w.members && !publicPage ? "/intranet/ateliers" : `/agenda/${encodeURIComponent(w.id)}`}>
              {w.title}
            </Link>{" "}
            <span className="card-meta">
              le {formatDateTime(w.startsAt)} ·{" "}
              {w.uses ? "utilise cette ressource" : `sur le thème « ${w.theme ?? ""} »`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
