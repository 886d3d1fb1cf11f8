import { Link } from "react-router";
import { listShowcases, type ShowcaseResponse } from "../api/members";
import { publicPage } from "../site/cache";
import { cooperativeFrom, useCooperative } from "../ui/cooperative";
import { seo } from "../ui/seo";
import { Notice, Pager } from "../ui/ui";
import type { Route } from "./+types/entrepreneurs";
import { SECTORS, ShowcaseCard } from "./ShowcaseCard";

const PAGE_SIZE = 24;

function pageParam(q: URLSearchParams): number {
  const n = Number(q.get("page"));
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export async function loader({ request }: Route.LoaderArgs) {
  const q = new URL(request.url).searchParams;
  const requested = q.get("secteur") ?? "";
  const sector = requested in SECTORS ? requested : "";
  const page = pageParam(q);
  const result = await listShowcases({
    sector: (sector || undefined) as ShowcaseResponse["sector"] | undefined,
    page,
    size: PAGE_SIZE,
  });
  return { sector, page, result: result.ok ? result.data : null };
}

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const sector = loaderData?.sector ? SECTORS[loaderData.sector] : undefined;
  const name = cooperativeFrom(matches).name;
  return seo({
    title: sector ? `Entrepreneurs : ${sector}` : "Les entrepreneurs de la coopérative",
    description: sector
      ? `Les entrepreneurs de ${name} du secteur ${sector} : découvrez leurs activités.`
      : `Artisans, créateurs, consultants, prestataires : découvrez les activités des entrepreneurs de ${name}.`,
    path: `/entrepreneurs${loaderData?.sector ? `?secteur=${loaderData.sector}` : ""}`,
    matches,
  });
};

function href(sector: string, page = 0): string {
  const q = new URLSearchParams();
  if (sector) q.set("secteur", sector);
  if (page > 0) q.set("page", String(page));
  const s = q.toString();
  return s ? `/entrepreneurs?${s}` : "/entrepreneurs";
}

export default function Entrepreneurs({ loaderData }: Route.ComponentProps) {
  const { sector, page, result } = loaderData;
  const cooperative = useCooperative();
  return (
    <div className="container page">
      <h1>Les entrepreneurs</h1>
      <p className="lead">
        Ils testent et développent leur activité au sein de {cooperative.name}. Faites appel à eux !
      </p>

      <nav aria-label="Filtrer par secteur d'activité" className="filters">
        <ul className="chips">
          <li>
            <Link to="/entrepreneurs" aria-current={sector === "" ? "page" : undefined}>
              Tous les secteurs
            </Link>
          </li>
          {Object.entries(SECTORS).map(([code, label]) => (
            <li key={code}>
              <Link to={href(code)} aria-current={sector === code ? "page" : undefined}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <h2>{sector ? SECTORS[sector] : "Tous les secteurs"}</h2>
      {result === null ? (
        <Notice>
          La liste des entrepreneurs est momentanément indisponible. Merci de réessayer dans quelques minutes.
        </Notice>
      ) : result.items.length === 0 ? (
        <p>Aucun entrepreneur n'est présenté dans ce secteur pour le moment.</p>
      ) : (
        <>
          <div className="grid">
            {result.items.map((s) => (
              <ShowcaseCard key={s.slug} showcase={s} />
            ))}
          </div>
          <Pager page={page} size={result.size || PAGE_SIZE} total={result.total} href={(p) => href(sector, p)} />
        </>
      )}
    </div>
  );
}
