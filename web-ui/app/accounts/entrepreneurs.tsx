import { Link } from "react-router";
import { listMyEntrepreneurs } from "../api/members";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/entrepreneurs";
import { PERSON_STATUS } from "./labels";

export async function clientLoader() {
  return forMembers(async () => ({ people: await listMyEntrepreneurs() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Mes entrepreneurs", "/intranet/entrepreneurs", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function MyEntrepreneurs({ loaderData }: { loaderData: PageData }) {
  return (
    <>
      <h1>Mes entrepreneurs</h1>
      <p className="lead">Les entrepreneurs dont vous êtes l'accompagnateur référent ; leur nom ouvre leur dossier.</p>
      <Loaded result={loaderData.people}>
        {(people) =>
          people.length === 0 ? (
            <p>Aucun entrepreneur ne vous est encore rattaché. L'équipe permanente les rattache depuis « Comptes ».</p>
          ) : (
            <DataTable caption="Les entrepreneurs que j'accompagne">
              <thead>
                <tr>
                  <th scope="col">Nom</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Antenne</th>
                  <th scope="col">Compte</th>
                </tr>
              </thead>
              <tbody>
                {[...people]
                  .sort((a, b) => a.lastName.localeCompare(b.lastName, "fr"))
                  .map((p) => (
                    <tr key={p.id}>
                      <th scope="row">
                        <Link to={`/intranet/dossiers/${encodeURIComponent(p.subject)}`}>
                          {p.firstName} {p.lastName}
                        </Link>
                      </th>
                      <td>
                        <a href={`mailto:${p.email}`}>{p.email}</a>
                      </td>
                      <td>{p.antenna?.name ?? "—"}</td>
                      <td>{PERSON_STATUS[p.status] ?? p.status}</td>
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

export default membersOnly(MyEntrepreneurs);
