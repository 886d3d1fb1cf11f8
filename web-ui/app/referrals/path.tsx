import { type ClientLoaderFunctionArgs, Link } from "react-router";
import { getMyReferralPath, getReferralPath } from "../api/events";
import { currentUser } from "../api/session";
import { forMembers, intranetMeta, Loaded, membersOnly, useIntranetUser } from "../intranet/page";
import { formatDate } from "../ui/format";
import type { Route } from "./+types/path";
import { AlsoReferredBy, PathSteps } from "./PathSteps";

/**
 * One referral's path: the prescriber who made it reads it (anyone else's: 404 from events-service), staff read every
 * one with the other prescribers of the same person.
 */
export async function clientLoader({ params }: ClientLoaderFunctionArgs) {
  const id = params.id ?? "";
  return forMembers(async () => {
    const user = await currentUser();
    const prescriber = user.ok && user.data.authenticated && user.data.roles.includes("prescriber");
    return { path: prescriber ? await getMyReferralPath(id) : await getReferralPath(id) };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches, params }) =>
  intranetMeta("Parcours d'une personne orientée", `/intranet/orientations/${params.id}`, matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function ReferralPathPage({ loaderData }: { loaderData: PageData }) {
  const user = useIntranetUser();
  const back = user.roles.includes("prescriber")
    ? { to: "/intranet/orientations", label: "Retour aux personnes que j'ai orientées" }
    : { to: "/intranet/gestion/orientations", label: "Retour aux personnes orientées" };
  return (
    <>
      <p className="breadcrumb">
        <Link to={back.to}>{back.label}</Link>
      </p>
      <Loaded result={loaderData.path}>
        {(path) => (
          <>
            <h1>
              Parcours de {path.person.firstName} {path.person.lastName}
            </h1>
            <p className="lead">
              {path.person.email} · orienté·e le <time dateTime={path.referredAt}>{formatDate(path.referredAt)}</time>
              {path.organisation ? ` par ${path.organisation}` : ""}
            </p>
            <AlsoReferredBy others={path.alsoReferredBy} />
            <PathSteps path={path} />
            <p className="muted">
              Les dates du premier entretien, du CAPE et du CESA viennent du dossier de la personne à la coopérative,
              quand elle en a un à la même adresse e-mail.
            </p>
          </>
        )}
      </Loaded>
    </>
  );
}

export default membersOnly(ReferralPathPage);
