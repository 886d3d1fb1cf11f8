import { CERTIFICATE_URL, getMyAttendance } from "../api/events";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { ATTENDANCE_STATUS } from "../registration/statuses";
import { formatDate } from "../ui/format";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/attendance";

export async function clientLoader() {
  return forMembers(async () => ({ attendance: await getMyAttendance() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Mes présences", "/intranet/presences", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function Attendance({ loaderData }: { loaderData: PageData }) {
  return (
    <>
      <h1>Mes présences</h1>
      <p className="lead">
        Les ateliers et réunions auxquels vous étiez inscrit·e, et votre présence telle que l'animateur l'a notée.
      </p>
      <Loaded result={loaderData.attendance}>
        {(entries) =>
          entries.length === 0 ? (
            <p>Aucune présence n'est encore enregistrée.</p>
          ) : (
            <>
              <p>
                <a href={CERTIFICATE_URL} className="button" type="application/pdf" download>
                  Télécharger mon attestation de présence (PDF)
                </a>
              </p>
              <DataTable caption="Historique de mes présences, du plus récent au plus ancien">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Atelier ou réunion</th>
                    <th scope="col">Présence</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map(({ event, attendance }) => (
                    <tr key={event.id}>
                      <td>
                        <time dateTime={event.startsAt}>{formatDate(event.startsAt)}</time>
                      </td>
                      <th scope="row">
                        {event.title}
                        <span className="muted"> · {event.kindLabel}</span>
                      </th>
                      <td>{attendance ? ATTENDANCE_STATUS[attendance] : "Non renseignée"}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </>
          )
        }
      </Loaded>
    </>
  );
}

export default membersOnly(Attendance);
