import { type ClientLoaderFunctionArgs, Link } from "react-router";
import { exportOf, getDashboardOf, liveOf } from "../api/dashboard";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import type { Route } from "./+types/entrepreneur-dashboard";
import { DashboardView } from "./DashboardView";
import { useLiveFigures } from "./live";
import { TypedFiguresForm } from "./TypedFiguresForm";

/** One entrepreneur's dashboard, for the coach who follows them and staff (dashboard-service decides who may). */
export async function clientLoader({ params }: ClientLoaderFunctionArgs) {
  const subject = params.subject ?? "";
  return forMembers(async () => ({ subject, dashboard: await getDashboardOf(subject) }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches, params }) =>
  intranetMeta("Tableau de bord d'un entrepreneur", `/intranet/portefeuille/${params.subject}`, matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function EntrepreneurDashboardPage({ loaderData }: { loaderData: PageData }) {
  const live = useLiveFigures(liveOf(loaderData.subject));
  return (
    <>
      <h1>Tableau de bord d'un entrepreneur</h1>
      <p>
        <Link to="/intranet/portefeuille">Retour au portefeuille</Link>
      </p>
      <Loaded result={loaderData.dashboard}>
        {(d) => (
          <>
            <DashboardView dashboard={d} exportBase={exportOf(loaderData.subject)} live={live} />
            <TypedFiguresForm subject={loaderData.subject} thisMonth={d.months[d.months.length - 1]?.month ?? ""} />
          </>
        )}
      </Loaded>
    </>
  );
}

export default membersOnly(EntrepreneurDashboardPage);
