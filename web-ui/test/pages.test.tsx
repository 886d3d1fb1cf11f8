// The presentation pages: rendered from resources-service's published versions (title, text, menu), the privacy
// policy's text above the consent texts, and staff's screens (list, menu order, new page, editor with its live
// preview, publication, versions restored).
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { PageDetail, PublicPageSummary } from "../app/api/resources";
import * as home from "../app/home/home";
import * as cooperative from "../app/pages/cooperative";
import * as legalNotices from "../app/pages/legal-notices";
import * as page from "../app/pages/page";
import * as staffPage from "../app/pages/staff-page";
import * as staffPages from "../app/pages/staff-pages";
import { menuAfter } from "../app/pages/staff-pages";
import * as privacy from "../app/privacy/privacy";
import { callsTo, consents, json, problem, setCsrfCookie, stubApi, userWith } from "./fixtures";
import { click, renderIntranet, renderRoute } from "./render";

const summary = (slug: string, title: string, menuOrder: number | null): PublicPageSummary => ({
  slug,
  path: slug === "cooperative" ? "/cooperative" : `/cooperative/${slug}`,
  title,
  description: `Ce que dit ${title}.`,
  menuOrder,
  publishedAt: "2026-12-05T18:00:00Z",
});

const MENU = [
  summary("place-de-la-cae", "Où se situe une CAE ?", 0),
  summary("statut", "Cadre juridique et statut de l'entrepreneur", 1),
  summary("cooperative", "La coopérative d'activités et d'emploi", null),
];

const published = (slug: string, title: string, html: string) => ({
  slug,
  path: slug === "cooperative" ? "/cooperative" : `/cooperative/${slug}`,
  title,
  description: `Ce que dit ${title}.`,
  html,
  version: 2,
  publishedAt: "2026-12-05T18:00:00Z",
});

