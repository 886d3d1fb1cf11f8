// The resource centre: its home, the list and its filters, a resource's page for its author, a coach and a reader
// (steps of the moderation, the refusal's reason, the history), the form (checks in the browser, the API's field
// errors), an exercise's correction after an attempt, and the public pages.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import * as centre from "../app/resources/centre";
import * as list from "../app/resources/list";
import * as newPage from "../app/resources/new";
import * as publicResource from "../app/resources/public-resource";
import * as resource from "../app/resources/resource";
import * as review from "../app/resources/review";
import { aResource, aResourceSummary, callsTo, json, problem, setCsrfCookie, stubApi, userWith } from "./fixtures";
import { click, renderIntranet } from "./render";

const MARIE = { "/bff/user": userWith("entrepreneur") };
const LUCAS = { "/bff/user": userWith("coach") };
const PAGE = "/api/resources/public/resources/reussir-son-marche-de-noel";

const pageOf = <T,>(items: T[]) => ({ items, page: 0, size: 24, total: items.length });

describe("/intranet/ressources", () => {
  const home = {
    themes: [
      { theme: "SALES", count: 3 },
      { theme: "LEGAL", count: 0 },
    ],
    kinds: [{ kind: "TRAINING", count: 2 }],
    latest: [aResourceSummary()],
  };

  it("shows the themes that hold something, the latest resources, my contributions with their state and reason", async () => {
    stubApi({
      ...MARIE,
      "/api/resources/public/centre": home,
      "/api/resources/mine": [
        aResourceSummary({
          id: "r9",
          slug: "logo",
          title: "Un logo gratuit",
          state: "REJECTED",
          reason: "Ce site fait payer le téléchargement.",
        }),
      ],
      "/api/resources/bookmarks": [],
    });
    renderIntranet("ressources", centre, "/intranet/ressources");
    expect(await screen.findByRole("heading", { level: 1, name: "Centre de ressources" })).toBeTruthy();
    const themes = screen.getByRole("region", { name: "Par thème" });
    expect(
      within(themes)
        .getAllByRole("link")
        .map((l) => l.textContent),
    ).toEqual(["Commercial (3)"]);
    expect(within(themes).getByRole("link").getAttribute("href")).toBe("/intranet/ressources/liste?theme=SALES");
    const latest = screen.getByRole("region", { name: "Nouveautés" });
    expect(within(latest).getByRole("link", { name: "Fixer ses prix" }).getAttribute("href")).toBe(
      "/intranet/ressources/fixer-ses-prix",
    );
    const mine = screen.getByRole("region", { name: "Mes contributions et mes outils" });
    expect(within(mine).getByText("refusée")).toBeTruthy();
    expect(within(mine).getByText("Raison : Ce site fait payer le téléchargement.")).toBeTruthy();
    expect(screen.getByText(/Ajoutez une ressource à vos favoris/)).toBeTruthy();
    expect(screen.queryByRole("link", { name: /À valider/ })).toBeNull();
  });

  it("gives coaches the way to what waits for them, with its count", async () => {
    stubApi({
      ...LUCAS,
      "/api/resources/public/centre": home,
      "/api/resources/mine": [],
      "/api/resources/bookmarks": [],
      "/api/resources/review": { count: 2, waiting: [], dueAgain: [] },
    });
    renderIntranet("ressources", centre, "/intranet/ressources");
    expect((await screen.findByRole("link", { name: "À valider (2)" })).getAttribute("href")).toBe(
      "/intranet/ressources/validation",
    );
  });
});

