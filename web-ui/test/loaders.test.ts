// @vitest-environment node
// Loaders run on the server: they call API_BASE_URL and must survive any API failure.
import { describe, expect, it, vi } from "vitest";
import { loader as agendaLoader } from "../app/agenda/agenda";
import { loader as eventLoader } from "../app/agenda/event";
import { loader as homeLoader } from "../app/home/home";
import { loader as cancelLoader } from "../app/registration/cancel";
import { loader as offerLoader } from "../app/registration/offer";
import { loader as entrepreneursLoader } from "../app/showcase/entrepreneurs";
import { loader as showcaseLoader } from "../app/showcase/showcase";
import { loader as robotsLoader } from "../app/site/robots";
import { loader as sitemapLoader } from "../app/site/sitemap";
import {
  anEvent,
  aResourceSummary,
  aShowcase,
  aSummary,
  callsTo,
  directoryFilters,
  eventSummary,
  pageOf,
  problem,
  stubApi,
  stubApiDown,
  summaryOf,
} from "./fixtures";

// Loaders only read what they need; the rest of React Router's arguments is irrelevant here.
const args = (url: string, params: Record<string, string> = {}) =>
  ({ request: new Request(`http://ui.test${url}`), params, context: {} }) as never;

/** What a loader threw with `data(…, { status })`. */
async function thrownStatus(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
  } catch (e) {
    return (e as { init?: { status?: number } }).init?.status;
  }
  throw new Error("the loader did not throw");
}

