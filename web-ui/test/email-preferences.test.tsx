// The e-mail preferences: the public page of the e-mails' footer link and the same choice in the intranet.
import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import * as publicPage from "../app/preferences/email-preferences";
import * as intranetPage from "../app/preferences/my-email-preferences";
import { callsTo, json, problem, setCsrfCookie, stubApi, userWith } from "./fixtures";
import { click, renderIntranet, renderRoute } from "./render";

const BY_TOKEN = "/api/notifications/public/email-preferences";
const MINE = "/api/notifications/me/email-preferences";

const preferences = (received: string[], address = "m•••@example.org") => ({
  address,
  topics: [
    {
      topic: "REMINDERS",
      label: "Rappels",
      description: "La veille d'une réunion.",
      received: received.includes("REMINDERS"),
    },
    {
      topic: "NEXT_SESSIONS",
      label: "Prochaines sessions proposées",
      description: "Quand vous avez manqué un atelier.",
      received: received.includes("NEXT_SESSIONS"),
    },
    {
      topic: "QUESTIONS",
      label: "Questions-réponses",
      description: "Les nouvelles réponses.",
      received: received.includes("QUESTIONS"),
    },
  ],
  essential: "Les confirmations et annulations vous sont toujours envoyées.",
});

const box = (name: string) => screen.getByRole("checkbox", { name }) as HTMLInputElement;

describe("/preferences-courriels", () => {
  it("shows what the address receives and saves the new choice with the token and the CSRF header", async () => {
    setCsrfCookie("c-7");
    const fetchMock = stubApi({
      "/bff/user": { authenticated: false },
      [BY_TOKEN]: (_url: URL, init?: RequestInit) =>
        init?.method === "PUT" ? json(preferences(["REMINDERS"])) : json(preferences(["REMINDERS", "QUESTIONS"])),
    });
    renderRoute("preferences-courriels", publicPage, "/preferences-courriels?jeton=tok-1");

    expect(await screen.findByRole("heading", { level: 1, name: "Mes préférences d'e-mails" })).toBeTruthy();
    expect(screen.getByText("m•••@example.org")).toBeTruthy();
    expect(callsTo(fetchMock, "GET", BY_TOKEN)[0].url.searchParams.get("token")).toBe("tok-1");
    expect(box("Rappels").checked).toBe(true);
    expect(box("Prochaines sessions proposées").checked).toBe(false);
    expect(box("Questions-réponses").checked).toBe(true);
    expect(screen.getByText("Les confirmations et annulations vous sont toujours envoyées.")).toBeTruthy();

    fireEvent.click(box("Questions-réponses"));
    await click("Enregistrer mes choix");
    expect((await screen.findByRole("status")).textContent).toBe("Vos choix sont enregistrés.");
    const [put] = callsTo(fetchMock, "PUT", BY_TOKEN);
    expect(put.url.searchParams.get("token")).toBe("tok-1");
    expect(put.body).toEqual({ received: ["REMINDERS"] });
    expect(put.headers.get("X-XSRF-TOKEN")).toBe("c-7");
    expect(box("Questions-réponses").checked).toBe(false);
  });

  it("stops every non-essential e-mail in one click", async () => {
    const fetchMock = stubApi({
      "/bff/user": { authenticated: false },
      [BY_TOKEN]: (_url: URL, init?: RequestInit) =>
        init?.method === "PUT" ? json(preferences([])) : json(preferences(["REMINDERS", "NEXT_SESSIONS"])),
    });
    renderRoute("preferences-courriels", publicPage, "/preferences-courriels?jeton=tok-2");
    await click("Ne plus rien recevoir de facultatif");
    expect((await screen.findByRole("status")).textContent).toBe(
      "Vos choix sont enregistrés : vous ne recevrez plus que les e-mails indispensables.",
    );
    expect(callsTo(fetchMock, "PUT", BY_TOKEN)[0].body).toEqual({ received: [] });
    expect(box("Rappels").checked).toBe(false);
  });

  it("says in French that a forged or expired link is not valid, and offers the intranet", async () => {
    stubApi({
      "/bff/user": { authenticated: false },
      [BY_TOKEN]: () =>
        problem(404, {
          type: "https://coopemploi.com/problems/invalid-link",
          detail: "Ce lien n'est pas valide ou a expiré.",
        }),
    });
    renderRoute("preferences-courriels", publicPage, "/preferences-courriels?jeton=forged");
    expect(await screen.findByText("Ce lien n'est pas valide ou a expiré.")).toBeTruthy();
    expect(screen.queryAllByRole("checkbox")).toEqual([]);
    expect(screen.getByRole("link", { name: "Choisissez vos e-mails dans votre espace" }).getAttribute("href")).toBe(
      "/intranet/courriels",
    );
  });

  it("shows the French detail of a refused choice", async () => {
    stubApi({
      "/bff/user": { authenticated: false },
      [BY_TOKEN]: (_url: URL, init?: RequestInit) =>
        init?.method === "PUT"
          ? problem(404, { detail: "Ce lien n'est pas valide ou a expiré." })
          : json(preferences(["REMINDERS"])),
    });
    renderRoute("preferences-courriels", publicPage, "/preferences-courriels?jeton=tok-3");
    await click("Enregistrer mes choix");
    expect(within(await screen.findByRole("alert")).getByText("Ce lien n'est pas valide ou a expiré.")).toBeTruthy();
  });
});

describe("/intranet/courriels", () => {
  it("chooses the e-mails of the account's address", async () => {
    setCsrfCookie("c-8");
    const fetchMock = stubApi({
      "/bff/user": userWith("entrepreneur"),
      [MINE]: (_url: URL, init?: RequestInit) =>
        init?.method === "PUT"
          ? json(preferences(["REMINDERS", "NEXT_SESSIONS", "QUESTIONS"], "someone@example.org"))
          : json(preferences(["REMINDERS"], "someone@example.org")),
    });
    renderIntranet("courriels", intranetPage, "/intranet/courriels");
    expect(await screen.findByRole("heading", { level: 1, name: "Mes e-mails" })).toBeTruthy();
    expect(screen.getByText("someone@example.org")).toBeTruthy();
    fireEvent.click(box("Prochaines sessions proposées"));
    fireEvent.click(box("Questions-réponses"));
    await click("Enregistrer mes choix");
    expect((await screen.findByRole("status")).textContent).toBe("Vos choix sont enregistrés.");
    const [put] = callsTo(fetchMock, "PUT", MINE);
    expect(put.body).toEqual({ received: ["REMINDERS", "NEXT_SESSIONS", "QUESTIONS"] });
    expect(put.headers.get("X-XSRF-TOKEN")).toBe("c-8");
  });
});
