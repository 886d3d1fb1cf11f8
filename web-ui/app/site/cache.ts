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
