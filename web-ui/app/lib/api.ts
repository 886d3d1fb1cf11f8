// The one place that talks to the platform's APIs (always through the gateway).
// On the server, loaders call API_BASE_URL; in the browser the same paths are called relatively
// because the gateway serves both the UI and the APIs from one origin.
import { data } from "react-router";

// ---- Contracts -------------------------------------------------------------------------------

export type EventKind = "INFO_MEETING" | "MONTHLY_MEETING" | "FAIR" | "WORKSHOP";

export interface Antenna {
  code: string;
  name: string;
}

export interface AntennaAddress extends Antenna {
  street: string;
  postalCode: string;
  town: string;
}

export interface Place {
  kind: "ANTENNA" | "ADDRESS" | "ONLINE";
  label: string;
  street?: string | null;
  postalCode?: string | null;
  town?: string | null;
  url?: string | null;
}

export interface EventSummary {
  id: string;
  kind: EventKind;
  kindLabel: string;
  title: string;
  summary: string;
  startsAt: string;
  endsAt: string;
  place: Place;
  antenna: Antenna | null;
  capacity: number | null;
  seatsLeft: number | null;
  registrationOpen: boolean;
}

export interface EventDetail extends EventSummary {
  description: string;
}

export interface ShowcaseSummary {
  slug: string;
  displayName: string;
  businessName: string;
  sector: string;
  sectorLabel: string;
  tagline: string;
  town: string;
  antenna: Antenna | null;
  website: string | null;
}

export interface ShowcasePage {
  slug: string;
  title: string;
  body: string;
}

export interface ShowcaseDetail extends ShowcaseSummary {
  pages: ShowcasePage[];
  contactEmail: string | null;
  phone: string | null;
}

export interface PageOf<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export type User =
  | { authenticated: false }
  | {
      authenticated: true;
      subject: string;
      name: string;
      email: string;
      roles: string[];
      antennas: string[];
    };

export interface RegistrationRequest {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  town: string;
  heardFrom?: string;
  consent: boolean;
  honeypot: string;
}

export interface RegistrationResult {
  registrationId: string;
  status: "CONFIRMED" | "WAITLISTED";
  message: string;
}

/** RFC 9457 problem details, as every API of the platform answers errors. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

/** status 0 means the API could not be reached or answered something unreadable. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; problem?: Problem };

// ---- Transport -------------------------------------------------------------------------------

const isServer = typeof document === "undefined";
const SERVER_TIMEOUT_MS = 4000;

export function apiUrl(path: string): string {
  return isServer ? (process.env.API_BASE_URL ?? "http://localhost:8080") + path : path;
}

export function readCookie(name: string): string | undefined {
  if (isServer) return undefined;
  const prefix = name + "=";
  const found = document.cookie.split("; ").find((c) => c.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) : undefined;
}

/**
 * fetch() for every API call: JSON headers, same-origin cookies, and the CSRF token the gateway
 * put in the XSRF-TOKEN cookie echoed as X-XSRF-TOKEN on state-changing requests.
 */
export function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("Accept", "application/json, application/problem+json");
  if (init.body != null && !headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  const method = (init.method ?? "GET").toUpperCase();
  const token = readCookie("XSRF-TOKEN");
  if (token && method !== "GET" && method !== "HEAD") headers.set("X-XSRF-TOKEN", token);
  return fetch(apiUrl(path), {
    credentials: "same-origin",
    signal: isServer ? AbortSignal.timeout(SERVER_TIMEOUT_MS) : undefined,
    ...init,
    headers,
  });
}

async function readProblem(res: Response): Promise<Problem | undefined> {
  try {
    return (await res.json()) as Problem;
  } catch {
    return undefined;
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<ApiResult<T>> {
  try {
    const res = await apiFetch(path, init);
    if (!res.ok) return { ok: false, status: res.status, problem: await readProblem(res) };
    return { ok: true, data: (await res.json()) as T };
  } catch {
    return { ok: false, status: 0 };
  }
}

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? "?" + s : "";
}

// ---- Endpoints -------------------------------------------------------------------------------

export interface EventFilters {
  kind?: string;
  antenna?: string;
  month?: string;
  page?: number;
  size?: number;
}

export const listEvents = (f: EventFilters = {}) =>
  call<PageOf<EventSummary>>("/api/events/public/events" + query({ ...f }));

export const getEvent = (id: string) =>
  call<EventDetail>("/api/events/public/events/" + encodeURIComponent(id));

export const registerForEvent = (id: string, body: RegistrationRequest) =>
  call<RegistrationResult>(
    "/api/events/public/events/" + encodeURIComponent(id) + "/registrations",
    { method: "POST", body: JSON.stringify(body) },
  );

export const listShowcases = (f: { sector?: string; page?: number; size?: number } = {}) =>
  call<PageOf<ShowcaseSummary>>("/api/members/public/showcases" + query({ ...f }));

export const getShowcase = (slug: string) =>
  call<ShowcaseDetail>("/api/members/public/showcases/" + encodeURIComponent(slug));

export const listAntennas = () => call<AntennaAddress[]>("/api/members/public/antennas");

export const getUser = () => call<User>("/bff/user");

// ---- Helpers for loaders ---------------------------------------------------------------------

export const UNAVAILABLE =
  "Ce service est momentanément indisponible. Merci de réessayer dans quelques minutes ou de nous écrire à contact@coopemploi.com.";

/** For detail pages: the data, or a real 404 / 503 answer rendered by the root error boundary. */
export function orThrow<T>(result: ApiResult<T>): T {
  if (result.ok) return result.data;
  if (result.status === 404) throw data("Page introuvable", { status: 404 });
  throw data(UNAVAILABLE, { status: 503 });
}

/** Turns a registration failure into per-field messages and one general message. */
export function problemMessages(result: { status: number; problem?: Problem }): {
  fields: Record<string, string>;
  general?: string;
} {
  const fields: Record<string, string> = {};
  for (const e of result.problem?.errors ?? []) if (!fields[e.field]) fields[e.field] = e.message;
  const detail = result.problem?.detail;
  if (Object.keys(fields).length > 0) {
    return { fields, general: "Merci de corriger les champs signalés." };
  }
  if (detail) return { fields, general: detail };
  if (result.status === 0) {
    return { fields, general: "Impossible de joindre le service d'inscription. Vérifiez votre connexion puis réessayez." };
  }
  if (result.status === 404) return { fields, general: "Cet événement n'existe plus." };
  if (result.status === 429) return { fields, general: "Trop de demandes en peu de temps. Merci de réessayer dans quelques minutes." };
  return { fields, general: "L'inscription n'a pas pu être enregistrée. Merci de réessayer plus tard." };
}

/** Gateway endpoints for the session (backend-for-frontend): plain links and forms, not fetches. */
export const LOGIN_URL = "/oauth2/authorization/keycloak";
export const LOGOUT_URL = "/logout";
