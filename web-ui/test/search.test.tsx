// The site's search: the results page (server loader, highlights, facets, did-you-mean, no result, failures), the
// header's box with its suggestions as you type, and staff's care of the engine.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Hit, SearchResults } from "../app/api/resources";
import * as admin from "../app/search/admin";
import { markedParts } from "../app/search/Marked";
import * as search from "../app/search/search";
import { ANTENNAS, callsTo, json, problem, setCsrfCookie, stubApi, userWith } from "./fixtures";
import { click, renderIntranet, renderRoute } from "./render";

const VISITOR = { "/bff/user": { authenticated: false } };

function aHit(overrides: Partial<Hit> = {}): Hit {
  return {
    id: "resource:r1",
    type: "resource",
    typeLabel: "Ressource",
    title: "Fixer ses prix",
    titleHtml: "Fixer ses <mark>prix</mark>",
    summary: "Support de l'atelier collectif.",
    url: "http://localhost:8080/intranet/ressources/fixer-ses-prix",
    date: "2026-11-03T10:00:00Z",
    status: "published",
    passages: [],
    ...overrides,
  };
}

function results(overrides: Partial<SearchResults> = {}): SearchResults {
  return {
    query: "prix",
    total: 2,
    page: 0,
    size: 10,
    sort: "pertinence",
    items: [
      aHit({
        passages: [
          {
            field: "file",
            fileName: "grille-tarifaire.pdf",
            html: "la <mark>prix</mark> &lt;b&gt;plancher&lt;/b&gt; &amp; co",
          },
        ],
      }),
      aHit({
        id: "event:e1",
        type: "event",
        typeLabel: "Événement",
        title: "Atelier prix",
        titleHtml: "Atelier <mark>prix</mark>",
        url: "http://localhost:8080/agenda/e1",
        status: "pending",
        passages: [{ field: "body", fileName: null, html: "calculer son <mark>prix</mark> de revient" }],
      }),
    ],
    facets: {
      type: [
        { value: "resource", label: "Ressource", count: 1 },
        { value: "event", label: "Événement", count: 1 },
      ],
      theme: [{ value: "Commercial", label: "Commercial", count: 2 }],
      antenna: [{ value: "cluses", label: "cluses", count: 1 }],
      date: [{ value: "12-mois", label: "Ces 12 derniers mois", count: 2 }],
    },
    suggestions: [],
    ...overrides,
  };
}

describe("highlighted text", () => {
  it("keeps the marks and nothing else as markup", () => {
    expect(markedParts("a <mark>b</mark> &lt;script&gt;x&lt;/script&gt; &amp;&#39;")).toEqual([
      { text: "a ", marked: false },
      { text: "b", marked: true },
      { text: " <script>x</script> &'", marked: false },
    ]);
    // raw markup that would reach the page is shown as text, never as elements
    expect(markedParts("<img src=x onerror=alert(1)>")).toEqual([
      { text: "<img src=x onerror=alert(1)>", marked: false },
    ]);
  });
});

