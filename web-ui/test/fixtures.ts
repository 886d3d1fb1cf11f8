// Object mothers for the API contracts and a fetch stub that answers like the gateway would.
import { vi } from "vitest";
import type { EventDetail, EventSummary, PageOf, ShowcaseDetail, ShowcaseSummary } from "../app/lib/api";

export function anEvent(overrides: Partial<EventDetail> = {}): EventDetail {
  return {
    id: "0d6c1a52-3f0b-4d7e-9a51-1b2c3d4e5f60",
    kind: "INFO_MEETING",
    kindLabel: "Réunion d'information collective",
    title: "Réunion d'information collective",
    summary: "Découvrir la coopérative, le statut d'entrepreneur-salarié et le parcours.",
    startsAt: "2027-01-12T09:30:00+01:00",
    endsAt: "2027-01-12T12:00:00+01:00",
    place: {
      kind: "ANTENNA",
      label: "COOP'EMPLOI Seynod",
      street: "1025 ancienne route d'Annecy",
      postalCode: "74600",
      town: "Seynod",
      url: null,
    },
    antenna: { code: "seynod", name: "Seynod" },
    capacity: 12,
    seatsLeft: 4,
    registrationOpen: true,
    description: "Premier paragraphe.\n\nSecond paragraphe.",
    ...overrides,
  };
}

export function aShowcase(overrides: Partial<ShowcaseDetail> = {}): ShowcaseDetail {
  return {
    slug: "atelier-bois-flotte",
    displayName: "Julien Morel",
    businessName: "L'Atelier du Bois Flotté",
    sector: "FURNITURE",
    sectorLabel: "Mobilier",
    tagline: "Mobilier en bois flotté du lac d'Annecy",
    town: "Annecy",
    antenna: { code: "seynod", name: "Seynod" },
    website: "https://bois-flotte.example",
    pages: [
      { slug: "presentation", title: "Présentation", body: "Je fabrique des meubles.\n\nChaque pièce est unique." },
      { slug: "realisations", title: "Réalisations", body: "Tables, étagères et luminaires." },
    ],
    contactEmail: "julien@bois-flotte.example",
    phone: "06 12 34 56 78",
    ...overrides,
  };
}

export function summaryOf(s: ShowcaseDetail): ShowcaseSummary {
  const { pages: _pages, contactEmail: _email, phone: _phone, ...summary } = s;
  return summary;
}

export function pageOf<T>(items: T[], total = items.length): PageOf<T> {
  return { items, page: 0, size: 20, total };
}

export const eventSummary = (e: EventDetail): EventSummary => {
  const { description: _d, ...summary } = e;
  return summary;
};

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

export function problem(status: number, extra: Record<string, unknown> = {}): Response {
  return new Response(
    JSON.stringify({ type: "about:blank", title: "Erreur", status, detail: `Erreur ${status}`, ...extra }),
    { status, headers: { "Content-Type": "application/problem+json" } },
  );
}

type Handler = unknown | ((url: URL, init?: RequestInit) => Response);

/** Stubs global fetch: answers by path + query or path (a Response, a function, or a JSON body); else a 404 problem. */
export function stubApi(routes: Record<string, Handler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://ui.test");
    const handler = routes[url.pathname + url.search] ?? routes[url.pathname];
    if (handler === undefined) return problem(404);
    if (handler instanceof Response) return handler.clone();
    return typeof handler === "function" ? (handler as (u: URL, i?: RequestInit) => Response)(url, init) : json(handler);
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** Every API call fails as when the gateway is down. */
export function stubApiDown() {
  const fetchMock = vi.fn(async () => {
    throw new TypeError("fetch failed");
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}