describe("server loaders", () => {
  it("call the gateway at API_BASE_URL", async () => {
    vi.stubEnv("API_BASE_URL", "http://gateway.test:8080");
    const fetchMock = stubApi({});
    await homeLoader();
    const urls = fetchMock.mock.calls.map(([u]) => String(u));
    expect(urls).toContain("http://gateway.test:8080/api/events/public/events?kind=INFO_MEETING&size=3");
    expect(urls).toContain("http://gateway.test:8080/api/members/public/showcases?size=4");
  });

  it("default to the local gateway", async () => {
    vi.stubEnv("API_BASE_URL", undefined as unknown as string);
    const fetchMock = stubApi({});
    await homeLoader();
    expect(String(fetchMock.mock.calls[0][0])).toMatch(/^http:\/\/localhost:8080\/api\//);
  });

  it("home: an unreachable API leaves the lists empty-handed, not the page", async () => {
    stubApiDown();
    await expect(homeLoader()).resolves.toEqual({ meetings: null, showcases: null });
  });

  it("home: an API error answer is treated the same way", async () => {
    stubApi({ "/api/events/public/events": () => problem(500), "/api/members/public/showcases": pageOf([]) });
    await expect(homeLoader()).resolves.toEqual({ meetings: null, showcases: [] });
  });

  it("agenda: passes valid filters to the API and drops invalid ones", async () => {
    const fetchMock = stubApi({
      "/api/events/public/events": pageOf([eventSummary(anEvent())]),
      "/api/members/public/antennas": [],
    });
    const data = await agendaLoader(args("/agenda?kind=FAIR&antenna=cluses&month=2027-03&page=2"));
    expect(String(fetchMock.mock.calls[0][0])).toContain(
      "/api/events/public/events?kind=FAIR&antenna=cluses&month=2027-03&page=2&size=20",
    );
    expect(data.filters).toEqual({ kind: "FAIR", antenna: "cluses", month: "2027-03" });

    await agendaLoader(args("/agenda?kind=NOPE&antenna=../x&month=2027-13&page=-1"));
    expect(String(fetchMock.mock.calls[2][0])).toMatch(/\/api\/events\/public\/events\?page=0&size=20$/);
  });

  it("agenda: an unreachable API yields no events but the page data", async () => {
    stubApiDown();
    const data = await agendaLoader(args("/agenda"));
    expect(data.events).toBeNull();
    expect(data.antennas).toEqual([]);
    expect(data.months).toHaveLength(12);
  });

  it("entrepreneurs: the secteur query becomes the API's sector filter", async () => {
    const fetchMock = stubApi({ "/api/members/public/showcases": pageOf([summaryOf(aShowcase())]) });
    const data = await entrepreneursLoader(args("/entrepreneurs?secteur=CRAFTS"));
    expect(callsTo(fetchMock, "GET", "/api/members/public/showcases")[0].url.search).toBe(
      "?sector=CRAFTS&page=0&size=24",
    );
    expect(data.sector).toBe("CRAFTS");
    expect((await entrepreneursLoader(args("/entrepreneurs?secteur=<script>"))).sector).toBe("");
  });

  it("entrepreneurs: an antenna and a town the filters offer become the API's filters, others are dropped", async () => {
    const fetchMock = stubApi({
      "/api/members/public/showcases/filters": directoryFilters(),
      "/api/members/public/showcases": pageOf([summaryOf(aShowcase())]),
    });
    const data = await entrepreneursLoader(args("/entrepreneurs?secteur=FURNITURE&antenne=seynod&ville=Annecy"));
    expect(callsTo(fetchMock, "GET", "/api/members/public/showcases")[0].url.search).toBe(
      "?sector=FURNITURE&antenna=seynod&town=Annecy&page=0&size=24",
    );
    expect(data).toMatchObject({ sector: "FURNITURE", antenna: "seynod", town: "Annecy" });
    const unknown = await entrepreneursLoader(args("/entrepreneurs?antenne=lyon&ville=%3Cscript%3E"));
    expect(unknown).toMatchObject({ antenna: "", town: "" });
    expect(callsTo(fetchMock, "GET", "/api/members/public/showcases")[1].url.search).toBe("?page=0&size=24");
  });

  it("entrepreneurs: an unreachable API yields the friendly state", async () => {
    stubApiDown();
    expect((await entrepreneursLoader(args("/entrepreneurs"))).result).toBeNull();
  });

  it("showcase: an unknown slug is a real 404", async () => {
    stubApi({ "/api/members/public/showcases/inconnu": () => problem(404, { detail: "Vitrine introuvable." }) });
    expect(await thrownStatus(showcaseLoader(args("/entrepreneurs/inconnu", { slug: "inconnu" })))).toBe(404);
  });

  it("showcase: an unknown sub-page is a 404 too", async () => {
    stubApi({ "/api/members/public/showcases/atelier-bois-flotte": aShowcase() });
    const p = showcaseLoader(
      args("/entrepreneurs/atelier-bois-flotte/nope", { slug: "atelier-bois-flotte", page: "nope" }),
    );
    expect(await thrownStatus(p)).toBe(404);
  });

  it("showcase: a renamed showcase's old address moves permanently to the new one, page kept", async () => {
    stubApi({ "/api/members/public/showcases/bois-flotte": aShowcase() });
    const p = showcaseLoader(
      args("/entrepreneurs/bois-flotte/realisations", { slug: "bois-flotte", page: "realisations" }),
    );
    const thrown = await p.then(
      () => null,
      (e: unknown) => e as Response,
    );
    expect(thrown?.status).toBe(301);
    expect(thrown?.headers.get("Location")).toBe("/entrepreneurs/atelier-bois-flotte/realisations");
  });

  it("showcase: picks the first page, or the one asked for", async () => {
    stubApi({ "/api/members/public/showcases/atelier-bois-flotte": aShowcase() });
    const first = await showcaseLoader(args("/entrepreneurs/atelier-bois-flotte", { slug: "atelier-bois-flotte" }));
    expect(first.current.slug).toBe("presentation");
    const second = await showcaseLoader(
      args("/entrepreneurs/atelier-bois-flotte/realisations", { slug: "atelier-bois-flotte", page: "realisations" }),
    );
    expect(second.current.title).toBe("Réalisations");
  });

  it("showcase and event: an unreachable API is a 503 with the friendly page", async () => {
    stubApiDown();
    expect(await thrownStatus(showcaseLoader(args("/entrepreneurs/x", { slug: "x" })))).toBe(503);
    expect(await thrownStatus(eventLoader(args("/agenda/x", { id: "x" })))).toBe(503);
  });

  it("event: an id the API cannot read (400) is a 404, not a 503: only a real outage says the site is down", async () => {
    stubApi({ "/api/events/public/events/pas-un-id": () => problem(400, { detail: "Identifiant invalide." }) });
    expect(await thrownStatus(eventLoader(args("/agenda/pas-un-id", { id: "pas-un-id" })))).toBe(404);
  });

  it("event: an API that fails (5xx) is a 503", async () => {
    stubApi({ "/api/events/public/events/e1": () => problem(500) });
    expect(await thrownStatus(eventLoader(args("/agenda/e1", { id: "e1" })))).toBe(503);
  });

  it("event: an unknown id is a real 404", async () => {
    stubApi({});
    expect(await thrownStatus(eventLoader(args("/agenda/nope", { id: "nope" })))).toBe(404);
  });

  it("event: path segments are encoded before they reach the API", async () => {
    const fetchMock = stubApi({});
    await thrownStatus(eventLoader(args("/agenda/x", { id: "../members/x" })));
    expect(String(fetchMock.mock.calls[0][0])).toContain("/api/events/public/events/..%2Fmembers%2Fx");
  });
});

describe("signed-link pages", () => {
  // loaders answer data(…, { status }): the page renders with that HTTP status
  const statusOf = (r: unknown) => (r as { init?: { status?: number } | null }).init?.status ?? 200;
  const dataOf = (r: unknown) => (r as { data: { registration: unknown; failure: string | null } }).data;

  it("load the registration of the token on the server", async () => {
    vi.stubEnv("API_BASE_URL", "http://gateway.test:8080");
    const fetchMock = stubApi({
      "/api/events/public/registrations/by-token": {
        registrationId: "r1",
        status: "CONFIRMED",
        position: null,
        offerExpiresAt: null,
        firstName: "Camille",
        event: aSummary(),
      },
    });
    const r = await cancelLoader(args("/inscriptions/annuler?jeton=abc%2B1"));
    expect(statusOf(r)).toBe(200);
    expect(dataOf(r).failure).toBeNull();
    expect(String(fetchMock.mock.calls[0][0])).toBe(
      "http://gateway.test:8080/api/events/public/registrations/by-token?token=abc%2B1",
    );
  });

  it("are a real 404 for a missing or unknown token", async () => {
    const fetchMock = stubApi({
      "/api/events/public/registrations/by-token": () => problem(404, { detail: "Lien invalide." }),
    });
    const missing = await offerLoader(args("/inscriptions/place"));
    expect(statusOf(missing)).toBe(404);
    expect(fetchMock).not.toHaveBeenCalled();
    const unknown = await offerLoader(args("/inscriptions/place?jeton=x"));
    expect(statusOf(unknown)).toBe(404);
    expect(dataOf(unknown)).toMatchObject({ registration: null, failure: "invalid", detail: "Lien invalide." });
  });

  it("are a 503 when the events service cannot be reached", async () => {
    stubApiDown();
    const r = await cancelLoader(args("/inscriptions/annuler?jeton=x"));
    expect(statusOf(r)).toBe(503);
    expect(dataOf(r).failure).toBe("unavailable");
  });
});

describe("resource routes", () => {
  it("sitemap lists public pages, every page of every showcase with its lastmod, events and resources", async () => {
    vi.stubEnv("PUBLIC_URL", "https://coopemploi.com/");
    const fetchMock = stubApi({
      "/api/members/public/showcases/sitemap": [
        { slug: "atelier-bois-flotte", pages: ["presentation", "realisations"], updatedAt: "2026-11-02T09:00:00Z" },
        { slug: "bijoux-lea", pages: ["accueil"], updatedAt: "2026-10-15T14:30:00Z" },
      ],
      "/api/events/public/events": pageOf([eventSummary(anEvent({ id: "e-1" }))]),
      "/api/resources/public/resources": pageOf([aResourceSummary({ slug: "statut", audience: "PUBLIC" })]),
    });
    const res = sitemapLoader();
    const xml = await (await res).text();
    expect((await res).headers.get("Content-Type")).toContain("application/xml");
    for (const loc of [
      "/",
      "/cooperative",
      "/entrepreneurs",
      "/agenda",
      "/contact",
      "/confidentialite",
      "/agenda/e-1",
      "/ressources",
      "/ressources/statut",
    ]) {
      expect(xml).toContain(`<loc>https://coopemploi.com${loc}</loc>`);
    }
    // the first page at the showcase's own address, the others under it, each dated by the showcase's last change
    expect(xml).toContain(
      "<url><loc>https://coopemploi.com/entrepreneurs/atelier-bois-flotte</loc><lastmod>2026-11-02T09:00:00Z</lastmod></url>",
    );
    expect(xml).toContain(
      "<url><loc>https://coopemploi.com/entrepreneurs/atelier-bois-flotte/realisations</loc><lastmod>2026-11-02T09:00:00Z</lastmod></url>",
    );
    expect(xml).toContain(
      "<url><loc>https://coopemploi.com/entrepreneurs/bijoux-lea</loc><lastmod>2026-10-15T14:30:00Z</lastmod></url>",
    );
    expect(xml).not.toContain("/entrepreneurs/atelier-bois-flotte/presentation");
    expect(xml).not.toContain("/entrepreneurs/bijoux-lea/accueil");
    // a page without a known date has no lastmod rather than a made-up one
    expect(xml).toContain("<url><loc>https://coopemploi.com/cooperative</loc></url>");
    expect(callsTo(fetchMock, "GET", "/api/resources/public/resources")[0].url.searchParams.get("audience")).toBe(
      "PUBLIC",
    );
  });

  it("sitemap follows the pages of a long list", async () => {
    const fetchMock = stubApi({
      "/api/members/public/showcases/sitemap": [],
      "/api/events/public/events?page=0&size=100": pageOf([eventSummary(anEvent({ id: "a" }))], 2),
      "/api/events/public/events?page=1&size=100": pageOf([eventSummary(anEvent({ id: "b" }))], 2),
      "/api/resources/public/resources": pageOf([]),
    });
    const xml = await (await sitemapLoader()).text();
    expect(xml).toContain("/agenda/a<");
    expect(xml).toContain("/agenda/b<");
    expect(fetchMock).toHaveBeenCalledTimes(5);
  });

  it("sitemap lists the published presentation pages, dated by their publication", async () => {
    vi.stubEnv("PUBLIC_URL", "https://coopemploi.com");
    stubApi({
      "/api/resources/public/pages": [
        {
          slug: "statut",
          path: "/cooperative/statut",
          title: "Statut",
          description: "d",
          menuOrder: 0,
          publishedAt: "2026-12-05T18:30:00Z",
        },
        {
          slug: "cooperative",
          path: "/cooperative",
          title: "La coopérative",
          description: "d",
          menuOrder: null,
          publishedAt: "2026-12-01T08:00:00Z",
        },
      ],
      "/api/members/public/showcases/sitemap": [],
      "/api/events/public/events": pageOf([]),
      "/api/resources/public/resources": pageOf([]),
    });
    const xml = await (await sitemapLoader()).text();
    expect(xml).toContain(
      "<url><loc>https://coopemploi.com/cooperative/statut</loc><lastmod>2026-12-05T18:30:00Z</lastmod></url>",
    );
    expect(xml).toContain(
      "<url><loc>https://coopemploi.com/cooperative</loc><lastmod>2026-12-01T08:00:00Z</lastmod></url>",
    );
    // staff did not publish it: it is not listed
    expect(xml).not.toContain("/confidentialite");
  });

  it("sitemap still lists the public pages when the APIs are down", async () => {
    stubApiDown();
    const res = await sitemapLoader();
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<loc>http://localhost:8080/cooperative</loc>");
  });

  it("robots.txt points to the sitemap and keeps the intranet out", async () => {
    vi.stubEnv("PUBLIC_URL", "https://coopemploi.com");
    const text = await robotsLoader().text();
    expect(text).toContain("Sitemap: https://coopemploi.com/sitemap.xml");
    expect(text).toContain("Disallow: /intranet");
    expect(text).toContain("Disallow: /inscriptions/");
    // the directory refined by antenna or town is no page of its own
    expect(text).toContain("Disallow: /entrepreneurs?*antenne=");
    expect(text).toContain("Disallow: /entrepreneurs?*ville=");
  });
});