describe("/recherche loader", () => {
  const args = (url: string, headers: Record<string, string> = {}) =>
    ({ request: new Request(`http://ui.test${url}`, { headers }), params: {}, context: {} }) as never;
  type Answer = { data: Awaited<ReturnType<typeof search.loader>>["data"]; init: ResponseInit | null };

  it("asks the API with the member's session only, and keeps the answer out of caches and search engines", async () => {
    const fetchMock = stubApi({
      "/api/resources/public/search": results(),
      "/api/members/public/antennas": ANTENNAS,
    });
    const answer = (await search.loader(
      args("/recherche?q=prix&type=resource&type=bogus&theme=Commercial&sort=date&page=2", {
        Cookie: "tracker=1; COOP_SESSION=abc123; other=x",
      }),
    )) as unknown as Answer;
    const call = callsTo(fetchMock, "GET", "/api/resources/public/search")[0];
    expect(Object.fromEntries(call.url.searchParams)).toEqual({
      q: "prix",
      type: "resource",
      theme: "Commercial",
      sort: "date",
      page: "2",
      size: "10",
    });
    expect(call.headers.get("Cookie")).toBe("COOP_SESSION=abc123");
    expect(new Headers(answer.init?.headers).get("Cache-Control")).toBe("private, no-store");
    expect(new Headers(answer.init?.headers).get("X-Robots-Tag")).toBe("noindex");
    expect(answer.data.results?.total).toBe(2);
  });

  it("does not search before anything is asked, and a visitor's call carries no cookie", async () => {
    const fetchMock = stubApi({ "/api/members/public/antennas": ANTENNAS });
    const answer = (await search.loader(args("/recherche"))) as unknown as Answer;
    expect(callsTo(fetchMock, "GET", "/api/resources/public/search")).toHaveLength(0);
    expect(answer.data.searching).toBe(false);
  });

  it("says kindly that search is down (503), and shows the API's French reason for a refused query", async () => {
    stubApi({ "/api/resources/public/search": problem(503) });
    const down = (await search.loader(args("/recherche?q=prix"))) as unknown as Answer;
    expect(down.data.failure).toEqual({
      unavailable: true,
      message: expect.stringMatching(/^La recherche est momentanément indisponible/),
    });
    stubApi({
      "/api/resources/public/search": problem(400, {
        errors: [{ field: "q", message: "Votre recherche fait au plus 200 caractères." }],
      }),
    });
    const refused = (await search.loader(args(`/recherche?q=${"a".repeat(300)}`))) as unknown as Answer;
    expect(refused.data.failure).toEqual({
      unavailable: false,
      message: "Votre recherche fait au plus 200 caractères.",
    });
  });
});

describe("/recherche page", () => {
  it("shows the highlighted results, the file a passage comes from, facets and the author's own status", async () => {
    stubApi({
      ...VISITOR,
      "/api/resources/public/search": results(),
      "/api/members/public/antennas": ANTENNAS,
    });
    renderRoute("recherche", search, "/recherche?q=prix&theme=Commercial");
    expect(await screen.findByRole("heading", { level: 1, name: "Recherche : « prix »" })).toBeTruthy();
    expect(screen.getByText("2 résultats")).toBeTruthy();
    const list = screen.getAllByRole("list").find((l) => l.classList.contains("search-hits"))!;
    const [first, second] = within(list).getAllByRole("listitem");
    const title = within(first).getByRole("link", { name: "Fixer ses prix" });
    expect(title.getAttribute("href")).toBe("/intranet/ressources/fixer-ses-prix");
    expect(title.querySelector("mark")?.textContent).toBe("prix");
    expect(first.textContent).toContain("Dans le fichier « grille-tarifaire.pdf » :");
    // escaped text stays text
    expect(first.textContent).toContain("<b>plancher</b> & co");
    expect(first.querySelector("b")).toBeNull();
    expect(within(second).getByText("En attente de validation")).toBeTruthy();
    expect(within(second).getByText(/^Événement/)).toBeTruthy();

    const facets = screen.getByRole("navigation", { name: "Affiner" });
    // a chosen facet value is current and its link takes it back; another adds itself to the search
    const chosen = within(facets).getByRole("link", { name: /Retirer le filtre Commercial/ });
    expect(chosen.getAttribute("aria-current")).toBe("true");
    expect(chosen.getAttribute("href")).toBe("/recherche?q=prix");
    expect(within(facets).getByRole("link", { name: "Ressource (1)" }).getAttribute("href")).toBe(
      "/recherche?q=prix&type=resource&theme=Commercial",
    );
    // antennas by their name
    expect(within(facets).getByRole("link", { name: "Cluses (1)" })).toBeTruthy();
    // searching again keeps the chosen filters
    const form = (screen.getByLabelText("Mots recherchés") as HTMLInputElement).form!;
    expect(form.getAttribute("action")).toBe("/recherche");
    expect(Object.fromEntries(new FormData(form))).toEqual({ q: "prix", sort: "pertinence", theme: "Commercial" });
  });

  it("offers other spellings and a French page when nothing is found", async () => {
    stubApi({
      ...VISITOR,
      "/api/resources/public/search": results({ total: 0, items: [], facets: {}, suggestions: ["formation"] }),
    });
    renderRoute("recherche", search, "/recherche?q=formatoin&type=event");
    expect(await screen.findByRole("heading", { name: "Aucun résultat pour « formatoin »" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "formation" }).getAttribute("href")).toBe(
      "/recherche?q=formation&type=event",
    );
    expect(screen.getByRole("link", { name: "cherchez sans les filtres" }).getAttribute("href")).toBe(
      "/recherche?q=formatoin",
    );
  });

  it("pages through the results", async () => {
    stubApi({ ...VISITOR, "/api/resources/public/search": results({ total: 35, page: 1 }) });
    renderRoute("recherche", search, "/recherche?q=prix&page=1");
    expect(await screen.findByText("35 résultats, page 2")).toBeTruthy();
    expect(screen.getByRole("link", { name: /Page suivante/ }).getAttribute("href")).toBe("/recherche?q=prix&page=2");
    expect(screen.getByRole("link", { name: /Page précédente/ }).getAttribute("href")).toBe("/recherche?q=prix");
  });

  it("says so when search is down, and the rest of the page stays", async () => {
    stubApi({ ...VISITOR, "/api/resources/public/search": problem(503) });
    renderRoute("recherche", search, "/recherche?q=prix");
    expect(await screen.findByText(/La recherche est momentanément indisponible/)).toBeTruthy();
    // the header's box and the page's form
    expect(screen.getAllByRole("button", { name: "Rechercher" })).toHaveLength(2);
  });
});

