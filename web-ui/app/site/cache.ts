// Which server-rendered answers every visitor may share. The gateway's page cache keeps the anonymous answers
// marked `public` (and refreshes them when the platform's messages say what they show changed); a reverse proxy or
// CDN may keep them a few seconds. A logged-in visit is never answered from the cache: the gateway marks its answer
// `private, no-store`. Server-rendered public pages are the same for every visitor (who is logged in is asked from
// the browser after hydration), so they may be shared; nothing personal, no CSRF token, no nonce in them.
import type { HeadersFunction } from "react-router";

/**
 * Browsers check again each time (a 304 when nothing changed, thanks to the gateway's ETag); shared caches keep it
 * 10 s and may serve it a minute longer while they fetch it again.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=10, stale-while-revalidate=60";

/** The `headers` of a public page's route: shareable when it rendered (not its error page). */
export const publicPage: HeadersFunction = ({ errorHeaders }): Record<string, string> =>
  errorHeaders ? {} : { "Cache-Control": PUBLIC_CACHE_CONTROL };

/**
 * The query parameters the public pages read: the agenda's filters (`kind`, `antenna`, `month`), the directory's
 * (`secteur`, `antenne`, `ville`) and the page number. The gateway keeps a shared page under its path and these
 * parameters only (gateway-service's `coop.gateway.page-cache.parameters`, kept equal by
 * test/page-cache-parameters.test.ts): any other one never reaches a cached page, so a public page reads its query
 * through {@link publicQuery} alone.
 */
export const PUBLIC_QUERY_PARAMETERS = ["kind", "antenna", "month", "secteur", "antenne", "ville", "page"] as const;

export type PublicQueryParameter = (typeof PUBLIC_QUERY_PARAMETERS)[number];

/** A public page's query: the value of one of the parameters the page cache keys pages by ("" when absent). */
export function publicQuery(request: Request): (name: PublicQueryParameter) => string {
  const query = new URL(request.url).searchParams;
  return (name) => query.get(name) ?? "";
}
