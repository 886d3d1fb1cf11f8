// The client of events-service: its generated contract (openapi/events-service.json, see web-ui/README.md) and one
// function per endpoint the web UI calls, each answering an ApiResult.
import { result, serviceClient } from "./client";
import type { components, paths } from "./generated/events-service";

export type * from "./generated/events-service";
export { labels } from "./generated/events-service";

export const eventsApi = serviceClient<paths>();

type Query<P extends keyof paths, M extends "get" | "put" | "post"> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;
type Schemas = components["schemas"];
export type ReferralPath = Schemas["ReferralPath"];

// Public agenda and registrations
export const listEvents = (query: Query<"/api/events/public/events", "get"> = {}) =>
  result(eventsApi.GET("/api/events/public/events", { params: { query } }));
export const getEvent = (id: string) =>
  result(eventsApi.GET("/api/events/public/events/{id}", { params: { path: { id } } }));
export const registerForEvent = (eventId: string, body: Schemas["RegistrationRequest"]) =>
  result(eventsApi.POST("/api/events/public/events/{eventId}/registrations", { params: { path: { eventId } }, body }));

// Consent texts: the version each form shows, and every earlier one (the privacy notice)
export type ConsentVersion = Schemas["ConsentVersion"];
export const getConsents = () => result(eventsApi.GET("/api/events/public/consents"));
/** The text in force for one purpose, if the answer has it. */
export const consentFor = (
  consents: Awaited<ReturnType<typeof getConsents>>,
  purpose: ConsentVersion["purpose"],
): ConsentVersion | null => (consents.ok ? (consents.data.current.find((c) => c.purpose === purpose) ?? null) : null);

/** The subscribable iCalendar feed of the whole public agenda (served through the gateway). */
export const AGENDA_FEED_PATH = "/agenda.ics";

// Signed links sent by e-mail (no login)
export const getRegistrationByToken = (token: string) =>
  result(eventsApi.GET("/api/events/public/registrations/by-token", { params: { query: { token } } }));
export const cancelByToken = (token: string) =>
  result(eventsApi.POST("/api/events/public/registrations/by-token/cancel", { body: { token } }));
export const acceptOfferByToken = (token: string) =>
  result(eventsApi.POST("/api/events/public/registrations/by-token/accept-offer", { body: { token } }));
export const declineOfferByToken = (token: string) =>
  result(eventsApi.POST("/api/events/public/registrations/by-token/decline-offer", { body: { token } }));

// Entrepreneur
export const getMyWorkshops = () => result(eventsApi.GET("/api/events/me/workshops"));
export const registerMe = (eventId: string) =>
  result(eventsApi.POST("/api/events/me/registrations", { body: { eventId } }));
export const cancelMyRegistration = (registrationId: string) =>
  result(eventsApi.DELETE("/api/events/me/registrations/{registrationId}", { params: { path: { registrationId } } }));
export const getMyAttendance = () => result(eventsApi.GET("/api/events/me/attendance"));
export const CERTIFICATE_URL = "/api/events/me/attendance/certificate.pdf" satisfies keyof paths;
export const getMyFairs = () => result(eventsApi.GET("/api/events/me/fairs"));
export const attendFair = (eventId: string) =>
  result(eventsApi.PUT("/api/events/me/fairs/{eventId}", { params: { path: { eventId } } }));
export const leaveFair = (eventId: string) =>
  result(eventsApi.DELETE("/api/events/me/fairs/{eventId}", { params: { path: { eventId } } }));
export const listSlots = (query: Query<"/api/events/slots", "get"> = {}) =>
  result(eventsApi.GET("/api/events/slots", { params: { query } }));
export const bookSlot = (slotId: string, topic?: string) =>
  result(
    eventsApi.POST("/api/events/slots/{slotId}/booking", {
      params: { path: { slotId } },
      body: topic ? { topic } : {},
    }),
  );
export const getMyAppointments = () => result(eventsApi.GET("/api/events/me/appointments"));
export const cancelMyAppointment = (slotId: string) =>
  result(eventsApi.DELETE("/api/events/me/appointments/{slotId}", { params: { path: { slotId } } }));