describe("the header's search box", () => {
  const typeIn = async (text: string) => {
    const box = screen.getByRole("combobox", { name: "Rechercher sur le site" });
    fireEvent.change(box, { target: { value: text } });
    return box;
  };

  it("suggests titles as you type, chosen with the arrows and Enter", async () => {
    const fetchMock = stubApi({
      ...VISITOR,
      "/api/resources/public/search/suggestions": [
        {
          id: "resource:r1",
          type: "resource",
          typeLabel: "Ressource",
          title: "Fixer ses prix",
          url: "/intranet/ressources/fixer-ses-prix",
        },
        {
          id: "event:e1",
          type: "event",
          typeLabel: "Événement",
          title: "Atelier prix",
          url: "http://localhost:8080/agenda/e1",
        },
      ],
    });
    renderRoute("agenda/:id", { default: () => <h1>Page de l'événement</h1> }, "/");
    await waitFor(() => expect(screen.getByRole("combobox").getAttribute("aria-expanded")).toBe("false"));
    const box = await typeIn("pri");
    const listbox = await screen.findByRole("listbox", { name: "Suggestions" });
    expect(box.getAttribute("aria-expanded")).toBe("true");
    expect(
      within(listbox)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Fixer ses prix · Ressource", "Atelier prix · Événement"]);
    expect(screen.getByText(/2 suggestions : flèches haut et bas/)).toBeTruthy();
    expect(callsTo(fetchMock, "GET", "/api/resources/public/search/suggestions")[0].url.searchParams.get("q")).toBe(
      "pri",
    );
    fireEvent.keyDown(box, { key: "ArrowDown" });
    fireEvent.keyDown(box, { key: "ArrowDown" });
    const second = within(listbox).getAllByRole("option")[1];
    expect(box.getAttribute("aria-activedescendant")).toBe(second.id);
    expect(second.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(box, { key: "Enter" });
    expect(await screen.findByRole("heading", { name: "Page de l'événement" })).toBeTruthy();
  });

  it("closes with Escape, asks nothing for one letter, and searches the words on Enter", async () => {
    const fetchMock = stubApi({
      ...VISITOR,
      "/api/resources/public/search/suggestions": [
        { id: "resource:r1", type: "resource", typeLabel: "Ressource", title: "Fixer ses prix", url: null },
      ],
    });
    renderRoute("recherche", { default: () => <h1>Résultats</h1> }, "/");
    await typeIn("p");
    await act(() => new Promise((r) => setTimeout(r, 300)));
    expect(callsTo(fetchMock, "GET", "/api/resources/public/search/suggestions")).toHaveLength(0);
    const box = await typeIn("prix");
    await screen.findByRole("listbox");
    fireEvent.keyDown(box, { key: "Escape" });
    expect(box.getAttribute("aria-expanded")).toBe("false");
    fireEvent.submit(box.closest("form")!);
    expect(await screen.findByRole("heading", { name: "Résultats" })).toBeTruthy();
  });

  it("is a plain GET form to /recherche before any script runs", () => {
    stubApi(VISITOR);
    renderRoute("cooperative", { default: () => <h1>x</h1> }, "/cooperative");
    const form = screen.getByRole("combobox").closest("form")!;
    expect(form.getAttribute("action")).toBe("/recherche");
    expect(form.getAttribute("method")).toBe("get");
    expect(screen.getByRole("combobox").getAttribute("name")).toBe("q");
  });
});

describe("/intranet/gestion/recherche", () => {
  const routes = (extra: Record<string, unknown> = {}) => ({
    "/bff/user": userWith("staff"),
    "/api/resources/search/reindex": {
      status: "done",
      startedAt: "2026-12-01T08:00:00Z",
      finishedAt: "2026-12-01T08:01:00Z",
      startedBy: "camille.staff",
      total: 120,
      done: 120,
      kinds: { resource: 100, showcase: 20 },
      message: "Index reconstruit : 120 documents.",
    },
    "/api/resources/search/synonyms": {
      groups: [{ terms: ["CAPE", "contrat d'appui au projet d'entreprise"] }, { terms: ["CAE", "coopérative"] }],
      changedAt: null,
      changedBy: null,
      message: null,
    },
    ...extra,
  });

  it("edits the synonyms, one group per line, and shows the API's problems by line", async () => {
    setCsrfCookie();
    const fetchMock = stubApi(
      routes({
        "/api/resources/search/synonyms": (_u: URL, init?: RequestInit) =>
          init?.method === "PUT"
            ? problem(400, {
                errors: [{ field: "groups[1].terms[0]", message: "Un terme ne contient que des lettres." }],
              })
            : json(routes()["/api/resources/search/synonyms"]),
      }),
    );
    renderIntranet("gestion/recherche", admin, "/intranet/gestion/recherche");
    const area = (await screen.findByLabelText("Groupes de synonymes")) as HTMLTextAreaElement;
    expect(area.value).toBe("CAPE, contrat d'appui au projet d'entreprise\nCAE, coopérative");
    fireEvent.change(area, { target: { value: "CAPE, contrat d'appui\n\nESS ,  économie   sociale, ;;\n" } });
    await click("Enregistrer les synonymes");
    expect(await screen.findByText(/Ligne 2 : Un terme ne contient que des lettres/)).toBeTruthy();
    const put = callsTo(fetchMock, "PUT", "/api/resources/search/synonyms")[0];
    expect(put.body.groups).toEqual([
      { terms: ["CAPE", "contrat d'appui"] },
      { terms: ["ESS", "économie sociale", ";;"] },
    ]);
    expect(put.headers.get("X-XSRF-TOKEN")).toBe("csrf-test");
  });

  it("refuses a group of one term before sending", async () => {
    const fetchMock = stubApi(routes());
    renderIntranet("gestion/recherche", admin, "/intranet/gestion/recherche");
    const area = await screen.findByLabelText("Groupes de synonymes");
    fireEvent.change(area, { target: { value: "CAPE, contrat\nseul" } });
    await click("Enregistrer les synonymes");
    expect(await screen.findAllByText(/Ligne 2 : un groupe réunit au moins deux termes/)).not.toHaveLength(0);
    expect(callsTo(fetchMock, "PUT", "/api/resources/search/synonyms")).toHaveLength(0);
  });

  it("starts a reindex after asking, and follows it while it runs", async () => {
    setCsrfCookie();
    let running = false;
    const fetchMock = stubApi(
      routes({
        "/api/resources/search/reindex": (_u: URL, init?: RequestInit) => {
          if (init?.method === "POST") running = true;
          return json({
            status: running ? "running" : "done",
            startedAt: "2026-12-01T08:00:00Z",
            finishedAt: running ? null : "2026-12-01T08:01:00Z",
            startedBy: "camille.staff",
            total: 120,
            done: running ? 30 : 120,
            kinds: {},
            message: running ? "Reconstruction lancée." : null,
          });
        },
      }),
    );
    renderIntranet("gestion/recherche", admin, "/intranet/gestion/recherche");
    expect(await screen.findByText(/Dernière reconstruction terminée/)).toBeTruthy();
    await click("Reconstruire l'index");
    await click("Reconstruire");
    expect(await screen.findByText("Avancement : 30 documents sur 120 (25 %)")).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/resources/search/reindex")).toHaveLength(1);
    const before = callsTo(fetchMock, "GET", "/api/resources/search/reindex").length;
    await waitFor(
      () => expect(callsTo(fetchMock, "GET", "/api/resources/search/reindex").length).toBeGreaterThan(before),
      {
        timeout: 2500,
      },
    );
  });

  it("compares the stores with the index on request", async () => {
    setCsrfCookie();
    const report = (consistent: boolean) => ({
      consistent,
      pending: 0,
      refused: 0,
      repaired: !consistent,
      kinds: [
        {
          kind: "resource",
          stored: 7,
          indexed: consistent ? 7 : 6,
          missing: consistent ? 0 : 1,
          missingIds: consistent ? [] : ["r9"],
          outdated: 0,
          outdatedIds: [],
          extra: 0,
          extraIds: [],
        },
      ],
    });
    const fetchMock = stubApi(
      routes({
        "/api/resources/search/consistency": json(report(true)),
      }),
    );
    renderIntranet("gestion/recherche", admin, "/intranet/gestion/recherche");
    fireEvent.click(await screen.findByRole("link", { name: "Vérifier la cohérence" }));
    expect(await screen.findByText(/L'index correspond aux données/)).toBeTruthy();
    expect(callsTo(fetchMock, "GET", "/api/resources/search/consistency")).toHaveLength(1);
    const row = within(screen.getByRole("table", { name: "Données et index, par type" })).getAllByRole("row")[1];
    expect(row.textContent).toBe("Ressources77000");
  });

  it("shows a missing document and repairs on request", async () => {
    setCsrfCookie();
    const missing = {
      consistent: false,
      pending: 2,
      refused: 0,
      repaired: false,
      kinds: [
        {
          kind: "resource",
          stored: 7,
          indexed: 6,
          missing: 1,
          missingIds: ["r9"],
          outdated: 0,
          outdatedIds: [],
          extra: 0,
          extraIds: [],
        },
      ],
    };
    const fetchMock = stubApi(routes({ "/api/resources/search/consistency": () => json(missing) }));
    renderIntranet("gestion/recherche", admin, "/intranet/gestion/recherche?verification=1");
    expect(await screen.findByText(/ne correspond pas tout à fait/)).toBeTruthy();
    expect(screen.getByText(/2 changements attendent/)).toBeTruthy();
    expect(screen.getByText("r9")).toBeTruthy();
    await click("Réparer l'index");
    expect(await screen.findByText(/Réparation demandée/)).toBeTruthy();
    const post = callsTo(fetchMock, "POST", "/api/resources/search/consistency")[0];
    expect(post.url.searchParams.get("repair")).toBe("true");
    expect(screen.queryByRole("button", { name: "Réparer l'index" })).toBeNull();
  });

  it("is for staff: others read the API's refusal", async () => {
    stubApi({
      "/bff/user": userWith("entrepreneur"),
      "/api/resources/search/reindex": problem(403, { detail: "Réservé à l'équipe permanente." }),
      "/api/resources/search/synonyms": problem(403, { detail: "Réservé à l'équipe permanente." }),
    });
    renderIntranet("gestion/recherche", admin, "/intranet/gestion/recherche");
    expect(await screen.findAllByText("Réservé à l'équipe permanente.")).toHaveLength(2);
  });
});
