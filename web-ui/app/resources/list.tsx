// Every resource the person may read, newest first, filtered by kind, theme, sector and audience with a GET form
// (the filters live in the address, so a filtered list can be shared and reloaded).
import { Form, Link } from "react-router";
import { listResources } from "../api/resources";
import { Options, SelectField } from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly, useIntranetUser } from "../intranet/page";
import { Pager, pageNumber } from "../ui/ui";
import type { Route } from "./+types/list";
import { AUDIENCES, KINDS, reviews, SECTORS, THEMES } from "./labels";
import { ResourceCard } from "./ResourceCard";

const SIZE = 24;

type Filters = { type?: string; theme?: string; secteur?: string; public?: string; page: number };

function filtersOf(url: URL): Filters {
  const page = pageNumber(url.searchParams.get("page"));
  const pick = (name: string, values: Readonly<Record<string, string>>) => {
    const value = url.searchParams.get(name) ?? "";
    return value in values ? value : undefined;
  };
  return {
    type: pick("type", KINDS),
    theme: pick("theme", THEMES),
    secteur: pick("secteur", SECTORS),
    public: pick("public", AUDIENCES),
    page: page <= 1000 ? page : 0,
  };
}

export async function clientLoader({ request }: Route.ClientLoaderArgs) {
  const filters = filtersOf(new URL(request.url));
  return forMembers(async () => ({
    filters,
    list: await listResources({
      kind: filters.type as never,
      theme: filters.theme as never,
      sector: filters.secteur as never,
      audience: filters.public as never,
      page: filters.page,
      size: SIZE,
    }),
  }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Toutes les ressources", "/intranet/ressources/liste", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function hrefOf(filters: Filters, page: number): string {
  const q = new URLSearchParams();
  for (const key of ["type", "theme", "secteur", "public"] as const) if (filters[key]) q.set(key, filters[key]!);
  if (page > 0) q.set("page", String(page));
  const query = q.toString();
  return `/intranet/ressources/liste${query ? `?${query}` : ""}`;
}

function List({ loaderData }: { loaderData: PageData }) {
  const user = useIntranetUser();
  const { filters, list } = loaderData;
  const audiences = Object.fromEntries(
    Object.entries(AUDIENCES).filter(([code]) => code !== "PERSONAL" && (code !== "COACHES" || reviews(user.roles))),
  );
  return (
    <>
      <p className="breadcrumb">
        <Link to="/intranet/ressources">Centre de ressources</Link>
      </p>
      <h1>Toutes les ressources</h1>
      <Form method="get" className="filter-form" aria-label="Filtrer les ressources">
        <SelectField
          prefix="filtre"
          name="type"
          label="Type"
          errors={{}}
          required={false}
          defaultValue={filters.type ?? ""}
        >
          <Options values={KINDS} empty="Tous les types" />
        </SelectField>
        <SelectField
          prefix="filtre"
          name="theme"
          label="Thème"
          errors={{}}
          required={false}
          defaultValue={filters.theme ?? ""}
        >
          <Options values={THEMES} empty="Tous les thèmes" />
        </SelectField>
        <SelectField
          prefix="filtre"
          name="secteur"
          label="Secteur"
          errors={{}}
          required={false}
          defaultValue={filters.secteur ?? ""}
        >
          <Options values={SECTORS} empty="Tous les secteurs" />
        </SelectField>
        <SelectField
          prefix="filtre"
          name="public"
          label="Public"
          errors={{}}
          required={false}
          defaultValue={filters.public ?? ""}
        >
          <Options values={audiences} empty="Tous les publics" />
        </SelectField>
        <div className="filter-actions">
          <button type="submit" className="button">
            Filtrer
          </button>
          <Link to="/intranet/ressources/liste">Tout afficher</Link>
        </div>
      </Form>
      <Loaded result={list}>
        {(page) => (
          <>
            <p role="status" className="search-count">
              {page.total === 0
                ? "Aucune ressource ne correspond à ces filtres."
                : page.total === 1
                  ? "1 ressource"
                  : `${page.total} ressources`}
            </p>
            <ul className="grid">
              {page.items.map((r) => (
                <ResourceCard key={r.id} resource={r} headingLevel={2} />
              ))}
            </ul>
            <Pager page={page.page} size={page.size} total={page.total} href={(p) => hrefOf(filters, p)} />
          </>
        )}
      </Loaded>
    </>
  );
}

export default membersOnly(List);