describe("/intranet/ressources/liste", () => {
  it("sends the filters of the address to the service and keeps them in the form", async () => {
    const fetchMock = stubApi({ ...MARIE, "/api/resources/public/resources": pageOf([aResourceSummary()]) });
    renderIntranet("ressources/liste", list, "/intranet/ressources/liste?theme=SALES&type=VIRUS&page=0");
    expect(await screen.findByText("1 ressource")).toBeTruthy();
    const sent = callsTo(fetchMock, "GET", "/api/resources/public/resources")[0].url.searchParams;
    expect(sent.get("theme")).toBe("SALES");
    expect(sent.get("kind")).toBeNull();
    expect((screen.getByLabelText(/^Thème/) as HTMLSelectElement).value).toBe("SALES");
    // an entrepreneur is not offered the coaches' kit as an audience
    const audiences = within(screen.getByLabelText(/^Public/))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(audiences).not.toContain("Accompagnateurs (kit de formation)");
    expect(audiences).not.toContain("Personnel (moi et mon accompagnateur)");
  });
});

describe("/intranet/ressources/:slug", () => {
  it("lets the author propose her draft, with the CSRF header", async () => {
    setCsrfCookie("c-r");
    const fetchMock = stubApi({
      ...MARIE,
      [PAGE]: aResource(),
      "/api/resources/r1/submit": () => json(aResource()),
    });
    renderIntranet("ressources/:slug", resource, "/intranet/ressources/reussir-son-marche-de-noel");
    expect(await screen.findByRole("heading", { level: 1, name: "Réussir son marché de Noël" })).toBeTruthy();
    expect(screen.getByText("brouillon")).toBeTruthy();
    expect(screen.getByText("avant septembre").tagName).toBe("STRONG");
    expect(screen.getByLabelText("Ajouter des fichiers")).toBeTruthy();
    await click("Proposer à la validation");
    expect(await screen.findByText(/est proposée à la validation/)).toBeTruthy();
    const sent = callsTo(fetchMock, "POST", "/api/resources/r1/submit");
    expect(sent).toHaveLength(1);
    expect(sent[0].headers.get("X-XSRF-TOKEN")).toBe("c-r");
  });

  it("shows the author why it was refused", async () => {
    stubApi({
      ...MARIE,
      [PAGE]: aResource({
        moderation: {
          ...aResource().moderation!,
          state: "REJECTED",
          reason: "Ajoutez les dates limites d'inscription.",
        },
      }),
    });
    renderIntranet("ressources/:slug", resource, "/intranet/ressources/reussir-son-marche-de-noel");
    const note = await screen.findByRole("note");
    expect(note.textContent).toContain("Raison du refus : Ajoutez les dates limites d'inscription.");
    expect(note.textContent).toContain("proposez-la de nouveau");
  });

  it("lets a coach refuse only with a reason, sent to the service, and shows the history", async () => {
    setCsrfCookie("c-l");
    const submitted = aResource({
      mine: false,
      moderation: {
        ...aResource().moderation!,
        state: "SUBMITTED",
        audit: [
          { step: "CREATED", version: 1, actorName: "Marie Dupont", at: "2026-11-29T09:00:00Z", note: null },
          { step: "SUBMITTED", version: 1, actorName: "Marie Dupont", at: "2026-11-29T10:00:00Z", note: null },
        ],
      },
      can: { ...aResource().can, edit: false, delete: false, submit: false, review: true, setReviewDate: true },
    });
    const fetchMock = stubApi({ ...LUCAS, [PAGE]: submitted, "/api/resources/r1/reject": () => json(submitted) });
    renderIntranet("ressources/:slug", resource, "/intranet/ressources/reussir-son-marche-de-noel");
    const history = await screen.findByRole("table", { name: /Les étapes de la ressource/ });
    expect(within(history).getAllByRole("row")[2].textContent).toContain("soumission pour validation");
    await click("Refuser");
    await click("Refuser cette version");
    expect(await screen.findByText("Indiquez le motif.")).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/resources/r1/reject")).toHaveLength(0);
    fireEvent.change(screen.getByLabelText("Raison du refus (montrée à l'auteur)"), {
      target: { value: "Ajoutez les dates." },
    });
    await click("Refuser cette version");
    await waitFor(() => expect(callsTo(fetchMock, "POST", "/api/resources/r1/reject")).toHaveLength(1));
    expect(callsTo(fetchMock, "POST", "/api/resources/r1/reject")[0].body).toEqual({ reason: "Ajoutez les dates." });
    expect(await screen.findByText(/son auteur reçoit la raison par e-mail/)).toBeTruthy();
  });

  it("shows the service's French refusal of a step", async () => {
    stubApi({
      ...LUCAS,
      [PAGE]: aResource({ can: { ...aResource().can, review: true, submit: false } }),
      "/api/resources/r1/validate": () =>
        problem(403, { detail: "Vous ne pouvez pas valider votre propre contribution." }),
    });
    renderIntranet("ressources/:slug", resource, "/intranet/ressources/reussir-son-marche-de-noel");
    await click("Valider et publier");
    expect(await screen.findByText("Vous ne pouvez pas valider votre propre contribution.")).toBeTruthy();
  });

  it("gives an exercise's correction after an attempt only", async () => {
    const live = {
      ...aResource().working!,
      title: "Calculer son prix de revient",
      correction: "52 €",
      correctionHtml: "<p>Prix de revient : <strong>52 €</strong></p>",
    };
    stubApi({
      ...MARIE,
      [PAGE]: aResource({ kind: "EXERCISE", live, working: null, moderation: null, mine: false }),
    });
    renderIntranet("ressources/:slug", resource, "/intranet/ressources/reussir-son-marche-de-noel");
    await click("Voir la correction");
    expect(await screen.findByText(/la correction vient après un essai/)).toBeTruthy();
    expect(screen.queryByText("52 €")).toBeNull();
    fireEvent.change(screen.getByLabelText("Votre réponse"), { target: { value: "50 €" } });
    await click("Voir la correction");
    expect((await screen.findByText("52 €")).tagName).toBe("STRONG");
  });

  it("plays a video and offers each file for download", async () => {
    const file = {
      id: "f1",
      name: "atelier.mp4",
      mediaType: "video/mp4",
      size: 3_500_000,
      url: `${PAGE}/files/f1`,
      thumbnailUrl: null,
      textStatus: null,
    };
    stubApi({
      ...MARIE,
      [PAGE]: aResource({ live: { ...aResource().working!, files: [file] }, working: null, moderation: null }),
    });
    const { container } = renderIntranet(
      "ressources/:slug",
      resource,
      "/intranet/ressources/reussir-son-marche-de-noel",
    );
    await screen.findByRole("heading", { level: 1 });
    expect(container.querySelector("video")?.getAttribute("src")).toBe(`${PAGE}/files/f1?inline=true`);
    expect(screen.getByRole("link", { name: /Télécharger atelier.mp4/ }).getAttribute("href")).toBe(`${PAGE}/files/f1`);
  });
});

