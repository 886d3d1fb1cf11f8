import { type ClientLoaderFunctionArgs, Link } from "react-router";
import { getDashboardOf } from "../api/dashboard";
import { getFile } from "../api/members";
import { getProgressOf } from "../api/resources";
import { forMembers, intranetMeta, LoadFailure, membersOnly, useIntranetUser } from "../intranet/page";
import type { Route } from "./+types/file";
import { FileView } from "./FileView";

/**
 * One entrepreneur's file for their coach or staff (members-service decides who may: anyone else gets 404), with the
 * figures that measure the revenue objectives when dashboard-service answers.
 */
export async function clientLoader({ params }: ClientLoaderFunctionArgs) {
  const subject = params.subject ?? "";
  return forMembers(async () => {
    const [file, dashboard, training] = await Promise.all([
      getFile(subject),
      getDashboardOf(subject),
      getProgressOf(subject),
    ]);
    return {
      subject,
      file,
      figures: dashboard.ok ? dashboard.data.objectives : undefined,
      training: training.ok ? training.data : undefined,
    };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches, params }) =>
  intranetMeta("Dossier d'un entrepreneur", `/intranet/dossiers/${params.subject}`, matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function FilePage({ loaderData }: { loaderData: PageData }) {
  const user = useIntranetUser();
  const own = loaderData.file.ok && loaderData.file.data.person.subject === user.subject;
  const back = user.roles.includes("coach")
    ? { to: "/intranet/entrepreneurs", label: "Retour à mes entrepreneurs" }
    : { to: "/intranet/portefeuille", label: "Retour au portefeuille" };
  return (
    <>
      {!own && (
        <p className="breadcrumb">
          <Link to={back.to}>{back.label}</Link>
        </p>
      )}
      {loaderData.file.ok ? (
        <>
          <FileView file={loaderData.file.data} figures={loaderData.figures} training={loaderData.training} own={own} />
          {!own && (
            <p>
              <Link to={`/intranet/portefeuille/${encodeURIComponent(loaderData.subject)}`}>
                Voir son tableau de bord
              </Link>
            </p>
          )}
        </>
      ) : (
        <>
          <h1>Dossier d'un entrepreneur</h1>
          <LoadFailure result={loaderData.file} />
        </>
      )}
    </>
  );
}

export default membersOnly(FilePage);