describe("public presentation pages", () => {
  it("/cooperative shows the cooperative's text and the menu's pages with what each answers", async () => {
    stubApi({
      "/bff/user": { authenticated: false },
      "/api/resources/public/pages/cooperative": published(
        "cooperative",
        "La coopérative d'activités et d'emploi",
        "<p>Coopérative du Lac accueille des porteurs de projet.</p>",
      ),
      "/api/resources/public/pages": MENU,
    });
    renderRoute("cooperative", cooperative, "/cooperative");
    expect(
      await screen.findByRole("heading", { level: 1, name: "La coopérative d'activités et d'emploi" }),
    ).toBeTruthy();
    expect(screen.getByText("Coopérative du Lac accueille des porteurs de projet.")).toBeTruthy();
    const questions = screen.getByRole("region", { name: "La coopérative en questions" });
    const links = within(questions).getAllByRole("link");
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Où se situe une CAE ?", "/cooperative/place-de-la-cae"],
      ["Cadre juridique et statut de l'entrepreneur", "/cooperative/statut"],
      ["S'inscrire à une réunion d'information", "/agenda?kind=INFO_MEETING"],
    ]);
    expect(within(questions).getByText("Ce que dit Où se situe une CAE ?.")).toBeTruthy();
  });

  it("a page of the menu: its title, its text and the menu with the page read marked", async () => {
    stubApi({
      "/bff/user": { authenticated: false },
      "/api/resources/public/pages/statut": published(
        "statut",
        "Cadre juridique et statut de l'entrepreneur",
        "<h2>CAPE</h2><p>Le temps du test.</p>",
      ),
      "/api/resources/public/pages": MENU,
    });
    renderRoute("cooperative/:slug", page, "/cooperative/statut");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Cadre juridique et statut de l'entrepreneur" }),
    ).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "CAPE" })).toBeTruthy();
    const menu = screen.getByRole("navigation", { name: "La coopérative en questions" });
    expect(
      within(menu)
        .getByRole("link", { name: "Cadre juridique et statut de l'entrepreneur" })
        .getAttribute("aria-current"),
    ).toBe("page");
    expect(within(menu).getByRole("link", { name: "Où se situe une CAE ?" }).getAttribute("aria-current")).toBeNull();
    // the cooperative's own page is not in its menu
    expect(within(menu).queryByRole("link", { name: /La coopérative d'activités/ })).toBeNull();
  });

  it("a legal page is not in the menu and shows none", async () => {
    stubApi({
      "/bff/user": { authenticated: false },
      "/api/resources/public/pages/mentions-legales": {
        ...published("mentions-legales", "Mentions légales", "<h2>Éditeur</h2>"),
        path: "/mentions-legales",
      },
      "/api/resources/public/pages": MENU,
    });
    renderRoute("mentions-legales", legalNotices, "/mentions-legales");
    expect(await screen.findByRole("heading", { level: 1, name: "Mentions légales" })).toBeTruthy();
    expect(screen.queryByRole("navigation", { name: "La coopérative en questions" })).toBeNull();
  });

  it("gives each page its title, description and canonical address", () => {
    const data = {
      page: published("statut", "Cadre juridique", "<p>x</p>"),
      menu: MENU,
    };
    const tags = page.meta({ loaderData: data, matches: [], params: { slug: "statut" } } as never);
    expect(tags).toContainEqual({ title: "Cadre juridique | CAE" });
    expect(tags).toContainEqual({ name: "description", content: "Ce que dit Cadre juridique." });
    expect(tags).toContainEqual({
      tagName: "link",
      rel: "canonical",
      href: "http://localhost:8080/cooperative/statut",
    });
  });

  it("/confidentialite: staff's text, then the consent texts; the consents still shown without the text", async () => {
    stubApi({
      "/bff/user": { authenticated: false },
      "/api/events/public/consents": consents(),
      "/api/resources/public/pages/confidentialite": {
        ...published("confidentialite", "Politique de confidentialité", "<h2>Vos droits</h2><p>Écrivez-nous.</p>"),
        path: "/confidentialite",
      },
    });
    renderRoute("confidentialite", privacy, "/confidentialite");
    expect(await screen.findByRole("heading", { level: 2, name: "Vos droits" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Les textes de consentement en vigueur" })).toBeTruthy();
  });
});

describe("staff's presentation pages", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const pages = [
    {
      id: "p1",
      slug: "place-de-la-cae",
      path: "/cooperative/place-de-la-cae",
      title: "Où se situe une CAE ?",
      menuOrder: 0,
      version: 1,
      publishedAt: "2026-12-05T18:00:00Z",
      draftChanged: false,
      updatedAt: "2026-12-05T18:00:00Z",
      updatedBy: "Camille",
    },
    {
      id: "p2",
      slug: "statut",
      path: "/cooperative/statut",
      title: "Statut",
      menuOrder: 1,
      version: 3,
      publishedAt: "2026-12-05T18:00:00Z",
      draftChanged: true,
      updatedAt: "2026-12-05T18:00:00Z",
      updatedBy: "Camille",
    },
    {
      id: "p3",
      slug: "mentions-legales",
      path: "/mentions-legales",
      title: "Mentions légales",
      menuOrder: null,
      version: null,
      publishedAt: null,
      draftChanged: true,
      updatedAt: "2026-12-05T18:00:00Z",
      updatedBy: null,
    },
  ];

  it("computes the menu after a move", () => {
    expect(menuAfter(pages, "p2", -1)).toEqual(["p2", "p1"]);
    expect(menuAfter(pages, "p1", 1)).toEqual(["p2", "p1"]);
    expect(menuAfter(pages, "p1", -1)).toEqual(["p1", "p2"]);
    expect(menuAfter(pages, "p1", 0)).toEqual(["p2"]);
    expect(menuAfter(pages, "p3", null)).toEqual(["p1", "p2", "p3"]);
  });

  it("lists the pages with their state, moves one in the menu and refuses an empty new page", async () => {
    setCsrfCookie();
    const fetchMock = stubApi({
      "/bff/user": userWith("staff"),
      "/api/resources/pages": pages,
      "/api/resources/pages/menu": json(pages),
    });
    renderIntranet("gestion/pages", staffPages, "/intranet/gestion/pages");
    const table = await screen.findByRole("table", { name: "Pages (3), celles du menu dans son ordre" });
    const [, first, second, legal] = within(table).getAllByRole("row");
    expect(within(first).getByText("1ᵉ")).toBeTruthy();
    expect(within(second).getByText("Modifié, à publier")).toBeTruthy();
    expect(within(legal).getByText("Hors menu")).toBeTruthy();
    expect(within(legal).getByText("Jamais publiée")).toBeTruthy();
    await click("Monter dans le menu : Statut");
    expect(await screen.findByText("« Statut » monte dans le menu.")).toBeTruthy();
    expect(callsTo(fetchMock, "PUT", "/api/resources/pages/menu")[0].body).toEqual({ order: ["p2", "p1"] });

    const form = screen.getByRole("form", { name: "Nouvelle page" });
    await click("Créer le brouillon");
    expect(await within(form).findByText("Indiquez l'adresse de la page.")).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/resources/pages")).toHaveLength(0);
  });

  it("shows a taken address on its field", async () => {
    setCsrfCookie();
    stubApi({
      "/bff/user": userWith("staff"),
      "/api/resources/pages": (_u: URL, init?: RequestInit) =>
        init?.method === "POST"
          ? problem(409, {
              type: "https://coopemploi.com/problems/page-slug-taken",
              detail: "Une page a déjà cette adresse : choisissez-en une autre.",
              errors: [{ field: "slug", message: "L'adresse « statut » est déjà celle d'une autre page." }],
            })
          : json(pages),
    });
    renderIntranet("gestion/pages", staffPages, "/intranet/gestion/pages");
    const form = await screen.findByRole("form", { name: "Nouvelle page" });
    fireEvent.change(within(form).getByLabelText(/^Adresse de la page/), { target: { value: "statut" } });
    fireEvent.change(within(form).getByLabelText(/^Titre/), { target: { value: "Statut" } });
    fireEvent.change(within(form).getByLabelText(/^Description/), { target: { value: "Le statut." } });
    fireEvent.change(within(form).getByLabelText(/^Texte/), { target: { value: "Texte." } });
    await click("Créer le brouillon");
    expect(await within(form).findAllByText("L'adresse « statut » est déjà celle d'une autre page.")).not.toHaveLength(
      0,
    );
  });

  it("antenna staff read the pages without the buttons that change them", async () => {
    stubApi({
      "/bff/user": { ...userWith("staff"), antennas: ["cluses"], managesEveryAntenna: false },
      "/api/resources/pages": pages,
    });
    renderIntranet("gestion/pages", staffPages, "/intranet/gestion/pages");
    expect(await screen.findByText(/Seule l'équipe du siège modifie les pages/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Monter/ })).toBeNull();
    expect(screen.queryByRole("form", { name: "Nouvelle page" })).toBeNull();
  });

  const detail: PageDetail = {
    id: "p2",
    slug: "statut",
    path: "/cooperative/statut",
    menuOrder: 1,
    title: "Statut",
    description: "Le statut.",
    body: "## CAPE",
    html: "<h2>CAPE</h2>",
    version: 2,
    draftChanged: true,
    revision: 7,
    updatedAt: "2026-12-05T18:00:00Z",
    updatedBy: "Camille",
    versions: [
      { number: 2, title: "Statut", publishedAt: "2026-12-05T18:00:00Z", publishedBy: "Camille Martin", online: true },
      {
        number: 1,
        title: "Le statut",
        publishedAt: "2026-12-01T08:00:00Z",
        publishedBy: "Pages par défaut",
        online: false,
      },
    ],
  };

  it("edits the draft with a live preview, saves it from its revision and publishes it", async () => {
    setCsrfCookie();
    let saved = detail;
    const fetchMock = stubApi({
      "/bff/user": userWith("staff"),
      // each step gives the page a new revision, as the service does
      "/api/resources/pages/p2": (_u: URL, init?: RequestInit) => {
        if (init?.method === "PUT") saved = { ...detail, body: "## CESA", revision: 8 };
        return json(saved);
      },
      "/api/resources/pages/preview": (_u: URL, init?: RequestInit) => {
        const { body } = JSON.parse(String(init?.body));
        return body.includes("javascript:")
          ? problem(400, { errors: [{ field: "body", message: "Un lien mène vers « javascript: »." }] })
          : json({ html: "<h2>CESA</h2>" });
      },
      "/api/resources/pages/p2/publish": () => {
        saved = { ...saved, version: 3, draftChanged: false, revision: 9 };
        return json(saved);
      },
    });
    renderIntranet("gestion/pages/:id", staffPage, "/intranet/gestion/pages/p2");
    const preview = await screen.findByRole("region", { name: "Aperçu" });
    expect(within(preview).getByRole("heading", { level: 2, name: "CAPE" })).toBeTruthy();
    const text = screen.getByLabelText(/^Texte/);
    fireEvent.change(text, { target: { value: "## CESA" } });
    expect(await within(preview).findByRole("heading", { level: 2, name: "CESA" }, { timeout: 2000 })).toBeTruthy();
    fireEvent.change(text, { target: { value: "[x](javascript:alert(1))" } });
    expect(await within(preview).findByText("Un lien mène vers « javascript: ».", {}, { timeout: 2000 })).toBeTruthy();
    fireEvent.change(text, { target: { value: "## CESA" } });

    // what is not saved is not published
    expect((screen.getByRole("button", { name: "Publier le brouillon" }) as HTMLButtonElement).disabled).toBe(true);
    await click("Enregistrer le brouillon");
    expect(await screen.findByText("Le brouillon est enregistré. Publiez-le pour le mettre en ligne.")).toBeTruthy();
    expect(callsTo(fetchMock, "PUT", "/api/resources/pages/p2")[0].body).toEqual({
      title: "Statut",
      description: "Le statut.",
      body: "## CESA",
      revision: 7,
    });
    // the form starts again from the saved draft (read again: its new revision), the message stays
    await waitFor(() => expect(callsTo(fetchMock, "GET", "/api/resources/pages/p2")).toHaveLength(2));
    await act(async () => {});
    expect(screen.getByText("Le brouillon est enregistré. Publiez-le pour le mettre en ligne.")).toBeTruthy();
    expect((screen.getByLabelText(/^Texte/) as HTMLTextAreaElement).value).toBe("## CESA");
    await click("Publier le brouillon");
    expect(await screen.findByText("La version 3 est en ligne.")).toBeTruthy();
    expect(await screen.findByText(/Le brouillon est en ligne\./)).toBeTruthy();
  });

  it("restores a version into the draft after asking", async () => {
    setCsrfCookie();
    const fetchMock = stubApi({
      "/bff/user": userWith("staff"),
      "/api/resources/pages/p2": detail,
      "/api/resources/pages/preview": json({ html: "<h2>CAPE</h2>" }),
      "/api/resources/pages/p2/versions/1/restore": json({ ...detail, body: "Ancien", revision: 8 }),
    });
    renderIntranet("gestion/pages/:id", staffPage, "/intranet/gestion/pages/p2");
    const versions = await screen.findByRole("table", { name: "Versions de la page (2), la plus récente d'abord" });
    const [, latest, first] = within(versions).getAllByRole("row");
    expect(within(latest).getByText("En ligne")).toBeTruthy();
    expect(within(first).getByText(/Pages par défaut/)).toBeTruthy();
    await click("Restaurer la version 1");
    await click("Oui, restaurer dans le brouillon");
    expect(
      await screen.findByText("La version 1 est dans le brouillon : publiez-la pour la remettre en ligne."),
    ).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/resources/pages/p2/versions/1/restore")).toHaveLength(1);
    await act(async () => {});
  });
});

describe("the home page's questions", () => {
  it("are given to search engines as an FAQ with the cooperative, in the same words as the cards", () => {
    const tags = home.meta({ matches: [] } as never) as Record<string, unknown>[];
    const ld = tags.find((t) => "script:ld+json" in t)?.["script:ld+json"] as {
      "@graph": { "@type": string; mainEntity?: { name: string; acceptedAnswer: { text: string } }[] }[];
    };
    expect(ld["@graph"].map((node) => node["@type"])).toEqual(["Organization", "FAQPage"]);
    const faq = ld["@graph"][1].mainEntity ?? [];
    expect(faq.map((q) => q.name)).toEqual(home.QUESTIONS.map((q) => q.question));
    expect(faq[2].acceptedAnswer.text).toContain("contrat d'appui au projet d'entreprise (CAPE)");
  });
});
