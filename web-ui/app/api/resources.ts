// The client of resources-service: its generated contract (openapi/resources-service.json, see web-ui/README.md) and
// one function per endpoint the web UI calls, each answering an ApiResult.
import { result, serviceClient } from "./client";
import type { components, paths } from "./generated/resources-service";

export type * from "./generated/resources-service";
export { labels } from "./generated/resources-service";

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

// The resource centre: reading (what each caller sees is decided by the service from their session), writing,
// decisions of coaches and staff
export type ResourceView = Schemas["ResourceView"];
export type ResourceSummary = Schemas["ResourceSummary"];
export type ResourceRequest = Schemas["ResourceRequest"];
export type ContentView = Schemas["ContentView"];
export type FileView = Schemas["FileView"];
export type ResourceListQuery = Query<"/api/resources/public/resources", "get">;
export const listResources = (query: ResourceListQuery, request?: Request) =>
  result(resourcesApi.GET("/api/resources/public/resources", { params: { query }, headers: onBehalfOf(request) }));
export const getCentre = (request?: Request) =>
  result(resourcesApi.GET("/api/resources/public/centre", { headers: onBehalfOf(request) }));
export const getResource = (slug: string, request?: Request) =>
  result(
    resourcesApi.GET("/api/resources/public/resources/{slug}", {
      params: { path: { slug } },
      headers: onBehalfOf(request),
    }),
  );
/** The resources an event of the agenda uses that the person may read (events-service says which). */
export const getEventResources = (eventId: string) =>
  result(resourcesApi.GET("/api/resources/public/events/{eventId}/resources", { params: { path: { eventId } } }));
export type UpcomingEvent = Schemas["UpcomingEvent"];
export const getMyResources = () => result(resourcesApi.GET("/api/resources/mine"));
export const getBookmarks = () => result(resourcesApi.GET("/api/resources/bookmarks"));
export const getReviewQueue = () => result(resourcesApi.GET("/api/resources/review"));
export const getBrokenLinks = () => result(resourcesApi.GET("/api/resources/links/broken"));
// training modules followed step by step
export type ProgressView = Schemas["ProgressView"];
export const getProgress = (id: string) =>
  result(resourcesApi.GET("/api/resources/{id}/progress", { params: { path: { id } } }));
export const markProgress = (id: string, done: number[]) =>
  result(resourcesApi.PUT("/api/resources/{id}/progress", { params: { path: { id } }, body: { done } }));
export const getProgressOf = (subject: string) =>
  result(resourcesApi.GET("/api/resources/progress/{subject}", { params: { path: { subject } } }));
export const createResource = (body: ResourceRequest) => result(resourcesApi.POST("/api/resources", { body }));
export const editResource = (id: string, body: ResourceRequest) =>
  result(resourcesApi.PUT("/api/resources/{id}", { params: { path: { id } }, body }));
export const deleteResource = (id: string) =>
  result(resourcesApi.DELETE("/api/resources/{id}", { params: { path: { id } } }));
export const removeResourceFile = (id: string, fileId: string) =>
  result(resourcesApi.DELETE("/api/resources/{id}/files/{fileId}", { params: { path: { id, fileId } } }));
export const submitResource = (id: string) =>
  result(resourcesApi.POST("/api/resources/{id}/submit", { params: { path: { id } } }));
export const copyTemplate = (id: string) =>
  result(resourcesApi.POST("/api/resources/{id}/copy", { params: { path: { id } } }));
export const bookmarkResource = (id: string, keep: boolean) =>
  keep
    ? result(resourcesApi.PUT("/api/resources/{id}/bookmark", { params: { path: { id } } }))
    : result(resourcesApi.DELETE("/api/resources/{id}/bookmark", { params: { path: { id } } }));
export const validateResource = (id: string) =>
  result(resourcesApi.POST("/api/resources/{id}/validate", { params: { path: { id } } }));
export const rejectResource = (id: string, reason: string) =>
  result(resourcesApi.POST("/api/resources/{id}/reject", { params: { path: { id } }, body: { reason } }));
export const withdrawResource = (id: string, reason: string) =>
  result(resourcesApi.POST("/api/resources/{id}/withdraw", { params: { path: { id } }, body: { reason } }));
export const restoreResource = (id: string) =>
  result(resourcesApi.POST("/api/resources/{id}/restore", { params: { path: { id } } }));
export const setReviewDate = (id: string, reviewBy: string | null) =>
  result(resourcesApi.PUT("/api/resources/{id}/review-date", { params: { path: { id } }, body: { reviewBy } }));
// Someone's copy of an online template: autosave from the revision the page had, sharing with the coach, comments
export type ToolView = Schemas["ToolView"];
export type TemplateForm = Schemas["TemplateForm"];
export const saveAnswers = (id: string, revision: number, answers: Record<string, string>) =>
  result(resourcesApi.PUT("/api/resources/{id}/answers", { params: { path: { id } }, body: { revision, answers } }));
export const shareTool = (id: string) =>
  result(resourcesApi.POST("/api/resources/{id}/share", { params: { path: { id } } }));
