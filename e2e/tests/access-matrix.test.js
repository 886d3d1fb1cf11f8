// Every endpoint of every service, called with no login and with real Keycloak tokens of each kind of user, against
// the answer it must give. The endpoints come from each service's own OpenAPI document: one that is not in the
// matrix fails the test, so a new endpoint cannot ship without its rule being checked here.
import { test, before } from "node:test";
import assert from "node:assert/strict";

const KEYCLOAK = process.env.COOP_KEYCLOAK_URL ?? `http://localhost:${process.env.KEYCLOAK_PORT ?? 8180}`;
const TESTS_SECRET = process.env.COOP_TESTS_CLIENT_SECRET ?? "dev-only-tests-secret";
const PASSWORD = process.env.COOP_DEMO_PASSWORD ?? "demo";
const port = (name, fallback) => process.env[name] ?? fallback;
const SERVICES = {
  events: `http://localhost:${port("EVENTS_PORT", 8081)}`,
  members: `http://localhost:${port("MEMBERS_PORT", 8082)}`,
  resources: `http://localhost:${port("RESOURCES_PORT", 8083)}`,
  dashboard: `http://localhost:${port("DASHBOARD_PORT", 8084)}`,
  notification: `http://localhost:${port("NOTIFICATION_PORT", 8085)}`,
};

// callers: anonymous, entrepreneur A, entrepreneur B, coach (follows A), prescriber, staff (head office), staff of an
// antenna (Annemasse), who pass the same rules as the head office's staff unless a row says otherwise, and a funder,
// who reads anonymous figures only (a row that does not name them expects what an anonymous caller gets, 403 where
// that is 401)
const USERS = {
  entrepreneurA: "marie.entrepreneur",
  entrepreneurB: "theo.entrepreneur",
  coach: "lucas.coach",
  prescriber: "sophie.prescriber",
  staff: "camille.staff",
  antennaStaff: "nadia.staff",
  funder: "paul.funder",
};
const MARIE = "b465c806-618a-4771-b0d4-d76aa7ceecf5";
const THEO = "5ae4bd4f-a0f9-4544-bf45-a2440fc1b240";
const NOBODY = "00000000-0000-4000-8000-000000000000";

// "ok": the rule lets the caller through (the service then answers 2xx, or 4xx for a body it refuses, but never
// 401/403); a number: that exact status. Whatever is expected, a 5xx fails the test: an allowed call that breaks
// is as wrong as a refusal that leaks.
const ok = "ok";
const everyone = { anonymous: ok, entrepreneurA: ok, entrepreneurB: ok, coach: ok, prescriber: ok, staff: ok, funder: ok };
const loggedIn = { ...everyone, anonymous: 401 };
const allNotFound = { anonymous: 404, entrepreneurA: 404, entrepreneurB: 404, coach: 404, prescriber: 404, staff: 404 };
const allBadRequest = { anonymous: 400, entrepreneurA: 400, entrepreneurB: 400, coach: 400, prescriber: 400, staff: 400 };
// a thing that does not exist: 404 to the members who may ask for it, refused to the others
const membersFindNothing = {
  anonymous: 401, entrepreneurA: 404, entrepreneurB: 404, coach: 404, prescriber: 403, staff: 404, funder: 403,
};
const only = (...roles) => ({
  anonymous: 401,
  entrepreneurA: roles.includes("entrepreneur") ? ok : 403,
  entrepreneurB: roles.includes("entrepreneur") ? ok : 403,
  coach: roles.includes("coach") ? ok : 403,
  prescriber: roles.includes("prescriber") ? ok : 403,
  staff: roles.includes("staff") ? ok : 403,
  funder: roles.includes("funder") ? ok : 403,
});

