import type { ApiResult } from "../api/client";
import { listEvents } from "../api/events";
import { showcaseSitemap } from "../api/members";
import { listPublishedPages, listResources } from "../api/resources";
import { DEFAULT_PUBLIC_URL } from "../ui/seo";
import { PUBLIC_CACHE_CONTROL } from "./cache";

/** One page of a listing, the same shape in every API (platform-web's PageResponse). */
type PageOf<T> = { items: T[]; page: number; size: number; total: number };

/** One address of the sitemap, with the time its content last changed when it is known (W3C datetime). */
type Url = { path: string; lastmod?: string };

const STATIC_PAGES = ["/", "/entrepreneurs", "/agenda", "/ressources", "/contact"];
/** The presentation pages' addresses that exist whatever staff wrote, listed when resources-service cannot say. */
const PRESENTATION_FALLBACK = ["/cooperative", "/confidentialite"];
const PAGE_SIZE = 100;
const MAX_PAGES = 20;

/** Every item of a paged public list; what could be read if the API fails midway. */
async function all<T>(fetchPage: (page: number) => Promise<ApiResult<PageOf<T>>>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const r = await fetchPage(page);
    if (!r.ok) break;
    items.push(...r.data.items);
    if (r.data.items.length === 0 || items.length >= r.data.total) break;
  }
  return items;
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

export async function loader() {
  const base = (process.env.PUBLIC_URL ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, "");
  const [pages, showcases, events, resources] = await Promise.all([
    listPublishedPages(),
    showcaseSitemap(),
    all((page) => listEvents({ page, size: PAGE_SIZE })),
    all((page) => listResources({ audience: "PUBLIC", page, size: PAGE_SIZE })),
  ]);
  const urls: Url[] = [
    ...STATIC_PAGES.map((path) => ({ path })),
    // the presentation pages staff published, dated by their publication
    ...(pages.ok
      ? pages.data.map((p) => ({ path: p.path, lastmod: p.publishedAt }))
      : PRESENTATION_FALLBACK.map((path) => ({ path }))),
    // every page of every published showcase, the first at the showcase's own address, dated by its last change
    ...(showcases.ok ? showcases.data : []).flatMap((s) => {
      const base = `/entrepreneurs/${encodeURIComponent(s.slug)}`;
      const lastmod = s.updatedAt;
      return (s.pages.length ? s.pages : [""]).map((page, i) => ({
        path: i === 0 ? base : `${base}/${encodeURIComponent(page)}`,
        lastmod,
      }));
    }),
    ...events.map((e) => ({ path: `/agenda/${encodeURIComponent(e.id)}` })),
    ...resources.map((r) => ({ path: `/ressources/${encodeURIComponent(r.slug)}` })),
  ];
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    urls
      .map(
        (u) =>
          `  <url><loc>${xmlEscape(base + u.path)}</loc>${u.lastmod ? `<lastmod>${xmlEscape(u.lastmod)}</lastmod>` : ""}</url>\n`,
      )
      .join("") +
    "</urlset>\n";
  return new Response(body, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
