import { Link, Outlet, useLocation, useOutletContext } from "react-router";
import { type AuthenticatedUser, currentUser } from "../api/session";
import { LoginLink, Notice } from "../ui/ui";
import type { Route } from "./+types/layout";
import { intranetMeta } from "./page";

// The intranet renders in the browser only: the session cookie belongs to the gateway, and the
// server render stays anonymous (and the same for everyone).
export async function clientLoader() {
  return { user: await currentUser() };
}
clientLoader.hydrate = true as const;

export function HydrateFallback() {
  return (
    <div className="container page">
      <p className="breadcrumb">Espace membres</p>
      <p role="status">Chargement de votre espace…</p>
    </div>
  );
}

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Espace membres", "/intranet", matches);

/** The logged-in user, for the pages inside the intranet. */
export function useIntranetUser(): AuthenticatedUser {
  return useOutletContext<{ user: AuthenticatedUser }>().user;
}

export default function IntranetLayout({ loaderData }: Route.ComponentProps) {
  const { user } = loaderData;
  const { pathname } = useLocation();

  // /bff/user answers 200 {authenticated:false} to visitors; a 401 means the same
  if (!user.ok && user.status !== 401) {
    return (
      <div className="container page">
        <h1>Espace membres</h1>
        <Notice>Le service de connexion est momentanément indisponible. Merci de réessayer plus tard.</Notice>
      </div>
    );
  }
  if (!user.ok || !user.data.authenticated) {
    return (
      <div className="container page">
        <h1>Espace membres</h1>
        <p>
          Entrepreneurs, accompagnateurs, prescripteurs et équipe permanente : connectez-vous pour accéder aux ateliers,
          à vos rendez-vous, au centre de ressources et à vos outils.
        </p>
        <p>
          <LoginLink />
        </p>
      </div>
    );
  }
  return (
    <div className="container page intranet">
      {pathname.replace(/\/+$/, "") !== "/intranet" && (
        <p className="breadcrumb">
          <Link to="/intranet">Espace membres</Link>
        </p>
      )}
      <Outlet context={{ user: user.data }} />
    </div>
  );
}
