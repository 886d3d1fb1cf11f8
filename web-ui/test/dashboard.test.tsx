// Dashboards of coaches, staff and funders: the portfolio sorted by alerts, one entrepreneur's dashboard with the
// monthly form, the accounting imports with their report, the funders' anonymous figures.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import * as entrepreneurDashboard from "../app/dashboard/entrepreneur-dashboard";
import * as funders from "../app/dashboard/funders";
import * as imports from "../app/dashboard/imports";
import * as portfolio from "../app/dashboard/portfolio";
import { ANTENNAS, aDashboard, callsTo, json, plain, setCsrfCookie, stubApi, userWith } from "./fixtures";
import { click, renderIntranet } from "./render";

const COACH = { "/bff/user": userWith("coach") };
const STAFF = { "/bff/user": userWith("staff") };

describe("/intranet/portefeuille", () => {
  const entries = [
    {
      subject: "ent-marie",
      name: "Marie Dupont",
      antenna: "seynod",
      revenueYearToDate: 4150.25,
      revenueLastYearToDate: 3000,
      revenueTrend: 38,
      treasury: -250,
      lateInvoices: 2,
      alerts: [
        { kind: "LOW_TREASURY", reason: "Trésorerie de référence de −250,00 €, sous le seuil de 0,00 €." },
        { kind: "LATE_INVOICES", reason: "2 factures impayées depuis plus de 45 jours (1 140,00 €)." },
      ],
    },
    {
      subject: "ent-theo",
      name: "Théo Girard",
      antenna: null,
      revenueYearToDate: 0,
      revenueLastYearToDate: 0,
      revenueTrend: null,
      treasury: 100,
      lateInvoices: 0,
      alerts: [],
    },
  ];

  it("lists a coach's entrepreneurs with their key figures and each alert saying why, linked to the dashboard", async () => {
    stubApi({ ...COACH, "/api/dashboard/coach/entrepreneurs": entries });
    renderIntranet("portefeuille", portfolio, "/intranet/portefeuille");
    const table = await screen.findByRole("table", { name: "Entrepreneurs, chiffres clés et alertes" });
    const rows = within(table).getAllByRole("row");
    expect(plain(rows[1].textContent)).toContain("Marie Dupont · seynodDossier4 150,25 €+38 %−250,00 €2");
    expect(within(rows[1]).getByRole("link", { name: "Dossier de Marie Dupont" }).getAttribute("href")).toBe(
      "/intranet/dossiers/ent-marie",
    );
    const alert = within(rows[1]).getByRole("link", { name: /sous le seuil/ });
    expect(alert.getAttribute("href")).toBe("/intranet/portefeuille/ent-marie");
    expect(plain(rows[2].textContent)).toContain("Théo GirardDossier0,00 €—100,00 €0Aucune");
  });

  it("gives staff the portfolio of their antennas", async () => {
    const fetchMock = stubApi({ ...STAFF, "/api/dashboard/staff/entrepreneurs": entries });
    renderIntranet("portefeuille", portfolio, "/intranet/portefeuille");
    await screen.findByRole("table", { name: "Entrepreneurs, chiffres clés et alertes" });
    expect(callsTo(fetchMock, "GET", "/api/dashboard/staff/entrepreneurs")).toHaveLength(1);
    expect(callsTo(fetchMock, "GET", "/api/dashboard/coach/entrepreneurs")).toHaveLength(0);
  });
});

