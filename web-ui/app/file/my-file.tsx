import { getMyDashboard } from "../api/dashboard";
import { getMyFile } from "../api/members";
import { getProgressOf } from "../api/resources";
import { forMembers, intranetMeta, LoadFailure, membersOnly } from "../intranet/page";
import type { Route } from "./+types/my-file";
import { FileView } from "./FileView";

/** The entrepreneur's own file, with the figures that measure their revenue objectives (when the dashboard answers). */
export async function clientLoader() {
  return forMembers(async () => {
    const [file, dashboard] = await Promise.all([getMyFile(), getMyDashboard()]);
    const training = file.ok ? await getProgressOf(file.data.person.subject) : undefined;
    return {
      file,
      figures: dashboard.ok ? dashboard.data.objectives : undefined,
      training: training?.ok ? training.data : undefined,
    };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Mon dossier", "/intranet/mon-dossier", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function MyFilePage({ loaderData }: { loaderData: PageData }) {
  const { file } = loaderData;
  if (!file.ok)
    return (
      <>
        <h1>Mon dossier</h1>
        <LoadFailure result={file} />
      </>
    );
  return <FileView file={file.data} figures={loaderData.figures} training={loaderData.training} own />;
}

export default membersOnly(MyFilePage);
