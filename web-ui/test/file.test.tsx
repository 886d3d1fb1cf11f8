// The personal file (dossier): the entrepreneur's « Mon dossier » and the same file changed by the coach.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import * as file from "../app/file/file";
import { journeySummary, objectiveProgress, objectivesSummary, stepStatus } from "../app/file/journey";
import * as myFile from "../app/file/my-file";
import { formatDay } from "../app/ui/format";
import { aDashboard, aFile, callsTo, json, plain, problem, setCsrfCookie, stubApi, userWith } from "./fixtures";
import { click, renderIntranet } from "./render";

const MARIE = { "/bff/user": userWith("entrepreneur") };
const LUCAS = { "/bff/user": userWith("coach") };
const COACH_CAN = { editJourney: true, editAnalyticalCode: false, proposeContact: false };

describe("how a file is told", () => {
  const f = aFile();

  it("says when each step was reached and which comes next", () => {
    const [meeting, , , invoice, cesa] = f.journey.steps;
    expect(stepStatus(meeting, f.journey.next)).toBe("Franchie le 13 janvier 2026");
    expect(stepStatus(invoice, f.journey.next)).toBe("Prochaine étape");
    expect(stepStatus(cesa, f.journey.next)).toBe("À venir");
    expect(formatDay("2026-03-01")).toBe("1er mars 2026");
  });

  it("counts the steps reached", () => {
    expect(journeySummary(f.journey)).toBe("3 étapes franchies sur 6.");
    expect(journeySummary({ ...f.journey, reachedCount: 1 })).toBe("1 étape franchie sur 6.");
    expect(journeySummary({ ...f.journey, reachedCount: 0 })).toBe("Aucune étape franchie pour l'instant, sur 6.");
    expect(journeySummary({ ...f.journey, reachedCount: 6 })).toBe("Parcours complet : les 6 étapes sont franchies.");
  });

  it("measures a revenue objective with the accounting's figures, another one by its status", () => {
    const [revenue, shop, insurance] = f.objectives;
    const figures = aDashboard().objectives;
    const measured = objectiveProgress(revenue, figures);
    expect(measured.percent).toBe(50);
    expect(plain(measured.text)).toBe("9 000,00 € sur 18 000,00 € (50 %)");
    expect(measured.done).toBe(false);
    // no figures yet (no import): the target, and no bar
    const unmeasured = objectiveProgress(revenue, undefined);
    expect(unmeasured.percent).toBeNull();
    expect(plain(unmeasured.text)).toMatch(/^Objectif : 18 000,00 €\./);
    expect(objectiveProgress(shop, figures)).toEqual({ percent: null, text: "Atteint", done: true });
    expect(objectiveProgress(insurance, figures).done).toBe(false);
    expect(objectivesSummary(f.objectives, figures)).toBe("1 objectif atteint sur 3.");
    expect(objectivesSummary([], figures)).toBe("Aucun objectif pour l'instant.");
  });
});

