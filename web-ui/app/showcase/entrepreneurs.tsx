import { Form, Link } from "react-router";
import { listShowcases, type ShowcaseResponse, showcaseFilters } from "../api/members";
import { publicPage, publicQuery } from "../site/cache";
import { cooperativeFrom, useCooperative } from "../ui/cooperative";
import { seo } from "../ui/seo";
import { Notice, Pager, pageNumber } from "../ui/ui";
import type { Route } from "./+types/entrepreneurs";
import { SECTORS, ShowcaseCard } from "./ShowcaseCard";
import { DIRECTORY_NAME } from "./structured-data";

const PAGE_SIZE = 24;

/** A choice of the filters form: its value and what it reads. */
type Choice = { code: string; label: string };

export async function loader({ request }: Route.LoaderArgs) {
  const q = publicQuery(request);
  const requested = q("secteur");
  const sector = requested in SECTORS ? requested : "";
  const page = pageNumber(q("page"));
  const filters = await showcaseFilters();
  const antennas: Choice[] = filters.ok ? filters.data.antennas : [];
  const towns: Choice[] = filters.ok ? filters.data.towns : [];
  // only a value the form offers is kept: anything else shows the whole directory
  const antenna = antennas.find((a) => a.code === q("antenne"))?.code ?? "";
  const town = towns.find((t) => t.code === q("ville"))?.code ?? "";
  const result = await listShowcases({
    sector: (sector || undefined) as ShowcaseResponse["sector"] | undefined,
    antenna: antenna || undefined,
    town: town || undefined,
    page,
    size: PAGE_SIZE,
  });
  return { sector, antenna, town, antennas, towns, page, result: result.ok ? result.data : null };
}

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

// The directory is indexed whole and by sector (nine pages, each worth finding), page by page. The antenna and town
// are a GET form (crawlers follow links, not forms), their results `noindex, follow` with the canonical address of
// the page they refine, and robots.txt keeps crawlers off them: no combination of filters becomes a crawlable page
// (Google Search Central, "Managing crawling of faceted navigation URLs").
export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const sector = loaderData?.sector ? SECTORS[loaderData.sector] : undefined;
  const name = cooperativeFrom(matches).name;
  const refined = Boolean(loaderData?.antenna || loaderData?.town);
  const path = href(loaderData?.sector ?? "", loaderData?.page ?? 0);
  return seo({
    title: sector ? `Entrepreneurs : ${sector}` : "Les entrepreneurs de la coopérative",
    description: sector
      ? `Les entrepreneurs de ${name} du secteur ${sector} : découvrez leurs activités.`
      : `Artisans, créateurs, consultants, prestataires : découvrez les activités des entrepreneurs de ${name}.`,
    path,
    canonicalPath: refined ? href(loaderData?.sector ?? "") : undefined,
    robots: refined ? "noindex, follow" : undefined,
    matches,
    jsonLd: refined
      ? undefined
      : {
          "@type": "CollectionPage",
          name: sector ? `${DIRECTORY_NAME} : ${sector}` : DIRECTORY_NAME,
          inLanguage: "fr-FR",
        },
  });
};

function href(sector: string, page = 0, antenna = "", town = ""): string {
  const q = new URLSearchParams();
  if (sector) q.set("secteur", sector);
  if (antenna) q.set("antenne", antenna);
  if (town) q.set("ville", town);
  if (page > 0) q.set("page", String(page));
  const s = q.toString();
  return s ? `/entrepreneurs?${s}` : "/entrepreneurs";
}

export default function Entrepreneurs({ loaderData }: Route.ComponentProps) {
  const { sector, antenna, town, antennas, towns, page, result } = loaderData;
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

      {(antennas.length > 1 || towns.length > 1) && (
        // keyed by the filters so the selects follow client-side navigations ("Tout afficher")
        <Form method="get" className="filter-form" aria-label="Affiner par lieu" key={`${sector}|${antenna}|${town}`}>
          {sector && <input type="hidden" name="secteur" value={sector} />}
          {antennas.length > 1 && (
            <div className="field">
              <label htmlFor="antenne">Antenne</label>
              <select id="antenne" name="antenne" defaultValue={antenna}>
                <option value="">Toutes les antennes</option>
                {antennas.map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          {towns.length > 1 && (
            <div className="field">
              <label htmlFor="ville">Commune</label>
              <select id="ville" name="ville" defaultValue={town}>
                <option value="">Toutes les communes</option>
                {towns.map((t) => (
                  <option key={t.code} value={t.code}>
                    {t.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="filter-actions">
            <button type="submit" className="button">
              Filtrer
            </button>
            {(antenna || town) && <Link to={href(sector)}>Tout afficher</Link>}
          </div>
        </Form>
      )}

      <h2>
        {sector ? SECTORS[sector] : "Tous les secteurs"}
        {antenna && <>, antenne de {antennas.find((a) => a.code === antenna)?.label}</>}
        {town && <>, à {town}</>}
      </h2>
      {result === null ? (
        <Notice>
          La liste des entrepreneurs est momentanément indisponible. Merci de réessayer dans quelques minutes.
        </Notice>
      ) : result.items.length === 0 ? (
        <p>Aucun entrepreneur ne correspond à votre recherche pour le moment.</p>
      ) : (
        <>
          <div className="grid">
            {result.items.map((s) => (
              <ShowcaseCard key={s.slug} showcase={s} />
            ))}
          </div>
          <Pager
            page={page}
            size={result.size || PAGE_SIZE}
            total={result.total}
            href={(p) => href(sector, p, antenna, town)}
          />
        </>
      )}
    </div>
  );
}
