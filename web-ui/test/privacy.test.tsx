// The privacy notice: the consent texts in force with their version and date, the earlier versions.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import * as privacy from "../app/privacy/privacy";
import { aConsent, consents, problem, stubApi } from "./fixtures";

// staff's text of the page (resources-service's presentation page « confidentialite »)
const PAGE = {
  "/api/resources/public/pages/confidentialite": {
    slug: "confidentialite",
    path: "/confidentialite",
    title: "Politique de confidentialité",
    description: "Les données que nous conservons.",
    html: '<h2>Vos droits</h2><p>Choisissez vos e-mails dans <a href="/intranet/courriels">votre espace</a>.</p>',
    version: 1,
    publishedAt: "2026-12-05T18:00:00Z",
  },
};

import { renderRoute } from "./render";

describe("/confidentialite", () => {
  it("shows each consent text in force with its version and date, and the earlier versions", async () => {
    const older = { ...aConsent("PUBLIC_REGISTRATION", 2), statement: "Un texte plus ancien." };
    stubApi({
      "/bff/user": { authenticated: false },
      "/api/events/public/consents": consents([older]),
      ...PAGE,
      "/api/members/public/retention": {
        visitorRegistrations: 365,
        contactMessages: 180,
        sentMails: 730,
        reminders: 90,
        exportArchives: 7,
      },
    });
    renderRoute("confidentialite", privacy, "/confidentialite");
    expect(await screen.findByRole("heading", { level: 1, name: "Politique de confidentialité" })).toBeTruthy();
    const meeting = screen.getByRole("region", { name: "Inscription à une réunion d'information" });
    expect(within(meeting).getByText(/Version 3, en vigueur depuis le/)).toBeTruthy();
    expect(within(meeting).getByText("lundi 2 novembre 2026").getAttribute("dateTime")).toBe("2026-11-02T09:00:00Z");
    expect(
      within(meeting).getByText("J'accepte que COOP'EMPLOI traite ces informations pour gérer mon inscription."),
    ).toBeTruthy();
    expect(screen.getByRole("region", { name: "Inscription par une structure d'accompagnement" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Versions précédentes" })).toBeTruthy();
    expect(screen.getByText("Un texte plus ancien.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "votre espace" }).getAttribute("href")).toBe("/intranet/courriels");
    // how long each kind is kept, as the cooperative set it
    expect(screen.getByRole("heading", { level: 2, name: "Combien de temps nous les conservons" })).toBeTruthy();
    expect(screen.getByText(/1 an après la réunion/)).toBeTruthy();
    expect(screen.getByText(/6 mois après leur réception/)).toBeTruthy();
    expect(screen.getByText(/2 ans après l'envoi/)).toBeTruthy();
    expect(screen.getByText(/7 jours après sa/)).toBeTruthy();
  });

  it("keeps the rest of the notice when the texts cannot be read", async () => {
    stubApi({ "/bff/user": { authenticated: false }, "/api/events/public/consents": () => problem(503), ...PAGE });
    renderRoute("confidentialite", privacy, "/confidentialite");
    expect(await screen.findByText(/Les textes de consentement sont momentanément indisponibles/)).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Versions précédentes" })).toBeNull();
    expect(screen.getByRole("heading", { level: 2, name: "Vos droits" })).toBeTruthy();
    // nor the periods, when members-service does not answer
    expect(screen.queryByRole("heading", { name: "Combien de temps nous les conservons" })).toBeNull();
  });

  it("keeps the consent texts when staff's text cannot be read", async () => {
    stubApi({ "/bff/user": { authenticated: false }, "/api/events/public/consents": consents() });
    renderRoute("confidentialite", privacy, "/confidentialite");
    expect(await screen.findByText(/Le texte de cette page est momentanément indisponible/)).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Politique de confidentialité" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Inscription à une réunion d'information" })).toBeTruthy();
  });
});
