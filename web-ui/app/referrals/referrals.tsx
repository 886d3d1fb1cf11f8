import { Link } from "react-router";
import { listMyReferrals } from "../api/events";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { followUpLabel } from "../registration/statuses";
import { formatDate, formatSchedule } from "../ui/format";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/referrals";

export async function clientLoader() {
  return forMembers(async () => ({ referrals: await listMyReferrals() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Les personnes que j'ai orientées", "/intranet/orientations", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function Referrals({ loaderData }: { loaderData: PageData }) {
  return (
    <>
      <h1>Les personnes que j'ai orientées</h1>
      <p className="lead">
        Les personnes que vous avez inscrites à une réunion d'information, et ce qu'il en est advenu. Leur nom mène à
        leur parcours : réunion, premier entretien, CAPE et CESA.
      </p>
      <p>
        <Link to="/intranet/orienter">Inscrire une personne</Link>
      </p>
      <Loaded result={loaderData.referrals}>
        {(items) =>
          items.length === 0 ? (
            <p>Vous n'avez encore inscrit personne.</p>
          ) : (
            <DataTable caption="Personnes inscrites par vous, les plus récentes d'abord">
              <thead>
                <tr>
                  <th scope="col">Personne</th>
                  <th scope="col">Réunion</th>
                  <th scope="col">Inscrite le</th>
                  <th scope="col">Suivi</th>
                </tr>
              </thead>
              <tbody>
                {[...items]
                  .sort((a, b) => b.registeredAt.localeCompare(a.registeredAt))
                  .map((r) => (
                    <tr key={r.registrationId}>
                      <th scope="row">
                        <Link to={`/intranet/orientations/${r.registrationId}`}>
                          {r.person.firstName} {r.person.lastName}
                        </Link>
                        <br />
                        <span className="muted">{r.person.email}</span>
                      </th>
                      <td>
                        {r.event.title}
                        <br />
                        <time dateTime={r.event.startsAt}>{formatSchedule(r.event.startsAt, r.event.endsAt)}</time>
                      </td>
                      <td>
                        <time dateTime={r.registeredAt}>{formatDate(r.registeredAt)}</time>
                      </td>
                      <td>{followUpLabel(r.status, r.attendance)}</td>
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

export default membersOnly(Referrals);
