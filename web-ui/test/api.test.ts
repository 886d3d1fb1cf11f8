import { afterEach, describe, expect, it } from "vitest";
import { ACTION_TEXTS, apiFetch, problemMessages } from "../app/api/client";
import * as dashboardClient from "../app/api/dashboard";
import * as eventsClient from "../app/api/events";
import { registerForEvent } from "../app/api/events";
import * as membersClient from "../app/api/members";
import * as session from "../app/api/session";
import { json, problem, stubApi } from "./fixtures";

function clearCookie() {
  document.cookie = "XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
}

describe("apiFetch", () => {
  afterEach(clearCookie);

  it("echoes the XSRF-TOKEN cookie as X-XSRF-TOKEN on state-changing requests", async () => {
    document.cookie = "XSRF-TOKEN=token%2Fvalue-123; path=/";
    const fetchMock = stubApi({ "/api/x": json({}) });

    await apiFetch("/api/x", { method: "POST", body: "{}" });

    const [url, init] = fetchMock.mock.calls[0];
    const headers = new Headers(init?.headers);
    expect(url).toBe("/api/x");
    expect(headers.get("X-XSRF-TOKEN")).toBe("token/value-123");
    expect(headers.get("Content-Type")).toBe("application/json");
    expect(init?.credentials).toBe("same-origin");
  });

  it("sends no CSRF header on reads", async () => {
    document.cookie = "XSRF-TOKEN=abc; path=/";
    const fetchMock = stubApi({ "/api/x": json({}) });

    await apiFetch("/api/x");

    expect(new Headers(fetchMock.mock.calls[0][1]?.headers).has("X-XSRF-TOKEN")).toBe(false);
  });

  it("asks the gateway for the CSRF cookie before the first post of a visit (a cached page brings none)", async () => {
    const fetchMock = stubApi({
      "/bff/user": () => {
        document.cookie = "XSRF-TOKEN=fresh-token; path=/";
        return json({ authenticated: false });
      },
      "/api/x": json({}),
    });

    await apiFetch("/api/x", { method: "POST", body: "{}" });

    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(["/bff/user", "/api/x"]);
    expect(new Headers(fetchMock.mock.calls[1][1]?.headers).get("X-XSRF-TOKEN")).toBe("fresh-token");
  });

  it("still sends the post when the gateway gave no CSRF cookie (its refusal then says why)", async () => {
    const fetchMock = stubApi({ "/api/x": json({}) });

    await apiFetch("/api/x", { method: "POST", body: "{}" });

    const post = fetchMock.mock.calls.find(([url]) => url === "/api/x");
    expect(new Headers(post?.[1]?.headers).has("X-XSRF-TOKEN")).toBe(false);
  });

  it("registration posts the JSON body with the CSRF header", async () => {
    document.cookie = "XSRF-TOKEN=abc; path=/";
    const fetchMock = stubApi({
      "/api/events/public/events/e1/registrations": json(
        { registrationId: "r1", status: "CONFIRMED", message: "OK" },
        201,
      ),
    });

    const result = await registerForEvent("e1", {
      firstName: "Marie",
      lastName: "Dupont",
      email: "marie@example.org",
      town: "Seynod",
      consent: true,
      honeypot: "",
    });

    expect(result).toEqual({ ok: true, data: { registrationId: "r1", status: "CONFIRMED", message: "OK" } });
    const init = fetchMock.mock.calls[0][1]!;
    expect(init.method).toBe("POST");
    expect(JSON.parse(String(init.body))).toMatchObject({ email: "marie@example.org", honeypot: "", consent: true });
    expect(new Headers(init.headers).get("X-XSRF-TOKEN")).toBe("abc");
  });

  it("turns an error answer into its problem details", async () => {
    stubApi({ "/api/events/public/events/e1/registrations": () => problem(409, { detail: "Déjà inscrit." }) });

    const result = await registerForEvent("e1", {
      firstName: "a",
      lastName: "b",
      email: "c@d.fr",
      town: "e",
      consent: true,
      honeypot: "",
    });

    expect(result).toMatchObject({ ok: false, status: 409, problem: { detail: "Déjà inscrit." } });
  });
});