describe("/intranet/portefeuille/:subject", () => {
  it("shows the entrepreneur's dashboard with its exports and sends the monthly form", async () => {
    setCsrfCookie();
    const fetchMock = stubApi({
      ...COACH,
      "/api/dashboard/entrepreneurs/ent-marie": aDashboard(),
      "/api/dashboard/entrepreneurs/ent-marie/typed-figures/2026-12": (_url: URL, init?: RequestInit) =>
        init?.method === "PUT"
          ? json({
              month: "2026-12",
              revenue: 1234.5,
              expenses: 200,
              margin: 1034.5,
              hoursWorked: 35,
              trainingHours: 0,
              source: "TYPED",
            })
          : json({}, 405),
    });
    renderIntranet("portefeuille/:subject", entrepreneurDashboard, "/intranet/portefeuille/ent-marie");
    await screen.findByRole("table", { name: /par mois/ });
    expect(screen.getByRole("link", { name: "PDF" }).getAttribute("href")).toBe(
      "/api/dashboard/entrepreneurs/ent-marie/export.pdf",
    );
    const form = screen.getByRole("form", { name: "Saisir les chiffres d'un mois" });
    fireEvent.change(within(form).getByLabelText(/^Mois/), { target: { value: "2026-12" } });
    fireEvent.change(within(form).getByLabelText(/Chiffre d'affaires HT/), { target: { value: "1 234,50" } });
    fireEvent.change(within(form).getByLabelText(/Charges/), { target: { value: "200" } });
    fireEvent.change(within(form).getByLabelText(/Heures travaillées/), { target: { value: "35" } });
    await click("Enregistrer");
    await waitFor(() =>
      expect(callsTo(fetchMock, "PUT", "/api/dashboard/entrepreneurs/ent-marie/typed-figures/2026-12")).toHaveLength(1),
    );
    const sent = callsTo(fetchMock, "PUT", "/api/dashboard/entrepreneurs/ent-marie/typed-figures/2026-12")[0];
    expect(sent.body).toEqual({ revenue: 1234.5, expenses: 200, hoursWorked: 35 });
    expect(sent.headers.get("X-XSRF-TOKEN")).toBe("csrf-test");
    expect(await screen.findByText("Les chiffres du mois 2026-12 sont enregistrés.")).toBeTruthy();
  });

  it("checks the form before sending", async () => {
    const fetchMock = stubApi({ ...COACH, "/api/dashboard/entrepreneurs/ent-marie": aDashboard() });
    renderIntranet("portefeuille/:subject", entrepreneurDashboard, "/intranet/portefeuille/ent-marie");
    await screen.findByRole("form", { name: "Saisir les chiffres d'un mois" });
    await click("Enregistrer");
    expect(await screen.findByText("Choisissez le mois.")).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => (init as RequestInit | undefined)?.method === "PUT")).toBe(false);
  });
});

describe("/intranet/gestion/imports", () => {
  const done = {
    id: "imp-1",
    fileName: "grand-livre.csv",
    kind: "LEDGER",
    format: "CSV, ISO-8859-15",
    status: "REFUSED",
    progress: 100,
    rowsRead: 3,
    rowsImported: 0,
    rowsUnmatched: 1,
    rowsWithoutCode: 0,
    firstDate: "2026-11-01",
    lastDate: "2026-11-30",
    problemCount: 1,
    problems: [{ line: 3, message: "La date « 31/02/2026 » n'existe pas." }],
    unmatched: [{ analyticalCode: "INCONNU9", rows: 1, firstLine: 4 }],
    message: "Fichier refusé : 1 ligne(s) en erreur. Rien n'a été importé.",
    duplicateOf: null,
    source: "UPLOAD",
    createdAt: "2026-12-01T08:00:00Z",
    finishedAt: "2026-12-01T08:00:02Z",
  };

  it("shows an import's report line by line and the last imports", async () => {
    stubApi({ ...STAFF, "/api/dashboard/imports": [done], "/api/dashboard/imports/imp-1": done });
    renderIntranet("gestion/imports", imports, "/intranet/gestion/imports?import=imp-1");
    expect(await screen.findByRole("heading", { name: "Import de « grand-livre.csv »" })).toBeTruthy();
    const problems = screen.getByRole("table", { name: /Problèmes, ligne par ligne/ });
    expect(problems.textContent).toContain("3La date « 31/02/2026 » n'existe pas.");
    expect(screen.getByRole("table", { name: /mises de côté/ }).textContent).toContain("INCONNU914");
    expect(screen.getByRole("link", { name: "grand-livre.csv" }).getAttribute("href")).toBe(
      "/intranet/gestion/imports?import=imp-1",
    );
  });

  it("sends the file itself as the body, with its name", async () => {
    setCsrfCookie();
    const fetchMock = stubApi({
      ...STAFF,
      "/api/dashboard/imports": (_url: URL, init?: RequestInit) =>
        init?.method === "POST" ? json({ ...done, id: "imp-2", status: "QUEUED" }, 202) : json([]),
      "/api/dashboard/imports/imp-2": { ...done, id: "imp-2", status: "IMPORTED", problems: [], unmatched: [] },
    });
    renderIntranet("gestion/imports", imports, "/intranet/gestion/imports");
    const input = await screen.findByLabelText("Fichier de la comptabilité ou d'enDI");
    const file = new File(["Poste analytique;N° de compte;Date;Libellé;Débit;Crédit\r\n"], "grand livre.csv", {
      type: "text/csv",
    });
    fireEvent.change(input, { target: { files: [file] } });
    await click("Importer");
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === "POST"),
      ).toHaveLength(1),
    );
    const [input0, init] = fetchMock.mock.calls.find(([, i]) => (i as RequestInit | undefined)?.method === "POST")!;
    expect(String(input0)).toBe("/api/dashboard/imports?fileName=grand%20livre.csv");
    expect((init as RequestInit).body).toBe(file);
    expect(new Headers((init as RequestInit).headers).get("Content-Type")).toBe("text/csv");
    expect(new Headers((init as RequestInit).headers).get("X-XSRF-TOKEN")).toBe("csrf-test");
  });
});