describe("/intranet/ressources/nouvelle", () => {
  it("checks the title in the browser, sends the checked themes, shows the service's field errors", async () => {
    setCsrfCookie("c-n");
    const fetchMock = stubApi({
      ...MARIE,
      "/api/resources": () =>
        problem(400, {
          detail: "Certaines informations sont à corriger.",
          errors: [{ field: "body", message: "Le texte contient du code HTML interdit." }],
        }),
    });
    renderIntranet("ressources/nouvelle", newPage, "/intranet/ressources/nouvelle");
    await click("Créer le brouillon");
    expect((await screen.findAllByText("Indiquez un titre.")).length).toBeGreaterThan(0);
    expect(callsTo(fetchMock, "POST", "/api/resources")).toHaveLength(0);
    // entrepreneurs do not write the coaches' kit
    expect(within(screen.getByLabelText("À qui s'adresse-t-elle ?")).queryByText(/kit de formation/)).toBeNull();

    fireEvent.change(screen.getByLabelText("Titre"), { target: { value: "Mon marché" } });
    fireEvent.change(screen.getByLabelText(/^Texte/), { target: { value: "<script>x</script>" } });
    fireEvent.click(screen.getByLabelText("Commercial"));
    await click("Créer le brouillon");
    await waitFor(() => expect(callsTo(fetchMock, "POST", "/api/resources")).toHaveLength(1));
    const body = callsTo(fetchMock, "POST", "/api/resources")[0].body;
    expect(body).toMatchObject({ kind: "DOCUMENT", title: "Mon marché", themes: ["SALES"], audience: "MEMBERS" });
    expect((await screen.findAllByText("Le texte contient du code HTML interdit.")).length).toBeGreaterThan(0);
  });

  it("asks a link's address and a module's steps", async () => {
    stubApi({ ...MARIE });
    renderIntranet("ressources/nouvelle", newPage, "/intranet/ressources/nouvelle");
    fireEvent.change(await screen.findByLabelText("Type de ressource"), { target: { value: "LINK" } });
    fireEvent.change(screen.getByLabelText("Titre"), { target: { value: "Un site" } });
    await click("Créer le brouillon");
    expect((await screen.findAllByText("Indiquez l'adresse du site (https://…).")).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText("Type de ressource"), { target: { value: "TRAINING" } });
    await click("Ajouter une étape");
    expect(screen.getByLabelText("Titre de l'étape 1")).toBeTruthy();
  });
});