describe("/intranet/mon-dossier", () => {
  const routes = (extra: Record<string, unknown> = {}) => ({
    ...MARIE,
    "/api/members/me/file": aFile(),
    "/api/dashboard/me": aDashboard(),
    ...extra,
  });

  it("draws the journey as a path with the next step, the objectives' progress, badges and history", async () => {
    stubApi(routes());
    renderIntranet("mon-dossier", myFile, "/intranet/mon-dossier");
    expect(await screen.findByRole("heading", { level: 1, name: "Mon dossier" })).toBeTruthy();
    const path = screen.getByRole("list", { name: "Mon parcours" });
    const steps = within(path).getAllByRole("listitem");
    expect(steps.map((s) => plain(s.textContent))).toEqual([
      "✓Réunion d'informationFranchie le 13 janvier 2026",
      "✓Premier entretienFranchie le 27 janvier 2026",
      "✓CAPE signéFranchie le 2 mars 2026",
      "Première factureProchaine étape",
      "CESA signéÀ venir",
      "Associé·eÀ venir",
    ]);
    expect(steps[3].getAttribute("aria-current")).toBe("step");
    expect(screen.getByText("3 étapes franchies sur 6.")).toBeTruthy();
    // the revenue objective's bar comes from the dashboard's figures
    const bar = screen.getByRole("progressbar", { name: /sur 18.000,00/ });
    expect(bar.getAttribute("value")).toBe("50");
    expect(screen.getByText("1 objectif atteint sur 3.")).toBeTruthy();
    expect(screen.getByText("En retard")).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "Mes badges" })).getByText("Premier atelier")).toBeTruthy();
    expect(screen.getByText("Depuis le 2 mars 2026, jusqu'au 1er mars 2027")).toBeTruthy();
    expect(screen.getByText(/Fixer ses prix/)).toBeTruthy();
    expect(screen.getByText(/Étape « CAPE signé » franchie le 02\/03\/2026/)).toBeTruthy();
    // she reads, she does not change her journey
    expect(screen.queryByRole("button", { name: "Enregistrer l'étape" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Retirer/ })).toBeNull();
    expect(screen.queryByText("Modifier les dates du contrat")).toBeNull();
  });

  it("shows how far she is in the training modules she started, with a link to each", async () => {
    stubApi(
      routes({
        "/api/resources/progress/ent-marie": [
          {
            resourceId: "m1",
            slug: "construire-son-prix",
            title: "Construire son prix de vente",
            steps: 3,
            done: [0, 1],
            updatedAt: "2026-12-01T10:00:00Z",
          },
        ],
      }),
    );
    renderIntranet("mon-dossier", myFile, "/intranet/mon-dossier");
    const section = await screen.findByRole("region", { name: "Modules de formation" });
    expect(within(section).getByRole("link", { name: "Construire son prix de vente" }).getAttribute("href")).toBe(
      "/intranet/ressources/construire-son-prix",
    );
    expect(within(section).getByText(/2 étapes sur 3 faites\./)).toBeTruthy();
    expect(
      within(section)
        .getByRole("progressbar", { name: "Avancement : Construire son prix de vente" })
        .getAttribute("value"),
    ).toBe("2");
  });

  it("proposes new contact details with PUT and the CSRF header, and says they wait for her coach", async () => {
    setCsrfCookie("c-f");
    const proposed = aFile({
      contactProposal: {
        proposed: { phone: "07 00 00 00 01", street: "3 rue du Lac", postalCode: "74000", town: "Annecy" },
        proposedAt: "2026-12-05T10:00:00Z",
      },
    });
    const fetchMock = stubApi(routes({ "/api/members/files/ent-marie/contact": () => json(proposed) }));
    renderIntranet("mon-dossier", myFile, "/intranet/mon-dossier");
    fireEvent.click(await screen.findByText("Proposer de nouvelles coordonnées", { selector: "summary" }));
    fireEvent.change(screen.getByLabelText(/Téléphone/), { target: { value: "07 00 00 00 01" } });
    await click("Proposer ces coordonnées");
    await screen.findByText(/Vos nouvelles coordonnées sont proposées/);
    const [put] = callsTo(fetchMock, "PUT", "/api/members/files/ent-marie/contact");
    expect(put.body).toEqual({ phone: "07 00 00 00 01", street: "3 rue du Lac", postalCode: "74000", town: "Annecy" });
    expect(put.headers.get("X-XSRF-TOKEN")).toBe("c-f");
  });

  it("shows the service's French detail when she has no file", async () => {
    stubApi(
      routes({
        "/api/members/me/file": problem(404, { detail: "Ce dossier n'existe pas, ou vous n'y avez pas accès." }),
      }),
    );
    renderIntranet("mon-dossier", myFile, "/intranet/mon-dossier");
    expect(await screen.findByText("Ce dossier n'existe pas, ou vous n'y avez pas accès.")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Mon dossier" })).toBeTruthy();
  });
});

