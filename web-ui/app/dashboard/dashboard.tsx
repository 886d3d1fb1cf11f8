import { getMyDashboard } from "../api/dashboard";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import type { Route } from "./+types/dashboard";
import { DashboardView } from "./DashboardView";
import { useLiveFigures } from "./live";

export async function clientLoader() {
  return forMembers(async () => ({ dashboard: await getMyDashboard() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Mon tableau de bord", "/intranet/tableau-de-bord", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function DashboardPage({ loaderData }: { loaderData: PageData }) {
  const live = useLiveFigures("/api/dashboard/me/live");
  return (
    <>
      <h1>Mon tableau de bord</h1>
      <Loaded result={loaderData.dashboard}>
        {(d) => <DashboardView dashboard={d} exportBase="/api/dashboard/me/export" live={live} />}
      </Loaded>
    </>
  );
}

export default membersOnly(DashboardPage);