describe("a training module's page", () => {
  const steps = ["Ses charges", "Son temps", "Son prix"].map((title) => ({
    title,
    body: title,
    bodyHtml: `<p>${title}</p>`,
    resourceSlug: null,
  }));
  const base = aResource();
  const module = aResource({
    kind: "TRAINING",
    mine: false,
    live: { ...base.working!, title: "Construire son prix de vente", steps },
    working: null,
    moderation: null,
    can: { ...base.can, edit: false, delete: false, submit: false, bookmark: true },
  });
  const progress = (done: number[]) => ({
    resourceId: "r1",
    slug: "reussir-son-marche-de-noel",
    title: "Construire son prix de vente",
    steps: 3,
    done,
    updatedAt: "2026-12-01T10:00:00Z",
  });

  it("shows the steps Marie has done and keeps the one she ticks", async () => {
    setCsrfCookie();
    const fetchMock = stubApi({
      ...MARIE,
      [PAGE]: module,
      "/api/resources/r1/progress": (_url: URL, init?: RequestInit) =>
        json(init?.method === "PUT" ? progress([0, 1]) : progress([0])),
    });
    renderIntranet("ressources/:slug", resource, "/intranet/ressources/reussir-son-marche-de-noel");
    expect(await screen.findByText("1 étape sur 3 faite.")).toBeTruthy();
    const first = screen.getByRole("checkbox", { name: "Étape 1 : Ses charges" }) as HTMLInputElement;
    expect(first.checked).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "Étape 2 : Son temps" }));
    await waitFor(() => expect(callsTo(fetchMock, "PUT", "/api/resources/r1/progress")).toHaveLength(1));
    expect(callsTo(fetchMock, "PUT", "/api/resources/r1/progress")[0].body).toEqual({ done: [0, 1] });
    expect(await screen.findByText("2 étapes sur 3 faites.")).toBeTruthy();
  });
});

describe("/intranet/ressources/validation", () => {
  it("lists what waits, oldest first, and says when the coach wrote it", async () => {
    stubApi({
      ...LUCAS,
      "/api/resources/review": {
        count: 1,
        waiting: [
          {
            resource: aResourceSummary({ state: "SUBMITTED", title: "Réussir son marché de Noël", slug: "noel" }),
            submittedAt: "2026-11-29T10:00:00Z",
            submittedBy: "Marie Dupont",
            own: false,
            update: false,
          },
        ],
        dueAgain: [],
      },
    });
    renderIntranet("ressources/validation", review, "/intranet/ressources/validation");
    expect(await screen.findByText("1 contribution attend une décision.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Réussir son marché de Noël" }).getAttribute("href")).toBe(
      "/intranet/ressources/noel",
    );
    expect(screen.getByText(/Proposée par Marie Dupont/)).toBeTruthy();
  });

  it("lists the curated links whose site no longer answers, and why", async () => {
    stubApi({
      ...LUCAS,
      "/api/resources/review": { count: 0, waiting: [], dueAgain: [] },
      "/api/resources/links/broken": [
        {
          resourceId: "r1",
          slug: "annuaire-marches",
          title: "Annuaire des marchés",
          url: "https://marches.example.org/annuaire",
          checkedAt: "2026-12-04T03:00:00Z",
          status: 404,
          reason: "Page introuvable (404).",
          pageUrl: "https://coopemploi.test/intranet/ressources/annuaire-marches",
        },
      ],
    });
    renderIntranet("ressources/validation", review, "/intranet/ressources/validation");
    expect(await screen.findByRole("heading", { name: "Liens à vérifier" })).toBeTruthy();
    expect((await screen.findByRole("link", { name: "Annuaire des marchés" })).getAttribute("href")).toBe(
      "/intranet/ressources/annuaire-marches",
    );
    expect(screen.getByText(/Page introuvable \(404\)\. Vérifié le/)).toBeTruthy();
  });
});