describe("/intranet/dossiers/:subject", () => {
  const routes = (extra: Record<string, unknown> = {}) => ({
    ...LUCAS,
    "/api/members/files/ent-marie": aFile({ can: COACH_CAN }),
    "/api/dashboard/entrepreneurs/ent-marie": aDashboard(),
    ...extra,
  });

  it("lets her coach record « Première facture » with its date (the next step is offered first)", async () => {
    setCsrfCookie("c-l");
    const fetchMock = stubApi(
      routes({ "/api/members/files/ent-marie/milestones/FIRST_INVOICE": () => json(aFile({ can: COACH_CAN })) }),
    );
    renderIntranet("dossiers/:subject", file, "/intranet/dossiers/ent-marie");
    expect(await screen.findByRole("heading", { level: 1, name: "Dossier de Marie Dupont" })).toBeTruthy();
    const form = screen.getByRole("form", { name: "Enregistrer une étape franchie" });
    const select = within(form).getByLabelText("Étape") as HTMLSelectElement;
    expect(select.value).toBe("FIRST_INVOICE");
    // only the steps not reached yet
    expect([...select.options].map((o) => o.textContent)).toEqual(["Première facture", "CESA signé", "Associé·e"]);
    fireEvent.change(within(form).getByLabelText("Franchie le"), { target: { value: "2026-11-30" } });
    await click("Enregistrer l'étape");
    await screen.findByText("Étape « Première facture » enregistrée, franchie le 30 novembre 2026.");
    const [put] = callsTo(fetchMock, "PUT", "/api/members/files/ent-marie/milestones/FIRST_INVOICE");
    expect(put.body).toEqual({ reachedOn: "2026-11-30" });
    expect(put.headers.get("X-XSRF-TOKEN")).toBe("c-l");
  });

  it("removes a reached step after asking", async () => {
    const fetchMock = stubApi(
      routes({ "/api/members/files/ent-marie/milestones/CAPE_SIGNED": () => json(aFile({ can: COACH_CAN })) }),
    );
    renderIntranet("dossiers/:subject", file, "/intranet/dossiers/ent-marie");
    await click("Retirer l'étape « CAPE signé »");
    await click("Oui, la retirer");
    await screen.findByText("Étape « CAPE signé » retirée.");
    expect(callsTo(fetchMock, "DELETE", "/api/members/files/ent-marie/milestones/CAPE_SIGNED")).toHaveLength(1);
  });

  it("adds a revenue objective only with its amount, and shows the service's errors next to the fields", async () => {
    const fetchMock = stubApi(
      routes({
        "/api/members/files/ent-marie/objectives": problem(400, {
          errors: [{ field: "targetAmount", message: "Indiquez un montant en euros, par exemple 18000 ou 18 000,50." }],
        }),
      }),
    );
    renderIntranet("dossiers/:subject", file, "/intranet/dossiers/ent-marie");
    const form = await screen.findByRole("form", { name: "Ajouter un objectif" });
    fireEvent.change(within(form).getByLabelText("Objectif"), { target: { value: "Vendre en ligne" } });
    fireEvent.change(within(form).getByLabelText("Type d'objectif"), { target: { value: "REVENUE" } });
    await click("Ajouter l'objectif");
    // nothing sent without an amount
    expect(
      await within(form).findByText("Indiquez le chiffre d'affaires visé, en euros.", { selector: ".field-error" }),
    ).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/members/files/ent-marie/objectives")).toHaveLength(0);
    fireEvent.change(within(form).getByLabelText(/Chiffre d'affaires visé/), { target: { value: "douze" } });
    await click("Ajouter l'objectif");
    await waitFor(() => expect(callsTo(fetchMock, "POST", "/api/members/files/ent-marie/objectives")).toHaveLength(1));
    expect(callsTo(fetchMock, "POST", "/api/members/files/ent-marie/objectives")[0].body).toEqual({
      label: "Vendre en ligne",
      kind: "REVENUE",
      targetAmount: "douze",
    });
    const input = within(form).getByLabelText(/Chiffre d'affaires visé/);
    await waitFor(() => expect(input.getAttribute("aria-invalid")).toBe("true"));
  });

  it("accepts the contact details Marie proposed", async () => {
    const pending = aFile({
      can: COACH_CAN,
      contactProposal: {
        proposed: { phone: "07 00 00 00 01", street: null, postalCode: "74000", town: "Annecy" },
        proposedAt: "2026-12-05T10:00:00Z",
      },
    });
    const fetchMock = stubApi(
      routes({
        "/api/members/files/ent-marie": pending,
        "/api/members/files/ent-marie/contact/proposal/accept": () => json(aFile({ can: COACH_CAN })),
      }),
    );
    renderIntranet("dossiers/:subject", file, "/intranet/dossiers/ent-marie");
    const box = await screen.findByRole("group", { name: "Nouvelles coordonnées proposées" });
    expect(within(box).getByText("74000 Annecy")).toBeTruthy();
    await click("Accepter ces coordonnées");
    await screen.findByText("Coordonnées acceptées : elles remplacent les anciennes.");
    expect(callsTo(fetchMock, "POST", "/api/members/files/ent-marie/contact/proposal/accept")).toHaveLength(1);
  });

  it("offers the analytical code to staff only", async () => {
    stubApi(routes());
    renderIntranet("dossiers/:subject", file, "/intranet/dossiers/ent-marie");
    await screen.findByRole("heading", { level: 1, name: "Dossier de Marie Dupont" });
    expect(screen.queryByText("Modifier le code analytique")).toBeNull();
    expect(screen.getByRole("link", { name: "Retour à mes entrepreneurs" })).toBeTruthy();
  });
});

describe("documents exchanged with the coach", () => {
  it("lists each document with who shared it and when, as a download link, and offers the upload widget", async () => {
    stubApi({ ...MARIE, "/api/members/me/file": aFile(), "/api/dashboard/me": aDashboard() });
    renderIntranet("mon-dossier", myFile, "/intranet/mon-dossier");
    const section = await screen.findByRole("region", { name: "Documents échangés" });
    const link = within(section).getByRole("link", { name: "compte-rendu-avril.pdf" });
    expect(link.getAttribute("href")).toBe("/api/members/files/ent-marie/documents/doc-lucas");
    expect(link.hasAttribute("download")).toBe(true);
    expect(plain(section.textContent)).toContain("(180 ko)");
    expect(plain(section.textContent)).toMatch(/Déposé par Lucas Favre \(accompagnateur·rice\) le/);
    // his document: she reads it, she cannot remove it
    expect(within(section).queryByRole("button", { name: /Retirer le document/ })).toBeNull();
    const input = within(section).getByLabelText("Déposer des documents") as HTMLInputElement;
    expect(input.type).toBe("file");
    expect(input.accept).toContain(".pdf");
    expect(plain(section.textContent)).toContain("Lucas Favre est prévenu·e par e-mail.");
  });

  it("removes a document its reader shared, after asking, with DELETE and the CSRF header", async () => {
    setCsrfCookie("c-doc");
    const mine = {
      ...aFile().documents[0],
      id: "doc-marie",
      name: "devis.pdf",
      sharedByName: "Marie Dupont",
      sharedByRole: "OWNER",
      sharedByRoleLabel: "Entrepreneur·e",
      downloadUrl: "/api/members/files/ent-marie/documents/doc-marie",
      removable: true,
    };
    const fetchMock = stubApi({
      ...MARIE,
      "/api/members/me/file": aFile({ documents: [mine] }),
      "/api/dashboard/me": aDashboard(),
      "/api/members/files/ent-marie/documents/doc-marie": json(aFile({ documents: [] })),
    });
    renderIntranet("mon-dossier", myFile, "/intranet/mon-dossier");
    const section = await screen.findByRole("region", { name: "Documents échangés" });
    fireEvent.click(within(section).getByRole("button", { name: "Retirer le document « devis.pdf »" }));
    fireEvent.click(await within(section).findByRole("button", { name: "Oui, le retirer" }));
    await waitFor(() =>
      expect(callsTo(fetchMock, "DELETE", "/api/members/files/ent-marie/documents/doc-marie")).toHaveLength(1),
    );
    const [call] = callsTo(fetchMock, "DELETE", "/api/members/files/ent-marie/documents/doc-marie");
    expect(call.headers.get("X-XSRF-TOKEN")).toBe("c-doc");
    expect(await within(section).findByText("Document « devis.pdf » retiré.")).toBeTruthy();
  });

  it("tells the coach the entrepreneur is told of what he shares", async () => {
    stubApi({
      ...LUCAS,
      "/api/members/files/ent-marie": aFile({ can: COACH_CAN }),
      "/api/dashboard/entrepreneurs/ent-marie": aDashboard(),
    });
    renderIntranet("dossiers/:subject", file, "/intranet/dossiers/ent-marie");
    const section = await screen.findByRole("region", { name: "Documents échangés" });
    expect(plain(section.textContent)).toContain("Marie est prévenu·e par e-mail.");
    expect(plain(section.textContent)).toContain("Les documents échangés avec Marie Dupont");
  });
});
