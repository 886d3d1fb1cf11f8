// Render tests: the real route modules and loaders, in a memory router, against a stubbed API.
import { screen, within } from "@testing-library/react";
import type { MetaDescriptor } from "react-router";
import { describe, expect, it } from "vitest";
import * as agenda from "../app/agenda/agenda";
import * as event from "../app/agenda/event";
import * as home from "../app/home/home";
import * as intranetHome from "../app/intranet/home";
import * as entrepreneurs from "../app/showcase/entrepreneurs";
import * as showcase from "../app/showcase/showcase";
import {
  anEvent,
  aResourceSummary,
  aShowcase,
  consents,
  eventSummary,
  pageOf,
  stubApi,
  stubApiDown,
  summaryOf,
} from "./fixtures";
import { renderIntranet, renderRoute } from "./render";

function jsonLd(tags: MetaDescriptor[]): Record<string, unknown> | undefined {
  const tag = tags.find((t) => "script:ld+json" in t) as { "script:ld+json": Record<string, unknown> } | undefined;
  return tag?.["script:ld+json"];
}

const USER_ANONYMOUS = { authenticated: false };
const USER_MARIE = {
  authenticated: true,
  subject: "s-1",
  name: "Marie Dupont",
  email: "marie@example.org",
  roles: ["entrepreneur", "coach"],
  antennas: ["seynod"],
};

describe("layout", () => {
  it("offers a skip link and, once hydrated, the login link to anonymous visitors", async () => {
    stubApi({ "/bff/user": USER_ANONYMOUS });
    renderRoute("cooperative", { default: () => <h1>x</h1> }, "/cooperative");
    expect(screen.getByRole("link", { name: "Aller au contenu principal" }).getAttribute("href")).toBe("#contenu");
    const login = await screen.findByRole("link", { name: "Se connecter" });
    expect(login.getAttribute("href")).toBe("/oauth2/authorization/keycloak");
    expect(screen.getByRole("navigation", { name: "Navigation principale" })).toBeTruthy();
  });

  it("shows the user's name when logged in", async () => {
    stubApi({ "/bff/user": USER_MARIE });
    renderRoute("cooperative", { default: () => <h1>x</h1> }, "/cooperative");
    const link = await screen.findByRole("link", { name: /Marie Dupont/ });
    expect(link.getAttribute("href")).toBe("/intranet");
  });

  it("falls back to the login link when the session endpoint fails", async () => {
    stubApiDown();
    renderRoute("cooperative", { default: () => <h1>x</h1> }, "/cooperative");
    expect(await screen.findByRole("link", { name: "Se connecter" })).toBeTruthy();
  });
});

describe("home", () => {
  it("shows the next information meetings and a few entrepreneurs", async () => {
    stubApi({
      "/bff/user": USER_ANONYMOUS,
      "/api/events/public/events": pageOf([eventSummary(anEvent())]),
      "/api/members/public/showcases": pageOf([summaryOf(aShowcase())]),
    });
    renderRoute("", home, "/");
    expect(await screen.findByRole("heading", { level: 1, name: /Entreprendre pour soi/ })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Réunion d'information collective" }).getAttribute("href")).toBe(
      "/agenda/0d6c1a52-3f0b-4d7e-9a51-1b2c3d4e5f60",
    );
    expect(screen.getByText("mardi 12 janvier 2027, de 9 h 30 à 12 h")).toBeTruthy(); // matcher folds no-break spaces
    expect(screen.getByRole("link", { name: "L'Atelier du Bois Flotté" })).toBeTruthy();
    // the call to action leads to the next meeting open for registration
    expect(screen.getByRole("link", { name: "S'inscrire à une réunion d'information" }).getAttribute("href")).toBe(
      "/agenda/0d6c1a52-3f0b-4d7e-9a51-1b2c3d4e5f60",
    );
    for (const topic of [
      "Quel cadre juridique ?",
      "Quelles activités ?",
      "Quel parcours ?",
      "Quel accompagnement, par qui ?",
    ]) {
      expect(screen.getByRole("heading", { name: topic })).toBeTruthy();
    }
  });

  it("keeps the page and says so in French when the APIs are down", async () => {
    stubApiDown();
    renderRoute("", home, "/");
    expect(await screen.findByText(/ne peuvent pas être affichées pour le moment/)).toBeTruthy();
    expect(screen.getByText(/momentanément indisponible/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "S'inscrire à une réunion d'information" }).getAttribute("href")).toBe(
      "/agenda?kind=INFO_MEETING",
    );
  });
});