describe("/ressources/:slug", () => {
  const args = (slug: string) => ({ params: { slug }, request: new Request(`http://ui.test/ressources/${slug}`) });

  it("shows a public resource to everyone and nothing else", async () => {
    stubApi({
      "/api/resources/public/resources/statut": aResource({
        slug: "statut",
        live: { ...aResource().working!, audience: "PUBLIC" },
        working: null,
        moderation: null,
      }),
      "/api/resources/public/resources/membres": aResource({
        slug: "membres",
        live: { ...aResource().working!, audience: "MEMBERS" },
        working: null,
        moderation: null,
      }),
    });
    const shown = await publicResource.loader(args("statut") as never);
    expect(shown.resource.slug).toBe("statut");
    await expect(publicResource.loader(args("membres") as never)).rejects.toMatchObject({ init: { status: 404 } });
    await expect(publicResource.loader(args("inconnue") as never)).rejects.toMatchObject({ init: { status: 404 } });
  });
});

describe("an online template in my tools", () => {
  const BOOKLET = "/api/resources/public/resources/livret-du-createur-marie";
  const form = {
    sections: [
      {
        key: "projet",
        title: "Le projet",
        help: null,
        questions: [
          { key: "activite", label: "Votre activité", type: "TEXT" as const, help: null, choices: [] },
          { key: "demarrage", label: "Date de démarrage", type: "DATE" as const, help: null, choices: [] },
          {
            key: "statut",
            label: "Le contrat visé",
            type: "CHOICE" as const,
            help: null,
            choices: ["CAPE", "CESA"],
          },
        ],
      },
    ],
  };
  const copy = (tool: Partial<NonNullable<ReturnType<typeof aResource>["tool"]>> = {}, mine = true) =>
    aResource({
      id: "t1",
      slug: "livret-du-createur-marie",
      kind: "TEMPLATE",
      mine,
      copiedFrom: "livret-du-createur",
      working: { ...aResource().working!, title: "Livret du créateur", audience: "PERSONAL", form },
      tool: {
        answers: { activite: "Bijoux en argent recyclé" },
        revision: 2,
        savedAt: "2026-12-01T09:30:00Z",
        sharedAt: null,
        comments: [],
        fill: mine,
        share: mine,
        comment: false,
        pdfUrl: "/api/resources/t1/pdf",
        ...tool,
      },
    });

  const toolStatus = () => within(screen.getByRole("region", { name: "Mon document à remplir" })).getByRole("status");

  it("saves Marie's answers as she types, from the revision the page had, and says when", async () => {
    const fetchMock = stubApi({
      ...MARIE,
      [BOOKLET]: copy(),
      "/api/resources/t1/answers": (_u: URL, init?: RequestInit) =>
        json({
          ...copy().tool,
          answers: JSON.parse(String(init?.body)).answers,
          revision: 3,
          savedAt: "2026-12-05T13:02:00Z",
        }),
    });
    renderIntranet("ressources/:slug", resource, "/intranet/ressources/livret-du-createur-marie");
    const activity = (await screen.findByLabelText("Votre activité (facultatif)")) as HTMLInputElement;
    expect(activity.value).toBe("Bijoux en argent recyclé");
    expect(toolStatus().textContent).toBe("Enregistré à 10:30");
    expect(screen.getByRole("link", { name: "Exporter en PDF" }).getAttribute("href")).toBe("/api/resources/t1/pdf");
    fireEvent.change(screen.getByLabelText("Le contrat visé (facultatif)"), { target: { value: "CAPE" } });
    expect(toolStatus().textContent).toBe("Enregistrement…");
    await waitFor(() => expect(toolStatus().textContent).toBe("Enregistré à 14:02"), { timeout: 3000 });
    const sent = callsTo(fetchMock, "PUT", "/api/resources/t1/answers");
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toEqual({ revision: 2, answers: { activite: "Bijoux en argent recyclé", statut: "CAPE" } });
  });

  it("shows a refused answer on its field and a stale tab's French message", async () => {
    let calls = 0;
    stubApi({
      ...MARIE,
      [BOOKLET]: copy(),
      "/api/resources/t1/answers": () =>
        ++calls === 1
          ? problem(400, {
              type: "https://coopemploi.com/problems/validation",
              errors: [{ field: "answers.activite", message: "Une réponse courte tient sur une ligne." }],
            })
          : problem(409, {
              type: "https://coopemploi.com/problems/stale-answers",
              detail: "Ce document a été enregistré depuis ailleurs (un autre onglet ?) : rechargez la page.",
            }),
    });
    renderIntranet("ressources/:slug", resource, "/intranet/ressources/livret-du-createur-marie");
    fireEvent.change(await screen.findByLabelText("Votre activité (facultatif)"), { target: { value: "Bijoux" } });
    expect(await screen.findByText("Une réponse courte tient sur une ligne.", {}, { timeout: 3000 })).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Date de démarrage (facultatif)"), { target: { value: "2026-02-02" } });
    await waitFor(() => expect(toolStatus().textContent).toMatch(/un autre onglet/), { timeout: 3000 });
    expect(screen.getByRole("button", { name: "Recharger la page" })).toBeTruthy();
  });

  it("lets Marie share it with her coach", async () => {
    const fetchMock = stubApi({
      ...MARIE,
      [BOOKLET]: copy(),
      "/api/resources/t1/share": () => json({ ...copy().tool, sharedAt: "2026-12-05T13:00:00Z", share: false }),
    });
    renderIntranet("ressources/:slug", resource, "/intranet/ressources/livret-du-createur-marie");
    await click("Partager avec mon accompagnateur");
    expect(await screen.findByText(/est partagé avec votre accompagnateur/)).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/resources/t1/share")).toHaveLength(1);
  });

  it("shows the coach the answers without fields, and sends his comment on a section", async () => {
    const shared = copy({ sharedAt: "2026-12-05T13:00:00Z", comment: true }, false);
    const fetchMock = stubApi({
      ...LUCAS,
      [BOOKLET]: shared,
      "/api/resources/t1/comments": () =>
        json({
          ...shared.tool,
          comments: [
            {
              id: "c1",
              section: "projet",
              authorName: "Lucas Favre",
              coach: true,
              at: "2026-12-05T13:05:00Z",
              text: "Précisez votre clientèle.",
            },
          ],
        }),
    });
    renderIntranet("ressources/:slug", resource, "/intranet/ressources/livret-du-createur-marie");
    expect(await screen.findByRole("heading", { name: "Le document de Marie Dupont" })).toBeTruthy();
    expect(screen.getByText("Bijoux en argent recyclé").tagName).toBe("DD");
    expect(screen.queryByLabelText("Votre activité (facultatif)")).toBeNull();
    fireEvent.change(screen.getByLabelText("Votre commentaire sur « Le projet » (facultatif)"), {
      target: { value: "Précisez votre clientèle." },
    });
    await click("Commenter cette partie");
    expect(await screen.findByText("Votre commentaire est enregistré.")).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/resources/t1/comments")[0].body).toEqual({
      section: "projet",
      text: "Précisez votre clientèle.",
    });
  });
});
