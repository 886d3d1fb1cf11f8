// How the web UI calls the platform's APIs: one typed client per service, made here from the service's generated
// `paths` (app/api/generated/<service>.ts, see web-ui/README.md). In the browser the paths are called relatively,
// through the gateway, which serves both the UI and the APIs from one origin; on the server, loaders call each
// service's own address (or the gateway's, API_BASE_URL).
import createClient, { type Client } from "openapi-fetch";
import { data } from "react-router";
import type { Problem } from "./generated/events-service";

export type { Problem };

/** status 0 means the API could not be reached or answered something unreadable. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; problem?: Problem };

// ---- Transport -------------------------------------------------------------------------------

const isServer = typeof document === "undefined";
const SERVER_TIMEOUT_MS = 4000;

/**
 * Where a call goes. In the browser: the path, relative (the gateway). On the server: the service's own address when
 * the platform gives it (`EVENTS_API_URL` for `/api/events/…`, `MEMBERS_API_URL`…), else the gateway's
 * (`API_BASE_URL`). Loaders that read public data, without any visitor's cookie, go straight to the service: that
 * spares each call the gateway's hop and filters (session, security, token relay), which cost as much as the
 * service's own answer. A call made on behalf of the visitor (it carries their session cookie, see `onBehalfOf`)
 * always goes through the gateway, the only part that turns that session into the visitor's token.
 */
export function apiUrl(path: string, onBehalfOfVisitor = false): string {
  if (!isServer) return path;
  const service = /^\/api\/([a-z]+)\//.exec(path)?.[1];
  const direct = service && !onBehalfOfVisitor ? process.env[`${service.toUpperCase()}_API_URL`] : undefined;
  return (direct || process.env.API_BASE_URL || "http://localhost:8080").replace(/\/+$/, "") + path;
}

export function readCookie(name: string): string | undefined {
  if (isServer) return undefined;
  const prefix = `${name}=`;
  const found = document.cookie.split("; ").find((c) => c.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) : undefined;
}

/** One API call made while rendering on the server. */
export type ApiCall = { path: string; start: number; end: number; status: number };

/** Told of every API call made on the server (app/site/timing.server.ts turns them into Server-Timing). */
export const apiCalls: { observe?: (call: ApiCall) => void } = {};

/**
 * The CSRF token the gateway keeps in the XSRF-TOKEN cookie. A page from the gateway's cache brings no cookie (it is
 * shared by every visitor): the first state-changing call of a visit asks the gateway for one first.
 */
async function csrfToken(): Promise<string | undefined> {
  const token = readCookie("XSRF-TOKEN");
  if (token || isServer) return token;
  await fetch("/bff/user", { credentials: "same-origin" }).catch(() => undefined);
  return readCookie("XSRF-TOKEN");
}

/**
 * fetch() for every API call: JSON headers, same-origin cookies, and the CSRF token the gateway
 * put in the XSRF-TOKEN cookie echoed as X-XSRF-TOKEN on state-changing requests.
 */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("Accept", "application/json, application/problem+json");
  if (init.body != null && !headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  const method = (init.method ?? "GET").toUpperCase();
  if (method !== "GET" && method !== "HEAD") {
    const token = await csrfToken();
    if (token) headers.set("X-XSRF-TOKEN", token);
  }
  const sent = fetch(apiUrl(path, headers.has("Cookie")), {
    credentials: "same-origin",
    signal: isServer ? AbortSignal.timeout(SERVER_TIMEOUT_MS) : undefined,
    ...init,
    headers,
  });
  const observe = apiCalls.observe;
  if (!isServer || !observe) return sent;
  const start = performance.now();
  const call = (status: number) => observe({ path: path.split("?")[0], start, end: performance.now(), status });
  return sent.then(
    (response) => {
      call(response.status);
      return response;
    },
    (error) => {
      call(0);
      throw error;
    },
  );
}

