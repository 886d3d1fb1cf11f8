import type { ApiResult } from "../api/client";
import { listEvents } from "../api/events";
import { listShowcases } from "../api/members";
import { listResources } from "../api/resources";
import { DEFAULT_PUBLIC_URL } from "../ui/seo";
import { PUBLIC_CACHE_CONTROL } from "./cache";

/** One page of a listing, the same shape in every API (platform-web's PageResponse). */
type PageOf<T> = { items: T[]; page: number; size: number; total: number };

const STATIC_PAGES = ["/", "/cooperative", "/entrepreneurs", "/agenda", "/ressources", "/contact", "/confidentialite"];
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
  const [showcases, events, resources] = await Promise.all([
    all((page) => listShowcases({ page, size: PAGE_SIZE })),
    all((page) => listEvents({ page, size: PAGE_SIZE })),
    all((page) => listResources({ audience: "PUBLIC", page, size: PAGE_SIZE })),
  ]);
  const paths = [
    ...STATIC_PAGES,
    ...showcases.map((s) => `/entrepreneurs/${encodeURIComponent(s.slug)}`),
    ...events.map((e) => `/agenda/${encodeURIComponent(e.id)}`),
    ...resources.map((r) => `/ressources/${encodeURIComponent(r.slug)}`),
  ];
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    paths.map((p) => `  <url><loc>${xmlEscape(base + p)}</loc></url>\n`).join("") +
    "</urlset>\n";
  return new Response(body, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