export const commentTool = (id: string, section: string, text: string) =>
  result(resourcesApi.POST("/api/resources/{id}/comments", { params: { path: { id } }, body: { section, text } }));
/** Where a file of a resource is sent: its body is the file, its name a parameter (see resources/FileUpload.tsx). */
export const fileUploadUrl = (id: string, name: string) =>
  `/api/resources/${encodeURIComponent(id)}/files?name=${encodeURIComponent(name)}`;
// The questions-and-answers space (entrepreneurs, coaches, staff)
export type QuestionsQuery = Query<"/api/resources/questions", "get">;
export const listQuestions = (query: QuestionsQuery = {}) =>
  result(resourcesApi.GET("/api/resources/questions", { params: { query } }));
export const getQuestion = (id: string) =>
  result(resourcesApi.GET("/api/resources/questions/{id}", { params: { path: { id } } }));
export const askQuestion = (body: Schemas["QuestionRequest"]) =>
  result(resourcesApi.POST("/api/resources/questions", { body }));
export const editQuestion = (id: string, body: Schemas["QuestionRequest"]) =>
  result(resourcesApi.PUT("/api/resources/questions/{id}", { params: { path: { id } }, body }));
export const answerQuestion = (id: string, body: string) =>
  result(resourcesApi.POST("/api/resources/questions/{id}/answers", { params: { path: { id } }, body: { body } }));
export const editAnswer = (id: string, answerId: string, body: string) =>
  result(
    resourcesApi.PUT("/api/resources/questions/{id}/answers/{answerId}", {
      params: { path: { id, answerId } },
      body: { body },
    }),
  );
export const commentOn = (id: string, on: string, body: string) =>
  result(resourcesApi.POST("/api/resources/questions/{id}/comments", { params: { path: { id } }, body: { on, body } }));
export const acceptAnswer = (id: string, answerId: string) =>
  result(resourcesApi.PUT("/api/resources/questions/{id}/accepted", { params: { path: { id } }, body: { answerId } }));
export const unacceptAnswer = (id: string) =>
  result(resourcesApi.DELETE("/api/resources/questions/{id}/accepted", { params: { path: { id } } }));
export const votePost = (id: string, postId: string, up: boolean) =>
  result(
    up
      ? resourcesApi.PUT("/api/resources/questions/{id}/votes/{postId}", { params: { path: { id, postId } } })
      : resourcesApi.DELETE("/api/resources/questions/{id}/votes/{postId}", { params: { path: { id, postId } } }),
  );
export const followQuestion = (id: string, on: boolean) =>
  result(
    on
      ? resourcesApi.PUT("/api/resources/questions/{id}/following", { params: { path: { id } } })
      : resourcesApi.DELETE("/api/resources/questions/{id}/following", { params: { path: { id } } }),
  );
export const moderatePost = (id: string, postId: string, hidden: boolean, reason?: string) =>
  result(
    resourcesApi.POST("/api/resources/questions/{id}/moderation/{postId}", {
      params: { path: { id, postId } },
      body: { hidden, reason: reason ?? null },
    }),
  );

// The presentation pages: published ones on the public site (the same for everyone: no session passed on), staff's
// drafts, publications, versions and the cooperative's menu in the intranet
export type PublicPage = Schemas["PublicPage"];
export type PublicPageSummary = Schemas["PublicPageSummary"];
export type PageSummary = Schemas["PageSummary"];
export type PageDetail = Schemas["PageDetail"];
export type VersionDetail = Schemas["VersionDetail"];
export const getPublishedPage = (slug: string) =>
  result(resourcesApi.GET("/api/resources/public/pages/{slug}", { params: { path: { slug } } }));
export const listPublishedPages = () => result(resourcesApi.GET("/api/resources/public/pages"));
export const listPages = () => result(resourcesApi.GET("/api/resources/pages"));
export const getPage = (id: string) =>
  result(resourcesApi.GET("/api/resources/pages/{id}", { params: { path: { id } } }));
export const createPage = (body: Schemas["NewPage"]) => result(resourcesApi.POST("/api/resources/pages", { body }));
export const writePage = (id: string, body: Schemas["Draft"]) =>
  result(resourcesApi.PUT("/api/resources/pages/{id}", { params: { path: { id } }, body }));
export const publishPage = (id: string) =>
  result(resourcesApi.POST("/api/resources/pages/{id}/publish", { params: { path: { id } } }));
export const getPageVersion = (id: string, number: number) =>
  result(resourcesApi.GET("/api/resources/pages/{id}/versions/{number}", { params: { path: { id, number } } }));
export const restorePageVersion = (id: string, number: number) =>
  result(
    resourcesApi.POST("/api/resources/pages/{id}/versions/{number}/restore", { params: { path: { id, number } } }),
  );
export const orderPages = (order: string[]) =>
  result(resourcesApi.PUT("/api/resources/pages/menu", { body: { order } }));
export const previewPage = (body: string, signal?: AbortSignal) =>
  result(resourcesApi.POST("/api/resources/pages/preview", { body: { body }, signal }));
