// The one place that talks to the platform's APIs (always through the gateway).
// On the server, loaders call API_BASE_URL; in the browser the same paths are called relatively
// because the gateway serves both the UI and the APIs from one origin.
import { data } from "react-router";

// ---- Contracts -------------------------------------------------------------------------------

export type EventKind = "INFO_MEETING" | "MONTHLY_MEETING" | "FAIR" | "WORKSHOP" | "APPOINTMENT";

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
  theme?: string | null;
  status?: "SCHEDULED" | "CANCELLED";
  /** set on each occurrence of a recurring series */
  seriesId?: string;
}

export interface Exhibitor {
  slug: string;
  displayName: string;
  businessName: string;
}

export interface EventDetail extends EventSummary {
  description: string;
  exhibitors?: Exhibitor[];
  calendarUrl?: string;
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
      /** staff of the head office: they manage every antenna, other staff their own */
      managesEveryAntenna?: boolean;
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

export type ContactTopic = "INFORMATION" | "PROJECT" | "PARTNERSHIP" | "PRESCRIBER" | "OTHER";

export interface ContactRequest {
  name: string;
  email: string;
  phone?: string;
  topic: ContactTopic | "";
  message: string;
  consent: boolean;
  honeypot: string;
}

export interface RegistrationResult {
  registrationId: string;
  status: "CONFIRMED" | "WAITLISTED";
  message: string;
}

export type RegistrationStatus = "CONFIRMED" | "WAITLISTED" | "OFFERED" | "CANCELLED";
export type Attendance = "PRESENT" | "ABSENT" | "EXCUSED";

/** A registration as its owner or the staff see it. */
export interface Registration {
  id: string;
  eventId: string;
  event: EventSummary;
  status: RegistrationStatus;
  position: number | null;
  offerExpiresAt: string | null;
  attendance: Attendance | null;
  firstName: string;
  lastName: string;
  email: string;
  createdAt: string;
}

/** What a signed link (e-mail) shows of its registration. */
export interface TokenRegistration {
  registrationId: string;
  status: RegistrationStatus;
  position: number | null;
  offerExpiresAt: string | null;
  firstName: string;
  event: EventSummary;
}

export interface StatusMessage {
  status: RegistrationStatus;
  message: string;
}

export type OrganisationKind =
  | "PLIE" | "MISSION_LOCALE" | "ALE" | "ESPACE_GESTION" | "CCAS" | "FRANCE_TRAVAIL" | "OTHER";

export interface Organisation {
  code: string;
  name: string;
  kind: OrganisationKind;
  kindLabel: string;
  town: string;
}

export interface MyWorkshops {
  upcoming: { event: EventSummary; registration: Registration | null }[];
  suggestions: { missed: EventSummary; next: EventSummary }[];
}

export interface AttendanceEntry {
  event: EventSummary;
  attendance: Attendance | null;
}

export interface FairEntry {
  event: EventSummary;
  attending: boolean;
}

export interface PersonRef {
  subject: string;
  name: string;
}

export interface Slot {
  id: string;
  coach: PersonRef;
  startsAt: string;
  endsAt: string;
  place: Place;
}

/**
 * An appointment. The coach's list (`GET /api/events/coach/appointments`) also holds the coach's slots that
 * nobody booked yet: status "OPEN" and no entrepreneur.
 */
export interface Appointment {
  id: string;
  startsAt: string;
  endsAt: string;
  place: Place;
  coach: PersonRef;
  entrepreneur: PersonRef | null;
  topic: string | null;
  status: "BOOKED" | "CANCELLED" | "OPEN";
  note: string | null;
}

export interface CalendarLink {
  url: string;
}

export interface DashboardFigures {
  revenue: number;
  expenses: number;
  margin: number;
  hoursWorked: number;
}

export interface Dashboard {
  months: (DashboardFigures & { month: string })[];
  yearToDate: DashboardFigures;
  objectives: { label: string; target: number | null; due: string; reached: boolean }[];
}

export type Role = "entrepreneur" | "coach" | "prescriber" | "staff";

export interface Person {
  id: string;
  subject: string;
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  roleLabel: string;
  antenna: Antenna | null;
  organisation: { code: string; name: string } | null;
  coach: PersonRef | null;
  status: "INVITED" | "ACTIVE" | "DEACTIVATED";
  createdAt: string;
}

export interface CoachSession {
  event: EventSummary;
  confirmed: number;
  waiting: number;
}

export interface PlaceInput {
  kind: Place["kind"];
  label: string;
  street?: string;
  postalCode?: string;
  town?: string;
  url?: string;
}

export interface SlotRequest {
  startsAt: string;
  endsAt: string;
  place: PlaceInput;
}

export interface PrescriberRegistrationRequest {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  town: string;
  consent: boolean;
}

export interface PrescriberRegistration {
  registrationId: string;
  person: { firstName: string; lastName: string; email: string };
  event: EventSummary;
  status: RegistrationStatus;
  attendance: Attendance | null;
  registeredAt: string;
}

export type Audience = "PUBLIC" | "MEMBERS";

export interface StaffEventRequest {
  kind: EventKind;
  audience: Audience;
  title: string;
  summary: string;
  description: string;
  theme?: string;
  startsAt: string;
  endsAt: string;
  place: PlaceInput;
  antenna?: string;
  capacity: number;
  recurrence?: { frequency: "WEEKLY" | "MONTHLY"; count: number };
}

/**
 * An event in the staff list. The contract gives an EventSummary; the service adds its audience.
 * The description comes with one event only (`getStaffEvent`).
 */
export interface StaffEvent extends EventSummary {
  audience?: Audience;
  description?: string;
}

export interface PersonRequest {
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  antenna?: string;
  organisation?: string;
  coach?: string;
}

export interface PersonUpdate {
  role: Role;
  antenna?: string;
  organisation?: string;
  coach?: string;
}

export interface OrganisationRequest {
  name: string;
  kind: OrganisationKind;
  town: string;
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
    // 204 No Content (and any empty body) carries no data
    const text = await res.text();
    return { ok: true, data: (text ? JSON.parse(text) : undefined) as T };
  } catch {
    return { ok: false, status: 0 };
  }
}