describe("/intranet/financeurs", () => {
  const row = (key: string, label: string, referred: number | null) => ({
    key,
    label,
    referred,
    attendedMeeting: referred == null ? null : 6,
    firstInterview: referred == null ? null : 5,
    cape: referred == null ? null : 5,
    cesa: null,
    meetingRate: referred == null ? null : 86,
    interviewRate: referred == null ? null : 83,
    capeRate: referred == null ? null : 100,
    cesaRate: null,
    daysToMeeting: referred == null ? null : 5,
    daysToInterview: referred == null ? null : 12,
    daysToCape: null,
    daysToCesa: null,
  });
  const figures = {
    antenna: null,
    from: "2026-01",
    to: "2026-12",
    smallestGroup: 5,
    stages: [{ key: "CAPE_SIGNED", label: "En CAPE (contrat d'appui au projet)", people: 5 }],
    revenueBands: [{ key: "none", label: "Aucun chiffre d'affaires", people: null }],
    training: {
      workshops: 24,
      workshopHours: 72,
      attendees: 40,
      traineeHours: 540,
      attendanceRate: 78,
      informationMeetings: 10,
      meetingAttendanceRate: null,
    },
    funnel: [row("plie-bassin-annecien", "plie-bassin-annecien", 7), row("other", "Autres prescripteurs", null)],
    funnelTotal: row("total", "Toutes les orientations", 12),
  };

  it("shows the funnel, the stages and the workshops, a small group as « moins de 5 », and the exports", async () => {
    stubApi({
      "/bff/user": userWith("funder"),
      "/api/dashboard/funders/figures": figures,
      "/api/members/public/antennas": ANTENNAS,
    });
    renderIntranet("financeurs", funders, "/intranet/financeurs?antenne=seynod");
    const funnel = await screen.findByRole("table", { name: /Orientation → réunion/ });
    const rows = within(funnel).getAllByRole("row");
    expect(plain(rows[1].textContent)).toBe(
      "plie-bassin-annecien76 (86 %)5 (83 %)5 (100 %)moins de 5 (—)5 j · 12 j · — · —",
    );
    expect(plain(rows[2].textContent)).toContain("Autres prescripteursmoins de 5");
    expect(screen.getByRole("table", { name: /tranche de chiffre d'affaires/ }).textContent).toContain("moins de 5");
    expect(screen.getByRole("link", { name: "PDF" }).getAttribute("href")).toBe(
      "/api/dashboard/funders/figures.pdf?antenna=seynod",
    );
    expect((screen.getByLabelText("Antenne") as HTMLSelectElement).value).toBe("seynod");
  });
});