// [service, method, OpenAPI path template, concrete path, body, expectations]
const MATRIX = [
  ["events", "GET", "/api/events/public/events", "/api/events/public/events", null, everyone],
  ["events", "GET", "/api/events/public/events/{id}", `/api/events/public/events/${NOBODY}`, null,
    { anonymous: 404, entrepreneurA: 404, entrepreneurB: 404, coach: 404, prescriber: 404, staff: 404 }],
  ["events", "POST", "/api/events/public/events/{eventId}/registrations", `/api/events/public/events/${NOBODY}/registrations`,
    {}, { anonymous: 400, entrepreneurA: 400, entrepreneurB: 400, coach: 400, prescriber: 400, staff: 400 }],
  // events-service: intranet and management
  ["events", "GET", "/api/events/public/agenda.ics", "/api/events/public/agenda.ics", null, everyone],
  ["events", "GET", "/api/events/public/events/{id}/calendar.ics", `/api/events/public/events/${NOBODY}/calendar.ics`, null, allNotFound],
  ["events", "GET", "/api/events/public/calendars/{secret}.ics", "/api/events/public/calendars/0000.ics", null, allNotFound],
  ["events", "GET", "/api/events/public/consents", "/api/events/public/consents", null, everyone],
  ["events", "GET", "/api/events/public/registrations/by-token", "/api/events/public/registrations/by-token?token=x.y", null, allNotFound],
  ["events", "POST", "/api/events/public/registrations/by-token/cancel", "/api/events/public/registrations/by-token/cancel", {}, allBadRequest],
  ["events", "POST", "/api/events/public/registrations/by-token/accept-offer", "/api/events/public/registrations/by-token/accept-offer", {}, allBadRequest],
  ["events", "POST", "/api/events/public/registrations/by-token/decline-offer", "/api/events/public/registrations/by-token/decline-offer", {}, allBadRequest],
  ["events", "GET", "/api/events/me/workshops", "/api/events/me/workshops", null, only("entrepreneur")],
  ["events", "POST", "/api/events/me/registrations", "/api/events/me/registrations", {}, only("entrepreneur")],
  ["events", "DELETE", "/api/events/me/registrations/{registrationId}", `/api/events/me/registrations/${NOBODY}`, null, only("entrepreneur")],
  ["events", "GET", "/api/events/me/attendance", "/api/events/me/attendance", null, only("entrepreneur")],
  ["events", "GET", "/api/events/me/attendance/certificate.pdf", "/api/events/me/attendance/certificate.pdf", null, only("entrepreneur")],
  ["events", "GET", "/api/events/me/fairs", "/api/events/me/fairs", null, only("entrepreneur")],
  ["events", "PUT", "/api/events/me/fairs/{eventId}", `/api/events/me/fairs/${NOBODY}`, null, only("entrepreneur")],
  ["events", "DELETE", "/api/events/me/fairs/{eventId}", `/api/events/me/fairs/${NOBODY}`, null, only("entrepreneur")],
  ["events", "GET", "/api/events/me/appointments", "/api/events/me/appointments", null, only("entrepreneur")],
  ["events", "DELETE", "/api/events/me/appointments/{slotId}", `/api/events/me/appointments/${NOBODY}`, null, only("entrepreneur")],
  ["events", "GET", "/api/events/me/calendar-link", "/api/events/me/calendar-link", null, loggedIn],
  ["events", "POST", "/api/events/me/calendar-link/renew", "/api/events/me/calendar-link/renew", null, loggedIn],
  ["events", "GET", "/api/events/slots", "/api/events/slots", null, only("entrepreneur")],
  ["events", "POST", "/api/events/slots/{slotId}/booking", `/api/events/slots/${NOBODY}/booking`, {}, only("entrepreneur")],
  ["events", "GET", "/api/events/coach/sessions", "/api/events/coach/sessions", null, only("coach", "staff")],
  ["events", "GET", "/api/events/coach/sessions/{eventId}/registrations", `/api/events/coach/sessions/${NOBODY}/registrations`, null, only("coach", "staff")],
  ["events", "PUT", "/api/events/coach/sessions/{eventId}/attendance", `/api/events/coach/sessions/${NOBODY}/attendance`, [], only("coach", "staff")],
  ["events", "GET", "/api/events/coach/sessions/{eventId}/sign-in-sheet.pdf", `/api/events/coach/sessions/${NOBODY}/sign-in-sheet.pdf`, null, only("coach", "staff")],
  ["events", "POST", "/api/events/coach/slots", "/api/events/coach/slots", {}, only("coach")],
  ["events", "DELETE", "/api/events/coach/slots/{slotId}", `/api/events/coach/slots/${NOBODY}`, null, only("coach")],
  ["events", "GET", "/api/events/coach/appointments", "/api/events/coach/appointments", null, only("coach")],
  ["events", "PUT", "/api/events/coach/appointments/{slotId}/note", `/api/events/coach/appointments/${NOBODY}/note`, { note: "x" }, only("coach")],
  ["events", "POST", "/api/events/prescriber/events/{eventId}/registrations", `/api/events/prescriber/events/${NOBODY}/registrations`, {}, only("prescriber")],
  ["events", "GET", "/api/events/prescriber/registrations", "/api/events/prescriber/registrations", null, only("prescriber")],
  // a referral's path: the prescriber's own only (another's or none: 404), every one for staff
  ["events", "GET", "/api/events/prescriber/referrals/{registrationId}", `/api/events/prescriber/referrals/${NOBODY}`, null,
    { ...only("prescriber"), prescriber: 404 }],
  ["events", "GET", "/api/events/staff/referrals", "/api/events/staff/referrals", null, only("staff")],
  ["events", "GET", "/api/events/staff/referrals/{registrationId}", `/api/events/staff/referrals/${NOBODY}`, null,
    { ...only("staff"), staff: 404 }],
  ["events", "GET", "/api/events/staff/events", "/api/events/staff/events", null, only("staff")],
  ["events", "POST", "/api/events/staff/events", "/api/events/staff/events", {}, only("staff")],
  ["events", "GET", "/api/events/staff/events/{id}", `/api/events/staff/events/${NOBODY}`, null, only("staff")],
  ["events", "PUT", "/api/events/staff/events/{id}", `/api/events/staff/events/${NOBODY}`, {}, only("staff")],
  ["events", "POST", "/api/events/staff/events/{id}/cancel", `/api/events/staff/events/${NOBODY}/cancel`, {}, only("staff")],
  ["events", "GET", "/api/events/staff/events/{id}/registrations", `/api/events/staff/events/${NOBODY}/registrations`, null, only("staff")],
  ["members", "GET", "/api/members/public/showcases", "/api/members/public/showcases", null, everyone],
  ["members", "GET", "/api/members/public/showcases/{slug}", "/api/members/public/showcases/inconnu", null,
    { anonymous: 404, entrepreneurA: 404, entrepreneurB: 404, coach: 404, prescriber: 404, staff: 404 }],
  ["members", "GET", "/api/members/public/showcases/filters", "/api/members/public/showcases/filters", null, everyone],
  ["members", "GET", "/api/members/public/showcases/sitemap", "/api/members/public/showcases/sitemap", null, everyone],
  ["members", "GET", "/api/members/public/showcase-images/{imageId}/{file}",
    `/api/members/public/showcase-images/${NOBODY}/640.webp`, null, allNotFound],
  ["members", "POST", "/api/members/public/showcases/{slug}/messages", "/api/members/public/showcases/inconnu/messages",
    {}, allBadRequest],
  // showcases: the entrepreneur's own (bodies the service refuses, so the demo showcases stay as they are; the
  // lifecycle is proven in members' ShowcaseIT), and their review by the coach or staff
  ["members", "GET", "/api/members/me/showcase", "/api/members/me/showcase", null, only("entrepreneur")],
  ["members", "PUT", "/api/members/me/showcase", "/api/members/me/showcase", {}, only("entrepreneur")],
  ["members", "POST", "/api/members/me/showcase/submit", "/api/members/me/showcase/submit", null, only("entrepreneur")],
  ["members", "POST", "/api/members/me/showcase/unpublish", "/api/members/me/showcase/unpublish", {}, only("entrepreneur")],
  ["members", "POST", "/api/members/me/showcase/pages/{page}/images", "/api/members/me/showcase/pages/9/images?name=x.png",
    {}, only("entrepreneur")],
  ["members", "PUT", "/api/members/me/showcase/logo", "/api/members/me/showcase/logo?name=logo.png", {}, only("entrepreneur")],
  ["members", "DELETE", "/api/members/me/showcase/logo", "/api/members/me/showcase/logo", null, only("entrepreneur")],
  // coaches' own profiles (bodies the service refuses; the lifecycle is proven in members' CoachProfileIT) and the
  // public list of the coaches who consented
  ["members", "GET", "/api/members/public/coaches", "/api/members/public/coaches", null, everyone],
  ["members", "GET", "/api/members/public/coach-photos/{photoId}/{file}",
    `/api/members/public/coach-photos/${NOBODY}/320.webp`, null, allNotFound],
  ["members", "GET", "/api/members/me/coach-profile", "/api/members/me/coach-profile", null, only("coach")],
  ["members", "PUT", "/api/members/me/coach-profile", "/api/members/me/coach-profile", {}, only("coach")],
  ["members", "PUT", "/api/members/me/coach-profile/photo", "/api/members/me/coach-profile/photo?name=x.png", {},
    only("coach")],
  ["members", "DELETE", "/api/members/me/coach-profile/photo", "/api/members/me/coach-profile/photo", null,
    only("coach")],
  ["members", "GET", "/api/members/me/coach-profile/photos/{photoId}/{file}",
    `/api/members/me/coach-profile/photos/${NOBODY}/320.webp`, null, only("coach")],
  ["members", "GET", "/api/members/showcases/reviews", "/api/members/showcases/reviews", null, only("coach", "staff")],
  ["members", "GET", "/api/members/showcases/{id}", `/api/members/showcases/${NOBODY}`, null,
    membersFindNothing],
  ["members", "GET", "/api/members/showcases/{id}/images/{imageId}/{file}",
    `/api/members/showcases/${NOBODY}/images/${NOBODY}/640.webp`, null,
    membersFindNothing],
  ["members", "POST", "/api/members/showcases/{id}/validate", `/api/members/showcases/${NOBODY}/validate`, null,
    { ...only("coach", "staff"), coach: 404, staff: 404 }],
  ["members", "POST", "/api/members/showcases/{id}/reject", `/api/members/showcases/${NOBODY}/reject`, { reason: "x" },
    { ...only("coach", "staff"), coach: 404, staff: 404 }],
  ["members", "POST", "/api/members/showcases/{id}/withdraw", `/api/members/showcases/${NOBODY}/withdraw`, { reason: "x" },
    { ...only("coach", "staff"), coach: 404, staff: 404 }],
  ["members", "GET", "/api/members/public/antennas", "/api/members/public/antennas", null, everyone],
  ["members", "GET", "/api/members/public/organisations", "/api/members/public/organisations", null, everyone],
  // the cooperative's settings and antennas: read by everyone, changed by staff of the head office only
  ["members", "GET", "/api/members/public/cooperative", "/api/members/public/cooperative", null, everyone],
  ["members", "GET", "/api/members/public/cooperative/logo", "/api/members/public/cooperative/logo", null, everyone],
  ["members", "PUT", "/api/members/staff/cooperative", "/api/members/staff/cooperative", {},
    { ...only("staff"), staff: 400 }],
  ["members", "PUT", "/api/members/staff/cooperative/logo", "/api/members/staff/cooperative/logo?name=logo.png", null,
    { ...only("staff"), staff: 400, antennaStaff: 403 }],
  ["members", "DELETE", "/api/members/staff/cooperative/logo", "/api/members/staff/cooperative/logo", null,
    { ...only("staff"), antennaStaff: 403 }],
  ["members", "GET", "/api/members/staff/antennas", "/api/members/staff/antennas", null,
    { ...only("staff"), antennaStaff: 403 }],
  ["members", "POST", "/api/members/staff/antennas", "/api/members/staff/antennas", {}, { ...only("staff"), staff: 400 }],
  ["members", "PUT", "/api/members/staff/antennas/{code}", "/api/members/staff/antennas/inconnue", {},
    { ...only("staff"), staff: 400 }],
  ...["close", "reopen", "head-office"].map((action) => ["members", "POST", `/api/members/staff/antennas/{code}/${action}`,
    `/api/members/staff/antennas/inconnue/${action}`, null, { ...only("staff"), staff: 404, antennaStaff: 403 }]),
  ["members", "GET", "/api/members/me", "/api/members/me", null, loggedIn],
  ["members", "GET", "/api/members/coach/entrepreneurs", "/api/members/coach/entrepreneurs", null, only("coach")],
  // GDPR requests: staff's; each person's own (an erasure needs its confirmation: an empty body is refused); an
  // archive's secret link
  ["members", "GET", "/api/members/staff/privacy-requests", "/api/members/staff/privacy-requests", null, only("staff")],
  ["members", "POST", "/api/members/staff/privacy-requests", "/api/members/staff/privacy-requests", {},
    { ...only("staff"), staff: 400 }],
  ["members", "POST", "/api/members/staff/privacy-requests/{id}/undo", `/api/members/staff/privacy-requests/${NOBODY}/undo`,
    null, { ...only("staff"), staff: 404 }],
  ["members", "GET", "/api/members/me/privacy", "/api/members/me/privacy", null, loggedIn],
  ["members", "POST", "/api/members/me/privacy/export", "/api/members/me/privacy/export", null, loggedIn],
  ["members", "POST", "/api/members/me/privacy/erasure", "/api/members/me/privacy/erasure", {},
    { anonymous: 401, entrepreneurA: 400, entrepreneurB: 400, coach: 400, prescriber: 400, staff: 400, funder: 400 }],
  ["members", "GET", "/api/members/public/privacy/archives/{token}",
    "/api/members/public/privacy/archives/forged-link-0000000000000000000000", null, allNotFound],
  // retention periods (read by staff, set by the head office: an empty body is refused field by field) and the report
  ["members", "GET", "/api/members/public/retention", "/api/members/public/retention", null, everyone],
  ["members", "GET", "/api/members/staff/retention", "/api/members/staff/retention", null, only("staff")],
  ["members", "PUT", "/api/members/staff/retention", "/api/members/staff/retention", {},
    { ...only("staff"), staff: 400 }],
  ["members", "GET", "/api/members/staff/people", "/api/members/staff/people", null, only("staff")],
  ["members", "POST", "/api/members/staff/people", "/api/members/staff/people", {}, { ...only("staff"), staff: 400 }],
  ["members", "PUT", "/api/members/staff/people/{id}", `/api/members/staff/people/${NOBODY}`, { role: "coach" },
    { ...only("staff"), staff: 404 }],
  ["members", "POST", "/api/members/staff/people/{id}/deactivate", `/api/members/staff/people/${NOBODY}/deactivate`,
    null, { ...only("staff"), staff: 404 }],
  ["members", "POST", "/api/members/staff/people/{id}/reactivate", `/api/members/staff/people/${NOBODY}/reactivate`,
    null, { ...only("staff"), staff: 404 }],
  // personal files: Marie's is read by Marie, Lucas (her coach) and staff of the head office; Théo, staff of Annemasse
  // and any other coach get 404 as if it did not exist. Changes are tried on a file that does not exist (the rule
  // lets the caller through, the service answers 404); who changes whose file is proven in members' PersonalFileIT.
  ["members", "GET", "/api/members/me/file", "/api/members/me/file", null, only("entrepreneur")],
  ["members", "GET", "/api/members/files/{subject}", `/api/members/files/${MARIE}`, null,
    { ...only("entrepreneur", "coach", "staff"), entrepreneurB: 404, antennaStaff: 404 }],
  ["members", "PUT", "/api/members/files/{subject}/contact", `/api/members/files/${NOBODY}/contact`, {},
    membersFindNothing],
  ...[
    ["PUT", "/api/members/files/{subject}/activity", "activity", { activity: "x" }],
    ["PUT", "/api/members/files/{subject}/agreement", "agreement", {}],
    ["POST", "/api/members/files/{subject}/objectives", "objectives", { label: "x", kind: "OTHER" }],
    ["PUT", "/api/members/files/{subject}/objectives/{objectiveId}", `objectives/${NOBODY}`, { label: "x", kind: "OTHER" }],
    ["DELETE", "/api/members/files/{subject}/objectives/{objectiveId}", `objectives/${NOBODY}`, null],
    ["PUT", "/api/members/files/{subject}/milestones/{milestone}", "milestones/CAPE_SIGNED", { reachedOn: "2026-01-05" }],
    ["DELETE", "/api/members/files/{subject}/milestones/{milestone}", "milestones/CAPE_SIGNED", null],
    ["POST", "/api/members/files/{subject}/contact/proposal/accept", "contact/proposal/accept", null],
    ["DELETE", "/api/members/files/{subject}/contact/proposal", "contact/proposal", null],
  ].map(([method, template, tail, body]) => ["members", method, template, `/api/members/files/${NOBODY}/${tail}`, body,
    { ...only("coach", "staff"), coach: 404, staff: 404 }]),
  // documents exchanged in a file: any member of the three roles passes the rule; whose file it is, the service
  // decides (here a file that does not exist: 404); Théo reading Marie's documents is PersonalFileIT's
  ["members", "POST", "/api/members/files/{subject}/documents", `/api/members/files/${NOBODY}/documents?name=x.pdf`,
    null, membersFindNothing],
  ["members", "GET", "/api/members/files/{subject}/documents/{documentId}",
    `/api/members/files/${NOBODY}/documents/${NOBODY}`, null, membersFindNothing],
  ["members", "DELETE", "/api/members/files/{subject}/documents/{documentId}",
    `/api/members/files/${NOBODY}/documents/${NOBODY}`, null, membersFindNothing],
  ["members", "PUT", "/api/members/files/{subject}/analytical-code", `/api/members/files/${NOBODY}/analytical-code`,
    { analyticalCode: "X" }, { ...only("staff"), staff: 404 }],
  ["members", "GET", "/api/members/staff/organisations", "/api/members/staff/organisations", null, only("staff")],
  ["members", "POST", "/api/members/staff/organisations", "/api/members/staff/organisations", {},
    { ...only("staff"), staff: 400 }],
  ["resources", "GET", "/api/resources/public/search", "/api/resources/public/search?q=atelier", null, everyone],
  ["resources", "GET", "/api/resources/public/search/suggestions", "/api/resources/public/search/suggestions?q=ate", null, everyone],
  ["resources", "GET", "/api/resources/search/reindex", "/api/resources/search/reindex", null, only("staff")],
  ["resources", "POST", "/api/resources/search/reindex", "/api/resources/search/reindex", null, only("staff")],
  ["resources", "GET", "/api/resources/search/consistency", "/api/resources/search/consistency", null, only("staff")],
  ["resources", "POST", "/api/resources/search/consistency", "/api/resources/search/consistency?repair=false", null, only("staff")],
  ["resources", "GET", "/api/resources/search/synonyms", "/api/resources/search/synonyms", null, only("staff")],
  ["resources", "PUT", "/api/resources/search/synonyms", "/api/resources/search/synonyms", {}, only("staff")],
  // the resource centre: reading is open, what is seen depends on the token (the coaches' kit of the demo is 404 to
  // those who may not read it); changes are tried on a resource that does not exist (the rule lets the caller
  // through, the service answers 400 or 404); who changes what is proven in resources' ContributionIT and VisibilityIT
  // the presentation pages: published ones for everyone; staff list and read drafts; the head office's staff write
  // (antenna staff: 403 from the service once the body is valid); tried on a page that does not exist or with a body
  // the service refuses (400), the lifecycle is proven in resources' PagesIT
  ["resources", "GET", "/api/resources/public/pages", "/api/resources/public/pages", null, everyone],
  ["resources", "GET", "/api/resources/public/pages/{slug}", "/api/resources/public/pages/statut", null, everyone],
  ["resources", "GET", "/api/resources/pages", "/api/resources/pages", null, only("staff")],
  ["resources", "POST", "/api/resources/pages", "/api/resources/pages", {}, only("staff")],
  ["resources", "PUT", "/api/resources/pages/menu", "/api/resources/pages/menu", {}, only("staff")],
  ["resources", "POST", "/api/resources/pages/preview", "/api/resources/pages/preview", { body: "**Texte**" },
    only("staff")],
  ["resources", "GET", "/api/resources/pages/{id}", `/api/resources/pages/${NOBODY}`, null, only("staff")],
  ["resources", "PUT", "/api/resources/pages/{id}", `/api/resources/pages/${NOBODY}`, {}, only("staff")],
  ["resources", "POST", "/api/resources/pages/{id}/publish", `/api/resources/pages/${NOBODY}/publish`, null,
    { ...only("staff"), antennaStaff: 403 }],
  ["resources", "GET", "/api/resources/pages/{id}/versions/{number}", `/api/resources/pages/${NOBODY}/versions/1`,
    null, only("staff")],
  ["resources", "POST", "/api/resources/pages/{id}/versions/{number}/restore",
    `/api/resources/pages/${NOBODY}/versions/1/restore`, null, { ...only("staff"), antennaStaff: 403 }],
  ["resources", "GET", "/api/resources/public/resources", "/api/resources/public/resources", null, everyone],
  ["resources", "GET", "/api/resources/public/centre", "/api/resources/public/centre", null, everyone],
  // the resources an event of the agenda uses: what each may read of them (none for an event never heard of)
  ["resources", "GET", "/api/resources/public/events/{eventId}/resources",
    "/api/resources/public/events/00000000-0000-4000-8000-000000000000/resources", null, everyone],
  ["resources", "GET", "/api/resources/public/resources/{slug}", "/api/resources/public/resources/kit-accompagnateur-deroule",
    null, { anonymous: 404, entrepreneurA: 404, entrepreneurB: 404, coach: ok, prescriber: 404, staff: ok }],
  ["resources", "GET", "/api/resources/public/resources/{slug}/files/{fileId}",
    `/api/resources/public/resources/statut-entrepreneur-salarie/files/${"0".repeat(24)}`, null, allNotFound],
  ["resources", "GET", "/api/resources/public/resources/{slug}/files/{fileId}/thumbnail",
    `/api/resources/public/resources/statut-entrepreneur-salarie/files/${"0".repeat(24)}/thumbnail`, null, allNotFound],
  ["resources", "POST", "/api/resources", "/api/resources", {}, only("entrepreneur", "coach", "staff")],
  ["resources", "GET", "/api/resources/mine", "/api/resources/mine", null, only("entrepreneur", "coach", "staff")],
  ["resources", "GET", "/api/resources/bookmarks", "/api/resources/bookmarks", null, only("entrepreneur", "coach", "staff")],
  ["resources", "GET", "/api/resources/review", "/api/resources/review", null, only("coach", "staff")],
  ["resources", "GET", "/api/resources/links/broken", "/api/resources/links/broken", null, only("coach", "staff")],
  // training progress: a module nobody has (404 to members), a person nobody follows (404 to members)
  ["resources", "GET", "/api/resources/{id}/progress", `/api/resources/${NOBODY}/progress`, null,
    membersFindNothing],
  ["resources", "PUT", "/api/resources/{id}/progress", `/api/resources/${NOBODY}/progress`, { done: [0] },
    membersFindNothing],
  ["resources", "GET", "/api/resources/progress/{subject}", `/api/resources/progress/${NOBODY}`, null,
    membersFindNothing],
  ...[
    ["PUT", "/api/resources/{id}", "", {}],
    ["DELETE", "/api/resources/{id}", "", null],
    ["POST", "/api/resources/{id}/files", "/files?name=guide.pdf", null],
    ["DELETE", "/api/resources/{id}/files/{fileId}", `/files/${"0".repeat(24)}`, null],
    ["POST", "/api/resources/{id}/submit", "/submit", null],
    ["POST", "/api/resources/{id}/copy", "/copy", null],
    ["PUT", "/api/resources/{id}/bookmark", "/bookmark", null],
    ["DELETE", "/api/resources/{id}/bookmark", "/bookmark", null],
    // someone's copy of an online template: who fills, shares, comments and exports is proven in TemplatesIT
    ["PUT", "/api/resources/{id}/answers", "/answers", { revision: 0, answers: {} }],
    ["POST", "/api/resources/{id}/share", "/share", null],
    ["POST", "/api/resources/{id}/comments", "/comments", { section: "projet", text: "x" }],
    ["GET", "/api/resources/{id}/pdf", "/pdf", null],
  ].map(([method, template, tail, body]) => ["resources", method, template, `/api/resources/${NOBODY}${tail}`, body,
    only("entrepreneur", "coach", "staff")]),
  ...[
    ["POST", "/api/resources/{id}/validate", "/validate", null],
    ["POST", "/api/resources/{id}/reject", "/reject", { reason: "x" }],
    ["POST", "/api/resources/{id}/withdraw", "/withdraw", { reason: "x" }],
    ["POST", "/api/resources/{id}/restore", "/restore", null],
    ["PUT", "/api/resources/{id}/review-date", "/review-date", { reviewBy: null }],
  ].map(([method, template, tail, body]) => ["resources", method, template, `/api/resources/${NOBODY}${tail}`, body,
    only("coach", "staff")]),
  // the questions-and-answers space: entrepreneurs, coaches and staff; tried on a question that does not exist (the
  // rule lets them through, the service answers 404 or 400 for an empty body); hiding is for coaches and staff, the
  // service refuses entrepreneurs. Who reads and does what on real questions is proven in resources' QuestionsIT.
  ...[
    ["GET", "/api/resources/questions", "", null],
    ["POST", "/api/resources/questions", "", {}],
    ["GET", "/api/resources/questions/{id}", `/${NOBODY}`, null],
    ["PUT", "/api/resources/questions/{id}", `/${NOBODY}`, {}],
    ["POST", "/api/resources/questions/{id}/answers", `/${NOBODY}/answers`, {}],
    ["PUT", "/api/resources/questions/{id}/answers/{answerId}", `/${NOBODY}/answers/${NOBODY}`, {}],
    ["POST", "/api/resources/questions/{id}/comments", `/${NOBODY}/comments`, {}],
    ["PUT", "/api/resources/questions/{id}/accepted", `/${NOBODY}/accepted`, {}],
    ["DELETE", "/api/resources/questions/{id}/accepted", `/${NOBODY}/accepted`, null],
    ["PUT", "/api/resources/questions/{id}/votes/{postId}", `/${NOBODY}/votes/${NOBODY}`, null],
    ["DELETE", "/api/resources/questions/{id}/votes/{postId}", `/${NOBODY}/votes/${NOBODY}`, null],
    ["PUT", "/api/resources/questions/{id}/following", `/${NOBODY}/following`, null],
    ["DELETE", "/api/resources/questions/{id}/following", `/${NOBODY}/following`, null],
  ].map(([method, template, tail, body]) => ["resources", method, template, `/api/resources/questions${tail}`, body,
    only("entrepreneur", "coach", "staff")]),
  ["resources", "POST", "/api/resources/questions/{id}/moderation/{postId}",
    `/api/resources/questions/${NOBODY}/moderation/${NOBODY}`, { hidden: false }, only("coach", "staff")],
  ["notification", "POST", "/api/notifications/public/contact", "/api/notifications/public/contact", {}, allBadRequest],
  // e-mail preferences: a signed link of an e-mail is the credential (a forged one is refused for everyone); the
  // one-click address opened in a browser leads to the preferences page; logged-in people choose for their address
  ["notification", "GET", "/api/notifications/public/email-preferences",
    "/api/notifications/public/email-preferences?token=x.y", null, allNotFound],
  ["notification", "PUT", "/api/notifications/public/email-preferences",
    "/api/notifications/public/email-preferences?token=x.y", { received: [] }, allNotFound],
  ["notification", "POST", "/api/notifications/public/email-preferences/unsubscribe",
    "/api/notifications/public/email-preferences/unsubscribe?token=x.y&topic=REMINDERS", null, allNotFound],
  ["notification", "GET", "/api/notifications/public/email-preferences/unsubscribe",
    "/api/notifications/public/email-preferences/unsubscribe?token=x.y&topic=REMINDERS", null,
    { anonymous: 303, entrepreneurA: 303, entrepreneurB: 303, coach: 303, prescriber: 303, staff: 303 }],
  ["notification", "POST", "/api/notifications/public/privacy-requests",
    "/api/notifications/public/privacy-requests?token=x.y", { kind: "EXPORT" }, allNotFound],
  // addresses in failure (bounces): staff's; clearing one nobody knows is 404
  ["notification", "GET", "/api/notifications/staff/bounces", "/api/notifications/staff/bounces", null, only("staff")],
  ["notification", "DELETE", "/api/notifications/staff/bounces/{id}", `/api/notifications/staff/bounces/${NOBODY}`,
    null, { ...only("staff"), staff: 404 }],
  ["notification", "GET", "/api/notifications/me/email-preferences", "/api/notifications/me/email-preferences", null, loggedIn],
  // every topic kept: the demo people's later journeys expect their e-mails (Sophie her referrals' outcomes)
  ["notification", "PUT", "/api/notifications/me/email-preferences", "/api/notifications/me/email-preferences",
    { received: ["REMINDERS", "NEXT_SESSIONS", "QUESTIONS", "REFERRALS"] }, loggedIn],
  ["dashboard", "GET", "/api/dashboard/public/figures", "/api/dashboard/public/figures", null, everyone],
  ["dashboard", "GET", "/api/dashboard/me", "/api/dashboard/me", null, only("entrepreneur")],
  ["dashboard", "GET", "/api/dashboard/coach/entrepreneurs", "/api/dashboard/coach/entrepreneurs", null, only("coach")],
  ["dashboard", "GET", "/api/dashboard/staff/entrepreneurs", "/api/dashboard/staff/entrepreneurs", null, only("staff")],
  ["dashboard", "GET", "/api/dashboard/alert-settings", "/api/dashboard/alert-settings", null, only("coach", "staff")],
  // a complete body with one value out of bounds: the rule lets staff through and the service answers 400, except
  // antenna staff (403: the thresholds are the whole cooperative's); a valid change is proven in PortfolioAlertsIT
  ["dashboard", "PUT", "/api/dashboard/alert-settings", "/api/dashboard/alert-settings",
    { objectiveGap: 0, monthsWithoutRevenue: 3, lateInvoices: 2, treasuryFloor: 0, missedWorkshops: 2,
      weeksWithoutAppointment: 8, agreementEndingDays: 60 },
    { ...only("staff"), staff: 400, antennaStaff: 403 }],
  // imports are the whole cooperative's: head-office staff only; an empty body is refused with 400
  ["dashboard", "POST", "/api/dashboard/imports", "/api/dashboard/imports?fileName=vide.csv", null,
    { ...only("staff"), antennaStaff: 403 }],
  ["dashboard", "GET", "/api/dashboard/imports", "/api/dashboard/imports", null, { ...only("staff"), antennaStaff: 403 }],
  ["dashboard", "GET", "/api/dashboard/imports/{id}", `/api/dashboard/imports/${NOBODY}`, null,
    { ...only("staff"), staff: 404, antennaStaff: 403 }],
  // ownership: the coach follows A (Marie), not B (Théo); staff of the head office read both, staff of Annemasse
  // neither (Marie is in Seynod, Théo in Cluses)
  ["dashboard", "GET", "/api/dashboard/entrepreneurs/{subject}", `/api/dashboard/entrepreneurs/${MARIE}`, null,
    { ...only("coach", "staff"), antennaStaff: 404 }],
  ["dashboard", "GET", "/api/dashboard/entrepreneurs/{subject}", `/api/dashboard/entrepreneurs/${THEO}`, null,
    { ...only("coach", "staff"), coach: 404, antennaStaff: 404 }],
  // the same rule for the dashboard's exports and its live stream (server-sent events, closed once answered)
  ...["export.csv", "export.pdf", "live"].flatMap((tail) => [
    ["dashboard", "GET", `/api/dashboard/me/${tail}`, `/api/dashboard/me/${tail}`, null, only("entrepreneur")],
    ["dashboard", "GET", `/api/dashboard/entrepreneurs/{subject}/${tail}`, `/api/dashboard/entrepreneurs/${MARIE}/${tail}`,
      null, { ...only("coach", "staff"), antennaStaff: 404 }],
  ]),
  // figures typed for someone nobody follows: the rule lets coaches and staff through, the service answers 404
  ["dashboard", "PUT", "/api/dashboard/entrepreneurs/{subject}/typed-figures/{month}",
    `/api/dashboard/entrepreneurs/${NOBODY}/typed-figures/2026-01`, { revenue: 1, expenses: 0, hoursWorked: 1 },
    { ...only("coach", "staff"), coach: 404, staff: 404 }],
  // the funders' view: funders and staff (antenna staff: their antenna's figures)
  ...["", ".csv", ".pdf"].map((ext) => ["dashboard", "GET", `/api/dashboard/funders/figures${ext}`,
    `/api/dashboard/funders/figures${ext}`, null, only("funder", "staff")]),
];

