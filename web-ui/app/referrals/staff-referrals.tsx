import { Link } from "react-router";
import { listReferralPaths } from "../api/events";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { formatDate, formatDay } from "../ui/format";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/staff-referrals";
import { MEETING_OUTCOME } from "./labels";
import { AlsoReferredBy } from "./PathSteps";

export async function clientLoader() {
  return forMembers(async () => ({ referrals: await listReferralPaths() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Personnes orientées", "/intranet/gestion/orientations", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function StaffReferrals({ loaderData }: { loaderData: PageData }) {
  return (
    <>
      <h1>Personnes orientées</h1>
      <p className="lead">
        Les personnes que les prescripteurs ont inscrites à une réunion d'information, et où elles en sont. Une personne
        orientée par plusieurs prescripteurs (même adresse e-mail) garde une ligne par orientation.
      </p>
      <Loaded result={loaderData.referrals}>
        {(items) =>
          items.length === 0 ? (
            <p>Aucune personne orientée pour le moment.</p>
          ) : (
            <DataTable caption="Orientations, les plus récentes d'abord">
              <thead>
                <tr>
                  <th scope="col">Personne</th>
                  <th scope="col">Prescripteur</th>
                  <th scope="col">Réunion</th>
                  <th scope="col">Suite du parcours</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <tr key={r.registrationId}>
                    <th scope="row">
                      <Link to={`/intranet/orientations/${r.registrationId}`}>
                        {r.person.firstName} {r.person.lastName}
                      </Link>
                      <br />
                      <span className="muted">{r.person.email}</span>
                      <AlsoReferredBy others={r.alsoReferredBy} />
                    </th>
                    <td>
                      {r.organisation ?? "—"}
                      <br />
                      <time dateTime={r.referredAt}>{formatDate(r.referredAt)}</time>
                    </td>
                    <td>{MEETING_OUTCOME[r.meetingOutcome] ?? r.meetingOutcome}</td>
                    <td>
                      {r.cesaSignedOn
                        ? `CESA le ${formatDay(r.cesaSignedOn)}`
                        : r.capeSignedOn
                          ? `CAPE le ${formatDay(r.capeSignedOn)}`
                          : r.firstInterviewOn
                            ? `Premier entretien le ${formatDay(r.firstInterviewOn)}`
                            : "—"}
                    </td>
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

export default membersOnly(StaffReferrals);
