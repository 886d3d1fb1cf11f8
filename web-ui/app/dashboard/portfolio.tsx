import { Link } from "react-router";
import { getCoachPortfolio, getStaffPortfolio, type PortfolioEntry } from "../api/dashboard";
import { currentUser } from "../api/session";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { formatEuros } from "../ui/format";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/portfolio";

/** A coach's portfolio (the entrepreneurs they follow), staff's (their antennas'), sorted by alerts. */
export async function clientLoader() {
  return forMembers(async () => {
    const user = await currentUser();
    const staff = user.ok && user.data.authenticated && user.data.roles.includes("staff");
    return { staff, portfolio: await (staff ? getStaffPortfolio() : getCoachPortfolio()) };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Portefeuille d'entrepreneurs", "/intranet/portefeuille", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function trend(entry: PortfolioEntry): string {
  if (entry.revenueTrend == null) return "—";
  return `${entry.revenueTrend > 0 ? "+" : entry.revenueTrend < 0 ? "\u2212" : ""}${Math.abs(entry.revenueTrend)} %`;
}

function PortfolioPage({ loaderData }: { loaderData: PageData }) {
  return (
    <>
      <h1>Portefeuille d'entrepreneurs</h1>
      <p className="lead">
        {loaderData.staff
          ? "Les entrepreneurs des antennes que vous gérez, ceux qui ont le plus d'alertes en premier."
          : "Les entrepreneurs que vous accompagnez, ceux qui ont le plus d'alertes en premier."}
      </p>
      <Loaded result={loaderData.portfolio}>
        {(entries) =>
          entries.length === 0 ? (
            <p>Aucun entrepreneur dans ce portefeuille.</p>
          ) : (
            <DataTable caption="Entrepreneurs, chiffres clés et alertes">
              <thead>
                <tr>
                  <th scope="col">Entrepreneur</th>
                  <th scope="col" className="num">
                    Chiffre d'affaires de l'année
                  </th>
                  <th scope="col" className="num">
                    Tendance sur un an
                  </th>
                  <th scope="col" className="num">
                    Trésorerie
                  </th>
                  <th scope="col" className="num">
                    Factures en retard
                  </th>
                  <th scope="col">Alertes</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.subject}>
                    <th scope="row">
                      <Link to={`/intranet/portefeuille/${encodeURIComponent(e.subject)}`}>{e.name}</Link>
                      {e.antenna && <span className="card-meta"> · {e.antenna}</span>}
                      <br />
                      <Link
                        to={`/intranet/dossiers/${encodeURIComponent(e.subject)}`}
                        className="card-meta"
                        aria-label={`Dossier de ${e.name}`}
                      >
                        Dossier
                      </Link>
                    </th>
                    <td className="num">{formatEuros(e.revenueYearToDate)}</td>
                    <td className="num">{trend(e)}</td>
                    <td className="num">{formatEuros(e.treasury)}</td>
                    <td className="num">{e.lateInvoices}</td>
                    <td>
                      {e.alerts.length === 0 ? (
                        "Aucune"
                      ) : (
                        <ul className="plain">
                          {e.alerts.map((a) => (
                            <li key={a.kind}>
                              <Link to={`/intranet/portefeuille/${encodeURIComponent(e.subject)}`}>{a.reason}</Link>
                            </li>
                          ))}
                        </ul>
                      )}
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

export default membersOnly(PortfolioPage);