const send = <T>(method: "POST" | "PUT" | "DELETE", path: string, body?: unknown) =>
  call<T>(path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

const seg = encodeURIComponent;

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

export const sendContactMessage = (body: ContactRequest) =>
  send<{ message: string }>("POST", "/api/notifications/public/contact", body);

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

// Who is logged in does not change while a document lives: logging in and out are full page loads.
// The header and the intranet pages share one answer; failures are not kept, so they are asked again.
let userPromise: Promise<ApiResult<User>> | null = null;

export function currentUser(): Promise<ApiResult<User>> {
  if (isServer) return getUser();
  if (!userPromise) {
    userPromise = getUser().then((r) => {
      if (!r.ok) userPromise = null;
      return r;
    });
  }
  return userPromise;
}

/** For tests: forget the answer kept by currentUser(). */
export function forgetCurrentUser() {
  userPromise = null;
}

// Signed links sent by e-mail (no login)
export const getRegistrationByToken = (token: string) =>
  call<TokenRegistration>("/api/events/public/registrations/by-token" + query({ token }));
export const cancelByToken = (token: string) =>
  send<StatusMessage>("POST", "/api/events/public/registrations/by-token/cancel", { token });
export const acceptOfferByToken = (token: string) =>
  send<StatusMessage>("POST", "/api/events/public/registrations/by-token/accept-offer", { token });
export const declineOfferByToken = (token: string) =>
  send<StatusMessage>("POST", "/api/events/public/registrations/by-token/decline-offer", { token });

export const listPublicOrganisations = () => call<Organisation[]>("/api/members/public/organisations");

/** The subscribable iCalendar feed of the whole public agenda (served through the gateway). */
export const AGENDA_FEED_PATH = "/agenda.ics";

// Entrepreneur
export const getMyWorkshops = () => call<MyWorkshops>("/api/events/me/workshops");
export const registerMe = (eventId: string) => send<Registration>("POST", "/api/events/me/registrations", { eventId });
export const cancelMyRegistration = (id: string) => send<Registration>("DELETE", "/api/events/me/registrations/" + seg(id));
export const getMyAttendance = () => call<AttendanceEntry[]>("/api/events/me/attendance");
export const CERTIFICATE_URL = "/api/events/me/attendance/certificate.pdf";
export const getMyFairs = () => call<FairEntry[]>("/api/events/me/fairs");
export const attendFair = (eventId: string) => send<void>("PUT", "/api/events/me/fairs/" + seg(eventId));
export const leaveFair = (eventId: string) => send<void>("DELETE", "/api/events/me/fairs/" + seg(eventId));
export const listSlots = (f: { coach?: string; from?: string; to?: string } = {}) =>
  call<Slot[]>("/api/events/slots" + query({ ...f }));
export const bookSlot = (slotId: string, topic?: string) =>
  send<Appointment>("POST", "/api/events/slots/" + seg(slotId) + "/booking", topic ? { topic } : {});
export const getMyAppointments = () => call<Appointment[]>("/api/events/me/appointments");
export const cancelMyAppointment = (id: string) => send<Appointment>("DELETE", "/api/events/me/appointments/" + seg(id));
export const getMyCalendarLink = () => call<CalendarLink>("/api/events/me/calendar-link");
export const renewMyCalendarLink = () => send<CalendarLink>("POST", "/api/events/me/calendar-link/renew");
export const getMyDashboard = () => call<Dashboard>("/api/dashboard/me");
export const getMe = () => call<Person>("/api/members/me");

// Coach
export const listCoachSessions = (f: { from?: string; to?: string } = {}) =>
  call<CoachSession[]>("/api/events/coach/sessions" + query({ ...f }));
export const listSessionRegistrations = (eventId: string) =>
  call<Registration[]>("/api/events/coach/sessions/" + seg(eventId) + "/registrations");
export const saveAttendance = (eventId: string, marks: { registrationId: string; attendance: Attendance }[]) =>
  send<Registration[]>("PUT", "/api/events/coach/sessions/" + seg(eventId) + "/attendance", marks);
export const signInSheetUrl = (eventId: string) => "/api/events/coach/sessions/" + seg(eventId) + "/sign-in-sheet.pdf";
export const publishSlot = (body: SlotRequest) => send<Slot>("POST", "/api/events/coach/slots", body);
export const deleteSlot = (id: string) => send<void>("DELETE", "/api/events/coach/slots/" + seg(id));
export const listCoachAppointments = () => call<Appointment[]>("/api/events/coach/appointments");
export const saveAppointmentNote = (id: string, note: string) =>
  send<Appointment>("PUT", "/api/events/coach/appointments/" + seg(id) + "/note", { note });
export const listMyEntrepreneurs = () => call<Person[]>("/api/members/coach/entrepreneurs");

// Prescriber
export const registerPerson = (eventId: string, body: PrescriberRegistrationRequest) =>
  send<RegistrationResult>("POST", "/api/events/prescriber/events/" + seg(eventId) + "/registrations", body);
export const listMyReferrals = () => call<PrescriberRegistration[]>("/api/events/prescriber/registrations");

// Staff
export interface StaffEventFilters {
  kind?: string;
  from?: string;
  to?: string;
  page?: number;
  size?: number;
}
export const listStaffEvents = (f: StaffEventFilters = {}) =>
  call<PageOf<StaffEvent>>("/api/events/staff/events" + query({ ...f }));
/** One event of any audience with its description (the edit form starts from it). */
export const getStaffEvent = (id: string) => call<StaffEvent>("/api/events/staff/events/" + seg(id));
export const createEvents = (body: StaffEventRequest) => send<EventSummary[]>("POST", "/api/events/staff/events", body);
/** THIS: the one occurrence; FOLLOWING: it and the later occurrences of its series. */
export type ChangeScope = "THIS" | "FOLLOWING";
export const updateEvent = (id: string, body: Omit<StaffEventRequest, "recurrence">, scope: ChangeScope = "THIS") =>
  send<EventSummary>("PUT", "/api/events/staff/events/" + seg(id) + query({ scope: scope === "THIS" ? undefined : scope }), body);
export const cancelEvent = (id: string, reason: string, scope: ChangeScope = "THIS") =>
  send<EventSummary>("POST", "/api/events/staff/events/" + seg(id) + "/cancel" + query({ scope: scope === "THIS" ? undefined : scope }), { reason });
export const listEventRegistrations = (id: string) =>
  call<Registration[]>("/api/events/staff/events/" + seg(id) + "/registrations");

export interface PeopleFilters {
  role?: string;
  antenna?: string;
  q?: string;
  page?: number;
  size?: number;
}
export const listPeople = (f: PeopleFilters = {}) => call<PageOf<Person>>("/api/members/staff/people" + query({ ...f }));
export const invitePerson = (body: PersonRequest) => send<Person>("POST", "/api/members/staff/people", body);
export const updatePerson = (id: string, body: PersonUpdate) => send<Person>("PUT", "/api/members/staff/people/" + seg(id), body);
export const deactivatePerson = (id: string) => send<Person>("POST", "/api/members/staff/people/" + seg(id) + "/deactivate");
export const reactivatePerson = (id: string) => send<Person>("POST", "/api/members/staff/people/" + seg(id) + "/reactivate");
export const listOrganisations = () => call<Organisation[]>("/api/members/staff/organisations");
export const createOrganisation = (body: OrganisationRequest) =>
  send<Organisation>("POST", "/api/members/staff/organisations", body);

// ---- Helpers for loaders ---------------------------------------------------------------------

export const UNAVAILABLE =
  "Ce service est momentanément indisponible. Merci de réessayer dans quelques minutes ou de nous écrire à contact@coopemploi.com.";

/** For detail pages: the data, or a real 404 / 503 answer rendered by the root error boundary. */
export function orThrow<T>(result: ApiResult<T>): T {
  if (result.ok) return result.data;
  if (result.status === 404) throw data("Page introuvable", { status: 404 });
  throw data(UNAVAILABLE, { status: 503 });
}

export interface FailureTexts {
  /** the API could not be reached */
  unreachable: string;
  notFound: string;
  other: string;
}

const REGISTRATION_TEXTS: FailureTexts = {
  unreachable: "Impossible de joindre le service d'inscription. Vérifiez votre connexion puis réessayez.",
  notFound: "Cet événement n'existe plus.",
  other: "L'inscription n'a pas pu être enregistrée. Merci de réessayer plus tard.",
};

/** French fallbacks for an intranet action whose answer carries no detail. */
export const ACTION_TEXTS: FailureTexts = {
  unreachable: "Impossible de joindre le service. Vérifiez votre connexion puis réessayez.",
  notFound: "Cet élément n'existe plus. Rechargez la page.",
  other: "L'opération n'a pas pu être enregistrée. Merci de réessayer plus tard.",
};

/**
 * Turns a failure into per-field messages (errors[]) and one general message: the problem's French
 * detail when there are no field errors, else a French fallback for the status.
 */
export function problemMessages(
  result: { status: number; problem?: Problem },
  texts: FailureTexts = REGISTRATION_TEXTS,
): {
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
  if (result.status === 0) return { fields, general: texts.unreachable };
  if (result.status === 401) return { fields, general: "Votre session a expiré : merci de vous reconnecter." };
  if (result.status === 403) return { fields, general: "Votre compte ne permet pas cette opération." };
  if (result.status === 404) return { fields, general: texts.notFound };
  if (result.status === 429) return { fields, general: "Trop de demandes en peu de temps. Merci de réessayer dans quelques minutes." };
  return { fields, general: texts.other };
}

/** Gateway endpoints for the session (backend-for-frontend): plain links and forms, not fetches. */
export const LOGIN_URL = "/oauth2/authorization/keycloak";
export const LOGOUT_URL = "/logout";
