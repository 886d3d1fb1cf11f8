import { afterEach, describe, expect, it } from "vitest";
import { apiFetch, problemMessages, registerForEvent } from "../app/lib/api";
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

  it("sends no CSRF header when the gateway has not set the cookie yet", async () => {
    const fetchMock = stubApi({ "/api/x": json({}) });

    await apiFetch("/api/x", { method: "POST", body: "{}" });

    expect(new Headers(fetchMock.mock.calls[0][1]?.headers).has("X-XSRF-TOKEN")).toBe(false);
  });

  it("registration posts the JSON body with the CSRF header", async () => {
    document.cookie = "XSRF-TOKEN=abc; path=/";
    const fetchMock = stubApi({
      "/api/events/public/events/e1/registrations": json({ registrationId: "r1", status: "CONFIRMED", message: "OK" }, 201),
    });

    const result = await registerForEvent("e1", {
      firstName: "Marie", lastName: "Dupont", email: "marie@example.org", town: "Seynod", consent: true, honeypot: "",
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
      firstName: "a", lastName: "b", email: "c@d.fr", town: "e", consent: true, honeypot: "",
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
      problem: { type: "https://coopemploi.com/problems/already-registered", detail: "Vous êtes déjà inscrit à cette réunion." },
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