describe("problemMessages", () => {
  it("maps errors[] to fields, first message per field wins", () => {
    const m = problemMessages({
      status: 400,
      problem: {
        detail: "La demande contient des erreurs.",
        errors: [
          { field: "email", message: "L'adresse e-mail n'est pas valide." },
          { field: "email", message: "second" },
          { field: "town", message: "La commune est obligatoire." },
        ],
      },
    });
    expect(m.fields).toEqual({ email: "L'adresse e-mail n'est pas valide.", town: "La commune est obligatoire." });
    expect(m.general).toBe("Merci de corriger les champs signalés.");
  });

  it("shows the detail when there are no field errors", () => {
    const m = problemMessages({
      status: 409,
      problem: {
        type: "https://coopemploi.com/problems/already-registered",
        detail: "Vous êtes déjà inscrit à cette réunion.",
      },
    });
    expect(m).toEqual({ fields: {}, general: "Vous êtes déjà inscrit à cette réunion." });
  });

  it("has French fallbacks when the answer carries no detail", () => {
    expect(problemMessages({ status: 0 }).general).toMatch(/Impossible de joindre/);
    expect(problemMessages({ status: 429 }).general).toMatch(/Trop de demandes/);
    expect(problemMessages({ status: 404 }).general).toMatch(/n'existe plus/);
    expect(problemMessages({ status: 500 }).general).toMatch(/n'a pas pu être enregistrée/);
  });
});

const api = { ...eventsClient, ...membersClient, ...session };

// Every state-changing call of the intranet and of the signed links: [name, call, method, path].
const MUTATIONS: [string, () => Promise<unknown>, string, string][] = [
  ["cancelByToken", () => api.cancelByToken("T"), "POST", "/api/events/public/registrations/by-token/cancel"],
  [
    "acceptOfferByToken",
    () => api.acceptOfferByToken("T"),
    "POST",
    "/api/events/public/registrations/by-token/accept-offer",
  ],
  [
    "declineOfferByToken",
    () => api.declineOfferByToken("T"),
    "POST",
    "/api/events/public/registrations/by-token/decline-offer",
  ],
  ["registerMe", () => api.registerMe("e1"), "POST", "/api/events/me/registrations"],
  ["cancelMyRegistration", () => api.cancelMyRegistration("r1"), "DELETE", "/api/events/me/registrations/r1"],
  ["attendFair", () => api.attendFair("f1"), "PUT", "/api/events/me/fairs/f1"],
  ["leaveFair", () => api.leaveFair("f1"), "DELETE", "/api/events/me/fairs/f1"],
  ["bookSlot", () => api.bookSlot("s1", "Prix"), "POST", "/api/events/slots/s1/booking"],
  ["cancelMyAppointment", () => api.cancelMyAppointment("a1"), "DELETE", "/api/events/me/appointments/a1"],
  ["renewMyCalendarLink", () => api.renewMyCalendarLink(), "POST", "/api/events/me/calendar-link/renew"],
  [
    "saveAttendance",
    () => api.saveAttendance("w1", [{ registrationId: "r1", attendance: "PRESENT" }]),
    "PUT",
    "/api/events/coach/sessions/w1/attendance",
  ],
  [
    "publishSlot",
    () =>
      api.publishSlot({ startsAt: "a", endsAt: "b", place: { kind: "ONLINE", label: "En ligne", url: "https://x" } }),
    "POST",
    "/api/events/coach/slots",
  ],
  ["deleteSlot", () => api.deleteSlot("s1"), "DELETE", "/api/events/coach/slots/s1"],
  ["saveAppointmentNote", () => api.saveAppointmentNote("a1", "Bien"), "PUT", "/api/events/coach/appointments/a1/note"],
  [
    "registerPerson",
    () => api.registerPerson("e1", { firstName: "a", lastName: "b", email: "c@d.fr", town: "e", consent: true }),
    "POST",
    "/api/events/prescriber/events/e1/registrations",
  ],
  ["createEvents", () => api.createEvents({} as eventsClient.EventRequest), "POST", "/api/events/staff/events"],
  ["updateEvent", () => api.updateEvent("e1", {} as eventsClient.EventRequest), "PUT", "/api/events/staff/events/e1"],
  ["cancelEvent", () => api.cancelEvent("e1", "Intervenant malade"), "POST", "/api/events/staff/events/e1/cancel"],
  ["invitePerson", () => api.invitePerson({} as membersClient.Invitation), "POST", "/api/members/staff/people"],
  ["updatePerson", () => api.updatePerson("p1", { role: "coach" }), "PUT", "/api/members/staff/people/p1"],
  ["deactivatePerson", () => api.deactivatePerson("p1"), "POST", "/api/members/staff/people/p1/deactivate"],
  ["reactivatePerson", () => api.reactivatePerson("p1"), "POST", "/api/members/staff/people/p1/reactivate"],
  [
    "createOrganisation",
    () => api.createOrganisation({ name: "PLIE", kind: "PLIE", town: "Annecy" }),
    "POST",
    "/api/members/staff/organisations",
  ],
  [
    "typeFigures",
    () => dashboardClient.typeFigures("e1", "2026-11", { revenue: 1, expenses: 0, hoursWorked: 1 }),
    "PUT",
    "/api/dashboard/entrepreneurs/e1/typed-figures/2026-11",
  ],
];

describe("every mutation", () => {
  afterEach(clearCookie);

  it.each(MUTATIONS)("%s sends %s %s with the CSRF header", async (_name, call, method, path) => {
    document.cookie = "XSRF-TOKEN=csrf-42; path=/";
    const fetchMock = stubApi({ [path]: () => new Response(null, { status: 204 }) });
    await expect(call()).resolves.toMatchObject({ ok: true });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(path);
    expect(init?.method).toBe(method);
    expect(new Headers(init?.headers).get("X-XSRF-TOKEN")).toBe("csrf-42");
  });

  it("puts ids into paths encoded", async () => {
    document.cookie = "XSRF-TOKEN=csrf-42; path=/";
    const fetchMock = stubApi({});
    await api.cancelMyRegistration("../x");
    expect(fetchMock.mock.calls[0][0]).toBe("/api/events/me/registrations/..%2Fx");
  });

  it("reads an empty 204 answer as a success without data", async () => {
    stubApi({ "/api/events/me/fairs/f1": () => new Response(null, { status: 204 }) });
    expect(await api.attendFair("f1")).toEqual({ ok: true, data: undefined });
  });

  it("sends the token of a signed link in the body, and the booking topic only when given", async () => {
    document.cookie = "XSRF-TOKEN=csrf-42; path=/";
    const fetchMock = stubApi({
      "/api/events/public/registrations/by-token/cancel": json({ status: "CANCELLED", message: "ok" }),
      "/api/events/slots/s1/booking": json({}, 201),
    });
    await api.cancelByToken("tok/1");
    await api.bookSlot("s1");
    expect(JSON.parse(String(fetchMock.mock.calls[0][1]?.body))).toEqual({ token: "tok/1" });
    expect(JSON.parse(String(fetchMock.mock.calls[1][1]?.body))).toEqual({});
  });

  it("asks the token's registration with the token in the query", async () => {
    const fetchMock = stubApi({});
    await api.getRegistrationByToken("a b+c");
    expect(fetchMock.mock.calls[0][0]).toBe("/api/events/public/registrations/by-token?token=a+b%2Bc");
  });
});

describe("currentUser", () => {
  it("asks /bff/user once per document, and again after a failure", async () => {
    let calls = 0;
    stubApi({ "/bff/user": () => (++calls === 1 ? problem(502) : json({ authenticated: false })) });
    expect((await api.currentUser()).ok).toBe(false);
    expect((await api.currentUser()).ok).toBe(true);
    expect((await api.currentUser()).ok).toBe(true);
    expect(calls).toBe(2);
  });
});

describe("problemMessages for intranet actions", () => {
  it("shows the French detail of a 403 or 409", () => {
    expect(problemMessages({ status: 403, problem: { detail: "Réservé à l'équipe." } }, ACTION_TEXTS).general).toBe(
      "Réservé à l'équipe.",
    );
    expect(
      problemMessages(
        { status: 409, problem: { type: "https://coopemploi.com/problems/too-late", detail: "Trop tard." } },
        ACTION_TEXTS,
      ).general,
    ).toBe("Trop tard.");
  });

  it("has French fallbacks for answers without detail", () => {
    expect(problemMessages({ status: 401 }, ACTION_TEXTS).general).toMatch(/session a expiré/);
    expect(problemMessages({ status: 403 }, ACTION_TEXTS).general).toMatch(/ne permet pas/);
    expect(problemMessages({ status: 0 }, ACTION_TEXTS).general).toBe(ACTION_TEXTS.unreachable);
    expect(problemMessages({ status: 500 }, ACTION_TEXTS).general).toBe(ACTION_TEXTS.other);
  });
});
