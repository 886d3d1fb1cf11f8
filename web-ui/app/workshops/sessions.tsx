import { Link } from "react-router";
import { listCoachSessions } from "../api/events";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { formatSchedule } from "../ui/format";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/sessions";

export async function clientLoader() {
  return forMembers(async () => ({ sessions: await listCoachSessions() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Mes sessions", "/intranet/sessions", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function Sessions({ loaderData }: { loaderData: PageData }) {
  return (
    <>
      <h1>Mes sessions</h1>
      <p className="lead">Les ateliers et réunions que vous animez : ouvrez une session pour noter les présences.</p>
      <Loaded result={loaderData.sessions}>
        {(sessions) =>
          sessions.length === 0 ? (
            <p>Aucune session à venir ou récente.</p>
          ) : (
            <DataTable caption="Mes ateliers et réunions">
              <thead>
                <tr>
                  <th scope="col">Session</th>
                  <th scope="col">Date</th>
                  <th scope="col" className="num">
                    Inscrits
                  </th>
                  <th scope="col" className="num">
                    En attente
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...sessions]
                  .sort((a, b) => a.event.startsAt.localeCompare(b.event.startsAt))
                  .map(({ event, confirmed, waiting }) => (
                    <tr key={event.id}>
                      <th scope="row">
                        <Link to={`/intranet/sessions/${event.id}`}>{event.title}</Link>
                        <span className="muted"> · {event.kindLabel}</span>
                        {event.status === "CANCELLED" && (
                          <>
                            {" "}
                            <span className="badge badge-alert">Annulé</span>
                          </>
                        )}
                      </th>
                      <td>
                        <time dateTime={event.startsAt}>{formatSchedule(event.startsAt, event.endsAt)}</time>
                      </td>
                      <td className="num">{confirmed}</td>
                      <td className="num">{waiting}</td>
                    </tr>
                  ))}
              </tbody>
            </DataTable>
          )
        }
      </Loaded>
    </>
  );
}

export default membersOnly(Sessions);