const tokens = {};
before(async () => {
  for (const [caller, username] of Object.entries(USERS)) {
    const response = await fetch(`${KEYCLOAK}/realms/coop/protocol/openid-connect/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "password", client_id: "coop-tests", client_secret: TESTS_SECRET, username, password: PASSWORD }),
    });
    assert.equal(response.status, 200, `${username} cannot log in`);
    tokens[caller] = (await response.json()).access_token;
  }
});

async function call(service, method, path, body, caller) {
  const headers = { Accept: "application/json" };
  if (tokens[caller]) headers.Authorization = `Bearer ${tokens[caller]}`;
  if (body) headers["Content-Type"] = "application/json";
  // a redirect is the endpoint's own answer (the e-mails' one-click address opened in a browser: 303 to a page)
  const response = await fetch(`${SERVICES[service]}${path}`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
    redirect: "manual",
  });
  // a live stream answers at once and never ends: its status is all a row checks
  if ((response.headers.get("content-type") ?? "").startsWith("text/event-stream")) await response.body?.cancel();
  return response;
}

test("every endpoint answers each kind of caller as its rule says, never 5xx, every 4xx as problem+json", async () => {
  const failures = [];
  for (const [service, method, , path, body, expected] of MATRIX) {
    for (const caller of ["anonymous", ...Object.keys(USERS)]) {
      const response = await call(service, method, path, body, caller);
      const want = caller === "antennaStaff" && !("antennaStaff" in expected) ? expected.staff
        : caller === "funder" && !("funder" in expected) ? (expected.anonymous === 401 ? 403 : expected.anonymous)
          : expected[caller];
      const pass = want === ok ? response.status !== 401 && response.status !== 403 : response.status === want;
      if (response.status >= 500) {
        failures.push(`${method} ${service}${path} as ${caller}: ${response.status} ${(await response.text()).slice(0, 300)}`);
        continue;
      }
      if (!pass) failures.push(`${method} ${service}${path} as ${caller}: ${response.status}, expected ${want}`);
      if (response.status >= 400) {
        const type = response.headers.get("content-type") ?? "";
        if (!type.includes("application/problem+json")) failures.push(`${method} ${path} as ${caller}: ${response.status} is not problem+json`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test("staff of an antenna list the people of their antenna only", async () => {
  const byHeadOffice = await (await call("members", "GET", "/api/members/staff/people?size=200", null, "staff")).json();
  const byAnnemasse = await (await call("members", "GET", "/api/members/staff/people?size=200", null, "antennaStaff")).json();
  assert.ok(byHeadOffice.items.some((p) => p.antenna?.code === "seynod"));
  assert.ok(byAnnemasse.items.length > 0);
  assert.deepEqual([...new Set(byAnnemasse.items.map((p) => p.antenna?.code))], ["annemasse"]);
});

test("an entrepreneur's own dashboard is theirs: A and B read different figures", async () => {
  const a = await (await call("dashboard", "GET", "/api/dashboard/me", null, "entrepreneurA")).json();
  const b = await (await call("dashboard", "GET", "/api/dashboard/me", null, "entrepreneurB")).json();
  assert.notDeepEqual(a.months, b.months);
  const aMe = await (await call("members", "GET", "/api/members/me", null, "entrepreneurA")).json();
  assert.equal(aMe.subject, MARIE);
});

test("a funder reads the cooperative's figures without a name or a group under five", async () => {
  const response = await call("dashboard", "GET", "/api/dashboard/funders/figures", null, "funder");
  assert.equal(response.status, 200);
  const text = await response.text();
  for (const name of ["Marie", "Dupont", "Théo", "Girard", "@"]) assert.ok(!text.includes(name), `no ${name} for a funder`);
  const figures = JSON.parse(text);
  const counts = [...figures.stages, ...figures.revenueBands].map((group) => group.people);
  assert.ok(counts.every((people) => people === null || people >= 5), "no group under five");
});

test("the matrix covers every endpoint of every service's OpenAPI document", async () => {
  const covered = new Set(MATRIX.map(([service, method, template]) => `${service} ${method} ${template}`));
  const missing = [];
  for (const [service, base] of Object.entries(SERVICES)) {
    const docs = await (await fetch(`${base}/v3/api-docs`)).json();
    for (const [path, operations] of Object.entries(docs.paths ?? {})) {
      for (const method of Object.keys(operations)) {
        const key = `${service} ${method.toUpperCase()} ${path}`;
        if (!covered.has(key)) missing.push(key);
      }
    }
  }
  assert.deepEqual(missing, [], "add these endpoints to MATRIX with the answer each caller must get");
});
