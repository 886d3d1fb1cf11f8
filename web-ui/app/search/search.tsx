// /recherche: the site's one search, rendered on the server. Visitors find what is public; a logged-in member finds
// everything they may read, because the loader calls the API with the member's gateway session (resources-service
// filters inside the Solr query). The page is a plain GET form and links: it works without JavaScript.
import { data, Form, Link, useRouteLoaderData } from "react-router";
import { problemMessages } from "../api/client";
import { listAntennas } from "../api/members";
import { type FacetValue, type Hit, type SearchQuery, searchSite } from "../api/resources";
import { cooperativeFrom } from "../ui/cooperative";
import { formatDate } from "../ui/format";
import { DEFAULT_PUBLIC_URL, seo } from "../ui/seo";
import { Notice, Pager, pageNumber } from "../ui/ui";
import type { Route } from "./+types/search";
import { Marked } from "./Marked";
import { localPath } from "./paths";

const PAGE_SIZE = 10;
/** The API serves pages 0 to 100. */
const LAST_PAGE = 100;
export const SEARCH_PATH = "/recherche";

const TYPES = ["resource", "question", "page", "showcase", "event"] as const;
const DATES = ["a-venir", "30-jours", "12-mois", "plus-ancien"] as const;

/** The facets offered, in this order, with their French headings. */
const FACETS = [
  ["type", "Type"],
  ["theme", "Thème"],
  ["sector", "Secteur"],
  ["antenna", "Antenne"],
  ["date", "Date"],
] as const;
type FacetName = (typeof FACETS)[number][0];

/** How the author sees their own document that others do not find yet. */
const STATUSES: Record<string, string> = {
  pending: "En attente de validation",
  draft: "Brouillon",
  rejected: "Refusé",
  withdrawn: "Retiré",
};

export interface Filters {
  q: string;
  type: string[];
  theme: string;
  sector: string;
  antenna: string;
  date: string;
  sort: "pertinence" | "date";
  page: number;
}

/** The search as the address says it; anything the API would not understand is left out. */
export function readFilters(params: URLSearchParams): Filters {
  const text = (name: string) => (params.get(name) ?? "").trim().slice(0, 100);
  return {
    q: (params.get("q") ?? "").trim(),
    type: [...new Set(params.getAll("type"))].filter((t) => (TYPES as readonly string[]).includes(t)),
    theme: text("theme"),
    sector: text("sector"),
    antenna: text("antenna"),
    date: (DATES as readonly string[]).includes(params.get("date") ?? "") ? params.get("date")! : "",
    sort: params.get("sort") === "date" ? "date" : "pertinence",
    page: Math.min(pageNumber(params.get("page")), LAST_PAGE),
  };
}

const hasFilter = (f: Filters) => f.type.length > 0 || !!(f.theme || f.sector || f.antenna || f.date);

