// The client of resources-service: its generated contract (openapi/resources-service.json, see web-ui/README.md) and
// one function per endpoint the web UI calls, each answering an ApiResult.
import { result, serviceClient } from "./client";
import type { components, paths } from "./generated/resources-service";

export type * from "./generated/resources-service";

export const resourcesApi = serviceClient<paths>();

type Query<P extends keyof paths, M extends "get" | "put" | "post"> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;
type Schemas = components["schemas"];

/** The gateway's session cookie: what a server-side loader passes on so that the gateway relays the user's token. */
export const SESSION_COOKIE = "COOP_SESSION";

/**
 * The headers that make a server-side call on behalf of the person who asked the page: only the gateway's session
 * cookie, read from the page request (nothing else of the browser's is passed on). In the browser, cookies go by
 * themselves.
 */
export function onBehalfOf(request: Request | undefined): HeadersInit | undefined {
  const cookies = request?.headers.get("Cookie");
  if (!cookies) return undefined;
  const session = cookies
    .split(/;\s*/)
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`) && /^[\w.=%-]+$/.test(c.slice(SESSION_COOKIE.length + 1)));
  return session ? { Cookie: session } : undefined;
}

// The site's search (what each caller finds is decided by the service from their session)
export type SearchQuery = Query<"/api/resources/public/search", "get">;
export const searchSite = (query: SearchQuery, request?: Request) =>
  result(resourcesApi.GET("/api/resources/public/search", { params: { query }, headers: onBehalfOf(request) }));
export const suggestTitles = (q: string, signal?: AbortSignal) =>
  result(resourcesApi.GET("/api/resources/public/search/suggestions", { params: { query: { q } }, signal }));

// Staff: the search engine's care
export const getReindexProgress = () => result(resourcesApi.GET("/api/resources/search/reindex"));
export const startReindex = () => result(resourcesApi.POST("/api/resources/search/reindex"));
export const checkConsistency = () => result(resourcesApi.GET("/api/resources/search/consistency"));
export const repairConsistency = () =>
  result(resourcesApi.POST("/api/resources/search/consistency", { params: { query: { repair: true } } }));
export const getSynonyms = () => result(resourcesApi.GET("/api/resources/search/synonyms"));
export const saveSynonyms = (groups: Schemas["SynonymGroup"][]) =>
  result(
    resourcesApi.PUT("/api/resources/search/synonyms", {
      body: { groups, changedAt: null, changedBy: null, message: null },
    }),
  );
