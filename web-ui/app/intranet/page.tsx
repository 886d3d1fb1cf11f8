// What every intranet page uses: its data loaded by its route's clientLoader for logged-in users only (forMembers),
// its metadata, the logged-in user, and what to show when the data could not be loaded.
import type { MetaDescriptor } from "react-router";
import { useOutletContext } from "react-router";
import type { ApiResult, Problem } from "../api/client";
import { type AuthenticatedUser, currentUser } from "../api/session";
import { cooperativeFrom } from "../ui/cooperative";
import { seo } from "../ui/seo";
import { LoginLink } from "../ui/ui";

/** Title and description of an intranet page; intranet pages are never indexed. */
export function intranetMeta(
  title: string,
  path: string,
  matches: Parameters<typeof seo>[0]["matches"],
): MetaDescriptor[] {
  return seo({
    title,
    description: `L'intranet de ${cooperativeFrom(matches).name} pour les entrepreneurs, les accompagnateurs, les prescripteurs et l'équipe.`,
    path,
    matches,
    noindex: true,
  });
}

/**
 * Loads an intranet page's data, in its route's clientLoader, for a logged-in user only. Visitors get null: the
 * layout shows them the login link instead of the page, so their browser never asks the member APIs (and their 401s).
 */
export async function forMembers<T>(load: () => Promise<T>): Promise<T | null> {
  const user = await currentUser();
  return user.ok && user.data.authenticated ? load() : null;
}

/**
 * The default export of an intranet page whose loader uses forMembers(): visitors get null data and
 * the layout shows them the login link, so the page itself only renders with its data.
 */
export function membersOnly<D>(Page: React.ComponentType<{ loaderData: D }>) {
  function MembersOnly({ loaderData }: { loaderData: D | null }) {
    return loaderData ? <Page loaderData={loaderData} /> : null;
  }
  MembersOnly.displayName = `MembersOnly(${Page.displayName ?? Page.name})`;
  return MembersOnly;
}

/** The logged-in user, for the pages inside the intranet layout. */
export function useIntranetUser(): AuthenticatedUser {
  return useOutletContext<{ user: AuthenticatedUser }>().user;
}

/** What a page shows when its data could not be loaded: login on 401, the French detail on 403/404. */
export function LoadFailure({ result }: { result: { status: number; problem?: Problem } }) {
  if (result.status === 401) {
    return (
      <div className="notice">
        <p>Votre session a expiré ou vous n'êtes pas connecté·e. Connectez-vous pour accéder à cette page.</p>
        <p>
          <LoginLink />
        </p>
      </div>
    );
  }
  const detail = result.problem?.detail;
  let message: string;
  if (result.status === 403) message = detail ?? "Cette page est réservée à d'autres profils que le vôtre.";
  else if (result.status === 404) message = detail ?? "Ce que vous cherchez n'existe pas ou plus.";
  else message = "Ces informations sont momentanément indisponibles. Merci de réessayer dans quelques minutes.";
  return (
    <p className="notice" role="status">
      {message}
    </p>
  );
}

/** Renders `children(data)` when the result is a success, else the French failure. */
export function Loaded<T>({ result, children }: { result: ApiResult<T>; children: (data: T) => React.ReactNode }) {
  return result.ok ? children(result.data) : <LoadFailure result={result} />;
}
