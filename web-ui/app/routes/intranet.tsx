import type { Route } from "./+types/intranet";
import { Notice } from "../components/ui";
import { getUser, listAntennas, LOGIN_URL, LOGOUT_URL, readCookie } from "../lib/api";
import { ROLES } from "../lib/labels";
import { seo } from "../lib/seo";

// Rendered in the browser only: the session cookie belongs to the gateway, the server render stays anonymous.
export async function clientLoader() {
  const user = await getUser();
  if (!user.ok) return { user: null, antennaNames: {}, csrf: "" };
  const antennas = user.data.authenticated ? await listAntennas() : null;
  return {
    user: user.data,
    antennaNames: Object.fromEntries((antennas?.ok ? antennas.data : []).map((a) => [a.code, a.name])) as Record<string, string>,
    csrf: readCookie("XSRF-TOKEN") ?? "",
  };
}
clientLoader.hydrate = true as const;

export function HydrateFallback() {
  return (
    <div className="container page">
      <h1>Espace membres</h1>
      <p>Chargement de votre espace…</p>
    </div>
  );
}

export const meta: Route.MetaFunction = ({ matches }) =>
  seo({
    title: "Espace membres",
    description: "L'intranet de COOP'EMPLOI pour les entrepreneurs, les accompagnateurs, les prescripteurs et l'équipe.",
    path: "/intranet",
    matches,
    noindex: true,
  });

function LoginButton() {
  return (
    <p>
      <a href={LOGIN_URL} className="button">
        Se connecter
      </a>
    </p>
  );
}

export default function Intranet({ loaderData }: Route.ComponentProps) {
  const { user, antennaNames, csrf } = loaderData;

  if (!user || !user.authenticated) {
    return (
      <div className="container page">
        <h1>Espace membres</h1>
        {!user && <Notice>Le service de connexion est momentanément indisponible. Merci de réessayer plus tard.</Notice>}
        <p>
          Entrepreneurs, accompagnateurs, prescripteurs et équipe permanente : connectez-vous pour accéder aux ateliers,
          au centre de ressources et à vos outils.
        </p>
        <LoginButton />
      </div>
    );
  }

  const roles = user.roles.map((r) => ROLES[r]).filter(Boolean);
  const antennas = user.antennas.map((code) => antennaNames[code] ?? code);
  return (
    <div className="container page">
      <h1>Bonjour {user.name}</h1>
      <dl className="facts">
        <dt>{roles.length > 1 ? "Rôles" : "Rôle"}</dt>
        <dd>{roles.length ? roles.join(", ") : "Aucun rôle attribué"}</dd>
        {antennas.length > 0 && (
          <>
            <dt>{antennas.length > 1 ? "Antennes" : "Antenne"}</dt>
            <dd>{antennas.join(", ")}</dd>
          </>
        )}
      </dl>
      <form method="post" action={LOGOUT_URL}>
        <input type="hidden" name="_csrf" value={csrf} />
        <button type="submit" className="button button-secondary">
          Se déconnecter
        </button>
      </form>
    </div>
  );
}