/**
 * What openapi-fetch builds for each call, kept as path and init: the path stays relative in the browser (a
 * standard Request needs an absolute URL) and apiFetch adds the base URL, headers and timeout.
 */
class ApiRequest {
  readonly method: string;
  constructor(
    readonly url: string,
    readonly init: RequestInit = {},
  ) {
    this.method = (init.method ?? "GET").toUpperCase();
  }
}

/** Query parameters as the APIs read them: empty values left out, the rest encoded as a form would. */
function querySerializer(query: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  return q.toString();
}

/** The typed client of one service: `events.GET("/api/events/public/events/{id}", { params: { path: { id } } })`. */
export function serviceClient<Paths extends object>(): Client<Paths> {
  return createClient<Paths>({
    baseUrl: "",
    querySerializer,
    Request: ApiRequest as unknown as typeof Request,
    fetch: ((request: ApiRequest) => apiFetch(request.url, request.init)) as unknown as typeof fetch,
  });
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null;
}

/**
 * The answer of one client call as the pages use it: the data, or the status and the problem details (status 0 when
 * the API could not be reached).
 */
export async function result<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<ApiResult<T>> {
  try {
    const { data: body, error, response } = await call;
    if (response.ok) return { ok: true, data: body as T };
    return { ok: false, status: response.status, problem: isProblem(error) ? error : undefined };
  } catch {
    return { ok: false, status: 0 };
  }
}

// ---- Failures --------------------------------------------------------------------------------

export const UNAVAILABLE =
  "Ce service est momentanément indisponible. Merci de réessayer dans quelques minutes ou de nous écrire depuis la page Contact.";

/**
 * For detail pages: the data, or a real error answer rendered by the root error boundary. A 404, or a 400 for an
 * address the API cannot read (a malformed id), is « Page introuvable » with status 404; only an API that cannot be
 * reached or fails gives 503, which tells search engines and monitoring to come back later.
 */
export function orThrow<T>(answer: ApiResult<T>): T {
  if (answer.ok) return answer.data;
  if (answer.status === 404 || answer.status === 400) throw data("Page introuvable", { status: 404 });
  throw data(UNAVAILABLE, { status: 503 });
}

export interface FailureTexts {
  /** the API could not be reached */
  unreachable: string;
  notFound: string;
  other: string;
}

/** French fallbacks for an action whose answer carries no detail. */
export const ACTION_TEXTS: FailureTexts = {
  unreachable: "Impossible de joindre le service. Vérifiez votre connexion puis réessayez.",
  notFound: "Cet élément n'existe plus. Rechargez la page.",
  other: "L'opération n'a pas pu être enregistrée. Merci de réessayer plus tard.",
};

export type Messages = { fields: Record<string, string>; general?: string };

/**
 * Turns a failure into per-field messages (errors[]) and one general message: the problem's French
 * detail when there are no field errors, else a French fallback for the status.
 */
export function problemMessages(
  failure: { status: number; problem?: Problem },
  texts: FailureTexts = ACTION_TEXTS,
): Messages {
  const fields: Record<string, string> = {};
  for (const e of failure.problem?.errors ?? []) if (!fields[e.field]) fields[e.field] = e.message;
  const detail = failure.problem?.detail;
  if (Object.keys(fields).length > 0) return { fields, general: "Merci de corriger les champs signalés." };
  if (detail) return { fields, general: detail };
  if (failure.status === 0) return { fields, general: texts.unreachable };
  if (failure.status === 401) return { fields, general: "Votre session a expiré : merci de vous reconnecter." };
  if (failure.status === 403) return { fields, general: "Votre compte ne permet pas cette opération." };
  if (failure.status === 404) return { fields, general: texts.notFound };
  if (failure.status === 429)
    return { fields, general: "Trop de demandes en peu de temps. Merci de réessayer dans quelques minutes." };
  return { fields, general: texts.other };
}
