// The resources the cooperative shares with everyone, on the public site (rendered on the server, no login): its
// guides and documents for people thinking of joining.
import { Link } from "react-router";
import { listResources } from "../api/resources";
import { cooperativeFrom, shortNameOf, useCooperative } from "../ui/cooperative";
import { seo } from "../ui/seo";
import { Notice, Pager, pageNumber } from "../ui/ui";
import type { Route } from "./+types/public-list";
import { KINDS, THEMES } from "./labels";

const SIZE = 24;

export async function loader({ request }: Route.LoaderArgs) {
  const asked = pageNumber(new URL(request.url).searchParams.get("page"));
  const page = asked <= 1000 ? asked : 0;
  // no session passed on: the public site shows what is public, the same for everyone
  const result = await listResources({ audience: "PUBLIC", page, size: SIZE });
  return { page, result: result.ok ? result.data : null };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  seo({
    title: "Ressources",
    description: `Guides et documents de ${cooperativeFrom(matches).name} pour créer son activité en coopérative : statut d'entrepreneur-salarié, parcours, outils.`,
    path: "/ressources",
    matches,
  });

export function publicResourcePath(slug: string): string {
  return `/ressources/${encodeURIComponent(slug)}`;
}

export default function PublicResources({ loaderData }: Route.ComponentProps) {
  const { result } = loaderData;
  const cooperative = useCooperative();
  return (
    <div className="container page">
      <h1>Ressources</h1>
      <p className="lead">
        Les guides de la coopérative pour comprendre le statut d'entrepreneur-salarié et préparer votre projet. Les
        entrepreneurs de {shortNameOf(cooperative)} trouvent bien d'autres outils dans leur espace.
      </p>
      {!result ? (
        <Notice>Les ressources sont momentanément indisponibles. Merci de réessayer dans quelques minutes.</Notice>
      ) : result.total === 0 ? (
        <p>Aucune ressource publique pour le moment.</p>
      ) : (
        <>
          <ul className="grid">
            {result.items.map((r) => (
              <li key={r.id} className="card">
                <p className="card-kicker">{KINDS[r.kind] ?? r.kind}</p>
                <h2 className="card-title">
                  <Link to={publicResourcePath(r.slug)}>{r.title}</Link>
                </h2>
                {r.summary && <p>{r.summary}</p>}
                <p className="card-meta">{r.themes.map((t) => THEMES[t] ?? t).join(" · ")}</p>
              </li>
            ))}
          </ul>
          <Pager
            page={result.page}
            size={result.size}
            total={result.total}
            href={(p) => (p > 0 ? `/ressources?page=${p}` : "/ressources")}
          />
        </>
      )}
    </div>
  );
}