export const getMyCalendarLink = () => result(eventsApi.GET("/api/events/me/calendar-link"));
export const renewMyCalendarLink = () => result(eventsApi.POST("/api/events/me/calendar-link/renew"));

// Coach
export const listCoachSessions = (query: Query<"/api/events/coach/sessions", "get"> = {}) =>
  result(eventsApi.GET("/api/events/coach/sessions", { params: { query } }));
export const listSessionRegistrations = (eventId: string) =>
  result(eventsApi.GET("/api/events/coach/sessions/{eventId}/registrations", { params: { path: { eventId } } }));
export const saveAttendance = (eventId: string, marks: Schemas["MarkRequest"][]) =>
  result(
    eventsApi.PUT("/api/events/coach/sessions/{eventId}/attendance", { params: { path: { eventId } }, body: marks }),
  );
export const signInSheetUrl = (eventId: string) =>
  `/api/events/coach/sessions/${encodeURIComponent(eventId)}/sign-in-sheet.pdf`;
export const publishSlot = (body: Schemas["SlotRequest"]) =>
  result(eventsApi.POST("/api/events/coach/slots", { body }));
export const deleteSlot = (slotId: string) =>
  result(eventsApi.DELETE("/api/events/coach/slots/{slotId}", { params: { path: { slotId } } }));
export const listCoachAppointments = () => result(eventsApi.GET("/api/events/coach/appointments"));
export const saveAppointmentNote = (slotId: string, note: string) =>
  result(
    eventsApi.PUT("/api/events/coach/appointments/{slotId}/note", { params: { path: { slotId } }, body: { note } }),
  );

// Prescriber
export const registerPerson = (eventId: string, body: Schemas["PrescribedRegistrationRequest"]) =>
  result(
    eventsApi.POST("/api/events/prescriber/events/{eventId}/registrations", { params: { path: { eventId } }, body }),
  );
export const listMyReferrals = () => result(eventsApi.GET("/api/events/prescriber/registrations"));
/** The whole path of one of the prescriber's own referrals (anyone else's: 404). */
export const getMyReferralPath = (registrationId: string) =>
  result(eventsApi.GET("/api/events/prescriber/referrals/{registrationId}", { params: { path: { registrationId } } }));
/** Staff: every referral's path, with the other prescribers of the same person. */
export const listReferralPaths = () => result(eventsApi.GET("/api/events/staff/referrals"));
export const getReferralPath = (registrationId: string) =>
  result(eventsApi.GET("/api/events/staff/referrals/{registrationId}", { params: { path: { registrationId } } }));

// Staff
export const listStaffEvents = (query: Query<"/api/events/staff/events", "get"> = {}) =>
  result(eventsApi.GET("/api/events/staff/events", { params: { query } }));
/** One event of any audience with its description (the edit form starts from it). */
export const getStaffEvent = (id: string) =>
  result(eventsApi.GET("/api/events/staff/events/{id}", { params: { path: { id } } }));
export const createEvents = (body: Schemas["EventRequest"]) =>
  result(eventsApi.POST("/api/events/staff/events", { body }));
/** THIS: the one occurrence; FOLLOWING: it and the later occurrences of its series. */
export type ChangeScope = "THIS" | "FOLLOWING";
const scopeQuery = (scope: ChangeScope) => (scope === "THIS" ? {} : { scope });
export const updateEvent = (
  id: string,
  body: Omit<Schemas["EventRequest"], "recurrence">,
  scope: ChangeScope = "THIS",
) =>
  result(eventsApi.PUT("/api/events/staff/events/{id}", { params: { path: { id }, query: scopeQuery(scope) }, body }));
export const cancelEvent = (id: string, reason: string, scope: ChangeScope = "THIS") =>
  result(
    eventsApi.POST("/api/events/staff/events/{id}/cancel", {
      params: { path: { id }, query: scopeQuery(scope) },
      body: { reason },
    }),
  );
export const listEventRegistrations = (id: string) =>
  result(eventsApi.GET("/api/events/staff/events/{id}/registrations", { params: { path: { id } } }));