/** The address of a search: defaults and empty values left out. */
export function searchHref(f: Filters): string {
  const q = new URLSearchParams();
  if (f.q) q.set("q", f.q);
  for (const t of f.type) q.append("type", t);
  for (const name of ["theme", "sector", "antenna", "date"] as const) if (f[name]) q.set(name, f[name]);
  if (f.sort !== "pertinence") q.set("sort", f.sort);
  if (f.page > 0) q.set("page", String(f.page));
  const query = q.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/** The same search with one facet value chosen, or no longer chosen, from the first page. */
function toggled(f: Filters, facet: FacetName, value: string): Filters {
  if (facet === "type") {
    const type = f.type.includes(value) ? f.type.filter((t) => t !== value) : [...f.type, value];
    return { ...f, type, page: 0 };
  }
  return { ...f, [facet]: f[facet] === value ? "" : value, page: 0 };
}

const isChosen = (f: Filters, facet: FacetName, value: string) =>
  facet === "type" ? f.type.includes(value) : f[facet] === value;

export async function loader({ request }: Route.LoaderArgs) {
  const filters = readFilters(new URL(request.url).searchParams);
  const searching = filters.q !== "" || hasFilter(filters);
  const query: SearchQuery = {
    q: filters.q,
    type: filters.type.length ? filters.type : undefined,
    theme: filters.theme,
    sector: filters.sector,
    antenna: filters.antenna,
    date: filters.date,
    sort: filters.sort === "date" ? "date" : undefined,
    page: filters.page || undefined,
    size: PAGE_SIZE,
  };
  const [answer, antennas] = await Promise.all([
    searching ? searchSite(query, request) : Promise.resolve(null),
    listAntennas(),
  ]);
  const antennaNames: Record<string, string> = {};
  if (antennas.ok) for (const a of antennas.data) antennaNames[a.code] = a.name;

  let results = null;
  let failure: { message: string; unavailable: boolean } | null = null;
  if (answer?.ok) results = answer.data;
  else if (answer) {
    const unavailable = answer.status === 0 || answer.status >= 500;
    failure = {
      unavailable,
      message: unavailable
        ? "La recherche est momentanément indisponible. Le reste du site fonctionne : merci de réessayer dans quelques minutes."
        : (Object.values(problemMessages(answer).fields)[0] ??
          problemMessages(answer).general ??
          "Cette recherche n'a pas pu être comprise. Essayez avec d'autres mots."),
    };
  }
  // what a member finds is theirs alone: never kept by a shared cache, never indexed
  return data(
    { filters, searching, results, failure, antennaNames },
    { headers: { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" } },
  );
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  seo({
    title: loaderData?.filters.q ? `Recherche « ${loaderData.filters.q} »` : "Rechercher sur le site",
    description: `Rechercher dans tout le site de ${cooperativeFrom(matches).name} : ressources, questions, pages, entrepreneurs et événements.`,
    path: SEARCH_PATH,
    matches,
    noindex: true,
  });

function plural(n: number, one: string, many: string) {
  return `${n.toLocaleString("fr-FR")} ${n > 1 ? many : one}`;
}

function FacetGroup({
  filters,
  facet,
  heading,
  values,
  labelOf,
}: {
  filters: Filters;
  facet: FacetName;
  heading: string;
  values: FacetValue[];
  labelOf: (v: FacetValue) => string;
}) {
  // a chosen value stays offered (to take it back) even when nothing is counted for it
  const chosen = facet === "type" ? filters.type : filters[facet] ? [filters[facet]] : [];
  const shown = [...values];
  for (const value of chosen) if (!shown.some((v) => v.value === value)) shown.push({ value, label: value, count: 0 });
  if (shown.length === 0) return null;
  const id = `facette-${facet}`;
  return (
    <section aria-labelledby={id} className="facet">
      <h3 id={id}>{heading}</h3>
      <ul className="plain">
        {shown.map((v) => {
          const on = isChosen(filters, facet, v.value);
          return (
            <li key={v.value}>
              <Link
                to={searchHref(toggled(filters, facet, v.value))}
                aria-current={on ? "true" : undefined}
                className={on ? "facet-on" : undefined}
              >
                {on && <span className="visually-hidden">Retirer le filtre</span>}
                {on && " "}
                {labelOf(v)} <span className="facet-count">({v.count.toLocaleString("fr-FR")})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function PassageText({ hit, passage }: { hit: Hit; passage: Hit["passages"][number] }) {
  let source = "";
  if (passage.field === "file")
    source = passage.fileName ? `Dans le fichier « ${passage.fileName} »` : "Dans un fichier";
  else if (passage.field === "extra" && hit.type === "question") source = "Dans les réponses";
  return (
    <p className="search-passage">
      {source && <span className="search-source">{source} : </span>}… <Marked html={passage.html} /> …
    </p>
  );
}

function HitItem({ hit, publicUrl }: { hit: Hit; publicUrl: string }) {
  const target = localPath(hit.url, publicUrl);
  const title = <Marked html={hit.titleHtml || hit.title || "Sans titre"} />;
  return (
    <li className="search-hit">
      <p className="card-kicker">
        {hit.typeLabel}
        {hit.date && ` · ${formatDate(hit.date)}`}
      </p>
      <h3 className="search-hit-title">
        {target?.internal ? (
          <Link to={target.href}>{title}</Link>
        ) : target ? (
          <a href={target.href} rel="noopener">
            {title}
          </a>
        ) : (
          title
        )}
        {STATUSES[hit.status] && <span className="badge search-status">{STATUSES[hit.status]}</span>}
      </h3>
      {hit.passages.length > 0
        ? hit.passages.map((p, i) => <PassageText key={i} hit={hit} passage={p} />)
        : hit.summary && <p className="search-passage">{hit.summary}</p>}
    </li>
  );
}

function NoResult({ filters }: { filters: Filters }) {
  return (
    <section aria-labelledby="aucun-resultat" className="no-result">
      <h2 id="aucun-resultat">
        {filters.q ? `Aucun résultat pour « ${filters.q} »` : "Aucun résultat avec ces filtres"}
      </h2>
      <p>Quelques pistes :</p>
      <ul>
        <li>vérifiez l'orthographe des mots ;</li>
        <li>essayez des mots plus courants, ou moins de mots ;</li>
        {hasFilter(filters) && (
          <li>
            <Link to={searchHref({ ...filters, type: [], theme: "", sector: "", antenna: "", date: "", page: 0 })}>
              cherchez sans les filtres
            </Link>{" "}
            ;
          </li>
        )}
        <li>
          les entrepreneurs et l'équipe de la coopérative trouvent aussi, une fois connectés, les ressources et les
          questions réservées aux membres.
        </li>
      </ul>
      <p>
        Vous pouvez aussi consulter l'<Link to="/agenda">agenda</Link>, découvrir{" "}
        <Link to="/entrepreneurs">les entrepreneurs</Link> ou <Link to="/contact">nous écrire</Link>.
      </p>
    </section>
  );
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { filters, searching, results, failure, antennaNames } = loaderData;
  const root = useRouteLoaderData("root") as { publicUrl?: string } | undefined;
  const publicUrl = root?.publicUrl ?? DEFAULT_PUBLIC_URL;
  const labelOf = (facet: FacetName) => (v: FacetValue) =>
    facet === "antenna" ? (antennaNames[v.value] ?? v.label) : v.label;
  const facets = results?.facets ?? {};

  return (
    <div className="container page search-page">
      <h1>{filters.q ? `Recherche : « ${filters.q} »` : "Rechercher sur le site"}</h1>

      {/* keyed by the search so its fields follow client-side navigations */}
      <Form method="get" action={SEARCH_PATH} role="search" className="search-form" key={searchHref(filters)}>
        <div className="field search-field">
          <label htmlFor="recherche-mots">Mots recherchés</label>
          <input type="search" id="recherche-mots" name="q" defaultValue={filters.q} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="recherche-tri">Trier par</label>
          <select id="recherche-tri" name="sort" defaultValue={filters.sort}>
            <option value="pertinence">Pertinence</option>
            <option value="date">Date, la plus récente d'abord</option>
          </select>
        </div>
        {filters.type.map((t) => (
          <input key={t} type="hidden" name="type" value={t} />
        ))}
        {(["theme", "sector", "antenna", "date"] as const).map((name) =>
          filters[name] ? <input key={name} type="hidden" name={name} value={filters[name]} /> : null,
        )}
        <div className="filter-actions">
          <button type="submit" className="button">
            Rechercher
          </button>
        </div>
      </Form>

      {!searching && (
        <p>
          Cherchez parmi les ressources, les questions, les pages du site, les vitrines des entrepreneurs et les
          événements. Les membres connectés trouvent aussi ce qui leur est réservé.
        </p>
      )}

      {failure &&
        (failure.unavailable ? <Notice>{failure.message}</Notice> : <p className="notice">{failure.message}</p>)}

      {results && (
        <div className="search-layout">
          <nav aria-labelledby="affiner" className="search-facets">
            <h2 id="affiner">Affiner</h2>
            {FACETS.map(([facet, heading]) => (
              <FacetGroup
                key={facet}
                filters={filters}
                facet={facet}
                heading={heading}
                values={facets[facet] ?? []}
                labelOf={labelOf(facet)}
              />
            ))}
            {hasFilter(filters) && (
              <p>
                <Link to={searchHref({ ...filters, type: [], theme: "", sector: "", antenna: "", date: "", page: 0 })}>
                  Effacer les filtres
                </Link>
              </p>
            )}
          </nav>
          <section aria-labelledby="resultats" className="search-results">
            <h2 id="resultats" className="visually-hidden">
              Résultats
            </h2>
            <p className="search-count" role="status">
              {results.total > 0
                ? plural(results.total, "résultat", "résultats") +
                  (results.total > PAGE_SIZE ? `, page ${results.page + 1}` : "")
                : "Aucun résultat"}
            </p>
            {results.suggestions.length > 0 && (
              <p className="did-you-mean">
                Vouliez-vous dire :{" "}
                {results.suggestions.map((s, i) => (
                  <span key={s}>
                    {i > 0 && " ou "}
                    <Link to={searchHref({ ...filters, q: s, page: 0 })}>{s}</Link>
                  </span>
                ))}{" "}
                ?
              </p>
            )}
            {results.total === 0 ? (
              <NoResult filters={filters} />
            ) : (
              <>
                <ol className="search-hits plain">
                  {results.items.map((hit) => (
                    <HitItem key={hit.id} hit={hit} publicUrl={publicUrl} />
                  ))}
                </ol>
                <Pager
                  page={results.page}
                  size={results.size || PAGE_SIZE}
                  total={Math.min(results.total, (LAST_PAGE + 1) * (results.size || PAGE_SIZE))}
                  href={(p) => searchHref({ ...filters, page: p })}
                />
              </>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