describe("agenda", () => {
  it("groups events by month in French, in Paris time", async () => {
    stubApi({
      "/bff/user": USER_ANONYMOUS,
      "/api/members/public/antennas": [
        { code: "seynod", name: "Seynod", street: "", postalCode: "74600", town: "Seynod" },
      ],
      "/api/events/public/events": pageOf([
        eventSummary(anEvent({ id: "a" })),
        // 23:30 UTC on 31 January is already 1 February in Paris
        eventSummary(
          anEvent({
            id: "b",
            kind: "FAIR",
            kindLabel: "Salon",
            title: "Salon des métiers d'art",
            startsAt: "2027-01-31T23:30:00Z",
            endsAt: "2027-02-02T18:00:00+01:00",
          }),
        ),
      ]),
    });
    renderRoute("agenda", agenda, "/agenda?antenna=seynod");
    const january = await screen.findByRole("region", { name: "Janvier 2027" });
    expect(within(january).getByText("Réunion d'information collective", { selector: "a" })).toBeTruthy();
    const february = screen.getByRole("region", { name: "Février 2027" });
    expect(within(february).getByText("du lundi 1er février 2027 au mardi 2 février 2027")).toBeTruthy();
    expect((screen.getByLabelText("Lieu") as HTMLSelectElement).value).toBe("seynod");
    expect(screen.getByRole("option", { name: "Réunion d'information collective" })).toBeTruthy();
    // the kinds as events-service labels them (its enum's label()), not a copy of the UI's own
    expect(screen.getByRole("option", { name: "Atelier collectif" })).toBeTruthy();
    expect(screen.getByRole("option", { name: "Salon ou foire" })).toBeTruthy();
    expect(screen.queryByRole("option", { name: "Entretien individuel" })).toBeNull();
  });

  it("offers to subscribe to the whole agenda, with a webcal link and the address to copy", async () => {
    stubApi({
      "/bff/user": USER_ANONYMOUS,
      "/api/events/public/events": pageOf([]),
      "/api/members/public/antennas": [],
    });
    renderRoute("agenda", agenda, "/agenda");
    const section = await screen.findByRole("region", { name: "Suivre l'agenda dans votre application d'agenda" });
    expect(within(section).getByRole("link", { name: "S'abonner à l'agenda" }).getAttribute("href")).toBe(
      "/agenda.ics",
    );
    expect(
      within(section)
        .getByRole("link", { name: /l'ouvrir directement/ })
        .getAttribute("href"),
    ).toBe("webcal://localhost:8080/agenda.ics");
    expect(within(section).getByText("http://localhost:8080/agenda.ics")).toBeTruthy();
  });

  it("marks a cancelled event of the list as « Annulé »", async () => {
    stubApi({
      "/bff/user": USER_ANONYMOUS,
      "/api/members/public/antennas": [],
      "/api/events/public/events": pageOf([eventSummary(anEvent({ status: "CANCELLED" }))]),
    });
    renderRoute("agenda", agenda, "/agenda");
    expect(await screen.findByText("Annulé")).toBeTruthy();
    expect(screen.queryByText("4 places restantes")).toBeNull();
  });

  it("says the agenda is unavailable when the API is down", async () => {
    stubApiDown();
    renderRoute("agenda", agenda, "/agenda");
    expect(await screen.findByText(/L'agenda est momentanément indisponible/)).toBeTruthy();
  });
});

describe("entrepreneurs", () => {
  it("filters by sector with plain links", async () => {
    stubApi({ "/bff/user": USER_ANONYMOUS, "/api/members/public/showcases": pageOf([summaryOf(aShowcase())], 30) });
    renderRoute("entrepreneurs", entrepreneurs, "/entrepreneurs?secteur=FURNITURE");
    const filters = await screen.findByRole("navigation", { name: "Filtrer par secteur d'activité" });
    expect(within(filters).getByRole("link", { name: "Artisanat d'art" }).getAttribute("href")).toBe(
      "/entrepreneurs?secteur=CRAFTS",
    );
    expect(within(filters).getByRole("link", { name: "Mobilier" }).getAttribute("aria-current")).toBe("page");
    expect(screen.getByRole("heading", { level: 2, name: "Mobilier" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Page suivante →" }).getAttribute("href")).toBe(
      "/entrepreneurs?secteur=FURNITURE&page=1",
    );
  });
});

describe("showcase", () => {
  it("shows its pages as links, the website with rel=noopener, and the contact", async () => {
    stubApi({ "/bff/user": USER_ANONYMOUS, "/api/members/public/showcases/atelier-bois-flotte": aShowcase() });
    renderRoute("entrepreneurs/:slug/:page?", showcase, "/entrepreneurs/atelier-bois-flotte/realisations");
    expect(await screen.findByRole("heading", { level: 1, name: "L'Atelier du Bois Flotté" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Réalisations" })).toBeTruthy();
    const tabs = screen.getByRole("navigation", { name: "Pages de L'Atelier du Bois Flotté" });
    expect(within(tabs).getByRole("link", { name: "Présentation" }).getAttribute("href")).toBe(
      "/entrepreneurs/atelier-bois-flotte",
    );
    expect(within(tabs).getByRole("link", { name: "Réalisations" }).getAttribute("aria-current")).toBe("page");
    const site = screen.getByRole("link", { name: /Site de L'Atelier du Bois Flotté/ });
    expect(site.getAttribute("href")).toBe("https://bois-flotte.example/");
    expect(site.getAttribute("rel")).toBe("noopener");
    expect(screen.getByRole("link", { name: "julien@bois-flotte.example" }).getAttribute("href")).toBe(
      "mailto:julien@bois-flotte.example",
    );
  });

  it("never renders a non-http website link", async () => {
    stubApi({
      "/bff/user": USER_ANONYMOUS,
      "/api/members/public/showcases/x": aShowcase({ slug: "x", website: "javascript:alert(1)" }),
    });
    renderRoute("entrepreneurs/:slug/:page?", showcase, "/entrepreneurs/x");
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByRole("link", { name: /Site de/ })).toBeNull();
  });
});

describe("event", () => {
  it("offers the registration form for an open information meeting", async () => {
    stubApi({
      "/bff/user": USER_ANONYMOUS,
      "/api/events/public/events/e1": anEvent({ id: "e1" }),
      "/api/events/public/consents": consents(),
    });
    renderRoute("agenda/:id", event, "/agenda/e1");
    expect(await screen.findByRole("heading", { level: 1, name: "Réunion d'information collective" })).toBeTruthy();
    expect(screen.getByText("4 places restantes")).toBeTruthy();
    expect(screen.getByText("Second paragraphe.")).toBeTruthy();
    expect(screen.getByRole("form", { name: "S'inscrire à cette réunion" })).toBeTruthy();
    // the consent text in force, from events-service
    expect(
      screen.getByLabelText("J'accepte que COOP'EMPLOI traite ces informations pour gérer mon inscription."),
    ).toBeTruthy();
  });

  it("lists the public resources of the centre a workshop uses, leading to their public pages", async () => {
    stubApi({
      "/bff/user": USER_ANONYMOUS,
      "/api/events/public/events/w9": anEvent({
        id: "w9",
        kind: "WORKSHOP",
        title: "Fixer ses prix",
        resources: ["fixer-ses-prix", "kit-interne"],
      }),
      "/api/resources/public/events/w9/resources": [
        aResourceSummary({ id: "r1", slug: "fixer-ses-prix", title: "Module : fixer ses prix", audience: "PUBLIC" }),
      ],
    });
    renderRoute("agenda/:id", event, "/agenda/w9");
    const section = await screen.findByRole("region", { name: "Les ressources de l'atelier" });
    expect(within(section).getByRole("link", { name: "Module : fixer ses prix" }).getAttribute("href")).toBe(
      "/ressources/fixer-ses-prix",
    );
    expect(within(section).getAllByRole("listitem")).toHaveLength(1);
  });

  it("has no form for a fair", async () => {
    stubApi({
      "/bff/user": USER_ANONYMOUS,
      "/api/events/public/events/f1": anEvent({ id: "f1", kind: "FAIR", title: "Salon" }),
    });
    renderRoute("agenda/:id", event, "/agenda/f1");
    await screen.findByRole("heading", { level: 1, name: "Salon" });
    expect(screen.queryByRole("form")).toBeNull();
  });

  it("links to the event's calendar file", async () => {
    stubApi({
      "/bff/user": USER_ANONYMOUS,
      "/api/events/public/events/e1": anEvent({ id: "e1", calendarUrl: "/api/events/public/events/e1/calendar.ics" }),
    });
    renderRoute("agenda/:id", event, "/agenda/e1");
    const link = await screen.findByRole("link", { name: "Ajouter à mon agenda" });
    expect(link.getAttribute("href")).toBe("/api/events/public/events/e1/calendar.ics");
  });

  it("never links a calendar URL that is not http(s) or a path of the site", async () => {
    stubApi({
      "/bff/user": USER_ANONYMOUS,
      "/api/events/public/events/e1": anEvent({ id: "e1", calendarUrl: "javascript:alert(1)" }),
    });
    renderRoute("agenda/:id", event, "/agenda/e1");
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByRole("link", { name: "Ajouter à mon agenda" })).toBeNull();
  });

  it("lists the exhibitors of a fair with links to their showcases", async () => {
    stubApi({
      "/bff/user": USER_ANONYMOUS,
      "/api/events/public/events/f1": anEvent({
        id: "f1",
        kind: "FAIR",
        title: "Salon des métiers d'art",
        exhibitors: [
          { slug: "atelier-bois-flotte", displayName: "Julien Morel", businessName: "L'Atelier du Bois Flotté" },
        ],
      }),
    });
    renderRoute("agenda/:id", event, "/agenda/f1");
    const section = await screen.findByRole("region", { name: "Les entrepreneurs qui exposent" });
    expect(within(section).getByRole("link", { name: "L'Atelier du Bois Flotté" }).getAttribute("href")).toBe(
      "/entrepreneurs/atelier-bois-flotte",
    );
    expect(within(section).getByText(/Julien Morel/)).toBeTruthy();
  });

  it("shows a cancelled event as « Annulé », without the form nor the calendar link", async () => {
    stubApi({
      "/bff/user": USER_ANONYMOUS,
      "/api/events/public/events/e1": anEvent({
        id: "e1",
        status: "CANCELLED",
        calendarUrl: "/api/events/public/events/e1/calendar.ics",
      }),
    });
    renderRoute("agenda/:id", event, "/agenda/e1");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Réunion d'information collective Annulé" }),
    ).toBeTruthy();
    expect(screen.getByText(/Cet événement est annulé/)).toBeTruthy();
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.queryByRole("link", { name: "Ajouter à mon agenda" })).toBeNull();
    expect(screen.queryByText("4 places restantes")).toBeNull();
    const ld = jsonLd(event.meta({ loaderData: { event: anEvent({ status: "CANCELLED" }) }, matches: [] } as never));
    expect(ld?.eventStatus).toBe("https://schema.org/EventCancelled");
  });

  it("describes the event in schema.org JSON-LD", () => {
    const e = anEvent();
    const tags = event.meta({
      loaderData: { event: e },
      matches: [{ id: "root", loaderData: { publicUrl: "https://coopemploi.com" } }],
    } as never);
    const ld = jsonLd(tags);
    expect(ld).toMatchObject({
      "@type": "Event",
      startDate: "2027-01-12T09:30:00+01:00",
      location: { "@type": "Place", name: "COOP'EMPLOI Seynod", address: { postalCode: "74600" } },
    });
  });
});

describe("intranet home", () => {
  it("greets the user with French role names; the header's session menu has the logout form with the CSRF token", async () => {
    document.cookie = "XSRF-TOKEN=csrf-1; path=/";
    stubApi({
      "/bff/user": USER_MARIE,
      "/api/members/public/antennas": [
        { code: "seynod", name: "Seynod", street: "", postalCode: "74600", town: "Seynod" },
      ],
    });
    renderIntranet("", intranetHome, "/intranet");
    expect(await screen.findByRole("heading", { level: 1, name: "Bonjour Marie Dupont" })).toBeTruthy();
    expect(screen.getAllByText("Entrepreneur, Accompagnateur")).toHaveLength(2); // the page and the header
    expect(await screen.findByText("Seynod")).toBeTruthy();
    const session = screen.getByRole("group", { name: "Ma session" });
    expect(
      within(session)
        .getByRole("link", { name: /Marie Dupont/ })
        .getAttribute("href"),
    ).toBe("/intranet");
    const form = within(session).getByRole("button", { name: "Se déconnecter" }).closest("form")!;
    expect(form.getAttribute("method")).toBe("post");
    expect(form.getAttribute("action")).toBe("/logout");
    expect((form.elements.namedItem("_csrf") as HTMLInputElement).value).toBe("csrf-1");
    // one logout button only (the header's)
    expect(screen.getAllByRole("button", { name: "Se déconnecter" })).toHaveLength(1);
  });

  it("offers the login button to anonymous visitors", async () => {
    stubApi({ "/bff/user": USER_ANONYMOUS });
    renderIntranet("", intranetHome, "/intranet");
    expect(await screen.findByRole("heading", { level: 1, name: "Espace membres" })).toBeTruthy();
    expect((await screen.findAllByRole("link", { name: "Se connecter" })).length).toBe(2);
  });
});
