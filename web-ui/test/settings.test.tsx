// The staff's settings pages: « Réglages de la coopérative » (what it sends, the palette preview, the service's
// contrast refusal on its field) and « Antennes » (list, create, change, close with the service's reason).
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import * as intranetHome from "../app/intranet/home";
import * as antennas from "../app/settings/antennas";
import * as settings from "../app/settings/settings";
import { antennaRequest, settingsErrors } from "../app/settings/values";
import { aCooperative, anAntenna, callsTo, json, problem, setCsrfCookie, stubApi, userWith } from "./fixtures";
import { click, renderIntranet } from "./render";

const HEAD_OFFICE = { "/bff/user": userWith("staff") };
const ANTENNA_STAFF = { "/bff/user": { ...userWith("staff"), antennas: ["cluses"], managesEveryAntenna: false } };
const CONTRAST =
  "Le contraste entre #7fb3b5 et le fond gris clair n'est que de 2,17:1 ; il faut au moins 4,5:1 (WCAG AA) pour que les textes et les boutons restent lisibles. Choisissez une teinte plus foncée.";

describe("settingsErrors", () => {
  it("keys the service's errors as the form names its fields", () => {
    const links = [
      { key: 4, label: "", url: "" },
      { key: 7, label: "LinkedIn", url: "javascript:alert(1)" },
    ];
    expect(
      settingsErrors(
        { "networks[1]": "Trop long.", "socialLinks[0].url": "Adresse non valide.", primaryColour: "Contraste." },
        links,
      ),
    ).toEqual({ networks: "Trop long.", "link-7-url": "Adresse non valide.", primaryColour: "Contraste." });
  });

  it("reads an antenna's form, blanks as null", () => {
    const fd = new FormData();
    for (const [k, v] of Object.entries({ name: " Rumilly ", street: "", postalCode: "74150", town: "Rumilly" }))
      fd.set(k, v);
    expect(antennaRequest(fd)).toEqual({
      name: "Rumilly",
      street: null,
      postalCode: "74150",
      town: "Rumilly",
      openingHours: null,
    });
  });
});

describe("/intranet/gestion/reglages", () => {
  const routes = (extra: Record<string, unknown> = {}) => ({
    ...HEAD_OFFICE,
    "/api/members/public/cooperative": aCooperative({
      socialLinks: [{ label: "LinkedIn", url: "https://www.linkedin.com/company/coop" }],
    }),
    ...extra,
  });

  it("shows the saved settings and previews the palette while typing", async () => {
    stubApi(routes());
    renderIntranet("gestion/reglages", settings, "/intranet/gestion/reglages");
    const name = (await screen.findByLabelText("Nom de la coopérative")) as HTMLInputElement;
    expect(name.value).toBe("COOP'EMPLOI");
    expect((screen.getByLabelText(/^Réseaux/) as HTMLTextAreaElement).value).toBe("Coopérer pour Entreprendre");
    expect((screen.getByLabelText("Adresse du lien 1") as HTMLInputElement).value).toBe(
      "https://www.linkedin.com/company/coop",
    );
    const checks = screen.getByRole("list", { name: "Contraste des couleurs choisies" });
    expect(checks.textContent).toMatch(/Couleur principale \(#00676b\) : contraste de [\d,]+:1 .*suffisant/);
    fireEvent.change(screen.getByLabelText(/^Couleur principale/), { target: { value: "#7fb3b5" } });
    expect(checks.textContent).toMatch(/#7fb3b5.*insuffisant : il faut au moins 4,5:1/);
    expect(screen.getByRole("list", { name: "Palette de la plateforme" }).textContent).toContain("#7fb3b5");
  });

  it("sends every setting, blanks as null, and puts the service's contrast refusal on the colour's field", async () => {
    setCsrfCookie();
    const fetchMock = stubApi(
      routes({
        "/api/members/staff/cooperative": () =>
          problem(400, {
            detail: "Ces couleurs ne sont pas assez contrastées pour être lisibles par tous.",
            errors: [{ field: "primaryColour", message: CONTRAST }],
          }),
      }),
    );
    renderIntranet("gestion/reglages", settings, "/intranet/gestion/reglages");
    fireEvent.change(await screen.findByLabelText(/^Couleur principale/), { target: { value: "#7FB3B5" } });
    fireEvent.change(screen.getByLabelText(/^Couleur d'accent/), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText(/^Réseaux/), { target: { value: "Réseau A\n\n Réseau B " } });
    fireEvent.change(screen.getByLabelText(/^Téléphone/), { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Ajouter un lien" }));
    await click("Enregistrer les réglages");
    const field = screen.getByLabelText(/^Couleur principale/);
    await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(`${field.id}-error`)?.textContent).toBe(CONTRAST);
    expect(screen.getByRole("link", { name: /Couleur principale/ }).getAttribute("href")).toBe(`#${field.id}`);
    const [put] = callsTo(fetchMock, "PUT", "/api/members/staff/cooperative");
    expect(put.headers.get("X-XSRF-TOKEN")).toBe("csrf-test");
    expect(put.body).toEqual({
      name: "COOP'EMPLOI",
      shortName: null,
      primaryColour: "#7fb3b5",
      secondaryColour: null,
      street: "1025 ancienne route d'Annecy",
      postalCode: "74600",
      town: "Seynod",
      contactEmail: "contact@coopemploi.com",
      phone: null,
      senderName: null,
      senderEmail: "ne-pas-repondre@coopemploi.com",
      legalForm: "Coopérative d'activités et d'emploi, SCOP SARL à capital variable",
      networks: ["Réseau A", "Réseau B"],
      socialLinks: [{ label: "LinkedIn", url: "https://www.linkedin.com/company/coop" }],
    });
  });

  it("uploads the logo as the raw body and shows a refusal on the file field", async () => {
    setCsrfCookie();
    const fetchMock = stubApi(
      routes({
        "/api/members/staff/cooperative/logo": () =>
          problem(415, { detail: "Le logo doit être une image SVG, PNG, JPEG ou WebP." }),
      }),
    );
    renderIntranet("gestion/reglages", settings, "/intranet/gestion/reglages");
    const input = (await screen.findByLabelText("Ajouter un logo")) as HTMLInputElement;
    const file = new File(["%PDF-1.7"], "logo.pdf", { type: "application/pdf" });
    fireEvent.change(input, { target: { files: [file] } });
    await click("Envoyer le logo");
    expect(await screen.findByText("Le logo doit être une image SVG, PNG, JPEG ou WebP.")).toBeTruthy();
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const [put] = fetchMock.mock.calls.filter(([u]) => String(u).startsWith("/api/members/staff/cooperative/logo"));
    expect(String(put[0])).toBe("/api/members/staff/cooperative/logo?name=logo.pdf");
    expect(put[1]?.body).toBe(file);
  });

  it("tells staff of an antenna that only the head office changes the settings", async () => {
    const fetchMock = stubApi(routes(ANTENNA_STAFF));
    renderIntranet("gestion/reglages", settings, "/intranet/gestion/reglages");
    expect(await screen.findByText("Seule l'équipe du siège change les réglages de la coopérative.")).toBeTruthy();
    expect(screen.queryByLabelText("Nom de la coopérative")).toBeNull();
    expect(callsTo(fetchMock, "PUT", "/api/members/staff/cooperative")).toHaveLength(0);
  });
});

describe("/intranet/gestion/antennes", () => {
  const list = [
    anAntenna(),
    anAntenna({
      code: "cluses",
      name: "Cluses",
      town: "Cluses",
      postalCode: "74300",
      closed: true,
      openingHours: null,
    }),
    anAntenna({ code: "seynod", name: "Seynod", town: "Seynod", postalCode: "74600", headOffice: true }),
  ];
  const routes = (extra: Record<string, unknown> = {}) => ({
    ...HEAD_OFFICE,
    "/api/members/staff/antennas": list,
    ...extra,
  });

  it("lists every antenna with its state, and creates one", async () => {
    setCsrfCookie();
    const fetchMock = stubApi(
      routes({
        "/api/members/staff/antennas": (_u: URL, init?: RequestInit) =>
          init?.method === "POST" ? json(anAntenna({ code: "rumilly", name: "Rumilly" }), 201) : json(list),
      }),
    );
    renderIntranet("gestion/antennes", antennas, "/intranet/gestion/antennes");
    const table = await screen.findByRole("table", { name: "Antennes de la coopérative (3)" });
    const [, annemasse, cluses, seynod] = within(table).getAllByRole("row");
    expect(within(annemasse).getByText("Ouverte")).toBeTruthy();
    expect(within(annemasse).getByRole("button", { name: "Fermer : Annemasse" })).toBeTruthy();
    expect(within(cluses).getByText("Fermée")).toBeTruthy();
    expect(within(cluses).getByRole("button", { name: "Rouvrir : Cluses" })).toBeTruthy();
    expect(within(seynod).getByText("Siège")).toBeTruthy();
    expect(within(seynod).queryByRole("button", { name: /^Fermer/ })).toBeNull();

    const form = screen.getByRole("form", { name: "Créer une antenne" });
    await click("Créer l'antenne");
    expect(await within(form).findByText("Indiquez le nom de l'antenne.")).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/members/staff/antennas")).toHaveLength(0);
    fireEvent.change(within(form).getByLabelText("Nom de l'antenne"), { target: { value: "Rumilly" } });
    fireEvent.change(within(form).getByLabelText("Code postal"), { target: { value: "74150" } });
    fireEvent.change(within(form).getByLabelText("Commune"), { target: { value: "Rumilly" } });
    fireEvent.change(within(form).getByLabelText(/^Horaires/), { target: { value: "Le mercredi" } });
    await click("Créer l'antenne");
    expect(await screen.findByText("L'antenne « Rumilly » est créée.")).toBeTruthy();
    const [post] = callsTo(fetchMock, "POST", "/api/members/staff/antennas");
    expect(post.body).toEqual({
      name: "Rumilly",
      street: null,
      postalCode: "74150",
      town: "Rumilly",
      openingHours: "Le mercredi",
    });
  });

  it("changes an antenna from its address, and shows why one cannot close", async () => {
    setCsrfCookie();
    const fetchMock = stubApi(
      routes({
        "/api/members/staff/antennas/annemasse": json(anAntenna({ name: "Annemasse Gare" })),
        "/api/members/staff/antennas/annemasse/close": problem(409, {
          detail: "L'antenne « Annemasse » ne peut pas fermer : 3 personnes y sont rattachées.",
        }),
      }),
    );
    renderIntranet("gestion/antennes", antennas, "/intranet/gestion/antennes?modifier=annemasse");
    const form = await screen.findByRole("form", { name: "Modifier l'antenne « Annemasse »" });
    fireEvent.change(within(form).getByLabelText("Nom de l'antenne"), { target: { value: "Annemasse Gare" } });
    await click("Enregistrer l'antenne");
    await waitFor(() => expect(callsTo(fetchMock, "PUT", "/api/members/staff/antennas/annemasse")).toHaveLength(1));
    expect(callsTo(fetchMock, "PUT", "/api/members/staff/antennas/annemasse")[0].body.name).toBe("Annemasse Gare");

    await click("Fermer : Annemasse");
    await click("Oui, fermer l'antenne");
    expect(
      await screen.findByText("L'antenne « Annemasse » ne peut pas fermer : 3 personnes y sont rattachées."),
    ).toBeTruthy();
  });

  it("gives the settings' and antennas' cards to staff of the head office", async () => {
    stubApi({ ...HEAD_OFFICE, "/api/members/public/antennas": [] });
    renderIntranet("", intranetHome, "/intranet");
    expect(await screen.findByRole("link", { name: "Réglages de la coopérative" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Antennes" }).getAttribute("href")).toBe("/intranet/gestion/antennes");
  });

  it("keeps those cards from staff of an antenna", async () => {
    stubApi({ ...ANTENNA_STAFF, "/api/members/public/antennas": [] });
    renderIntranet("", intranetHome, "/intranet");
    expect(await screen.findByRole("link", { name: "Comptes" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Réglages de la coopérative" })).toBeNull();
    expect(screen.queryByRole("link", { name: "Antennes" })).toBeNull();
  });

  it("leads the first staff account through setting an empty platform up", async () => {
    stubApi({ ...HEAD_OFFICE, "/api/members/public/antennas": [] });
    renderIntranet(
      "",
      intranetHome,
      "/intranet",
      aCooperative({ configured: false, name: "Coopérative d'activités et d'emploi" }),
    );
    const steps = await screen.findByRole("region", { name: "Première mise en route" });
    expect(within(steps).getByRole("link", { name: "Décrire la coopérative" }).getAttribute("href")).toBe(
      "/intranet/gestion/reglages",
    );
    expect(within(steps).getByRole("link", { name: "Créer la première antenne" }).getAttribute("href")).toBe(
      "/intranet/gestion/antennes",
    );
    expect(within(steps).getByRole("link", { name: "Inviter l'équipe" }).getAttribute("href")).toBe(
      "/intranet/gestion/comptes",
    );
    expect(within(steps).queryByText(/\(fait\)/)).toBeNull();
  });

  it("keeps the antenna step once the cooperative is described, the first step marked done", async () => {
    stubApi({ ...HEAD_OFFICE, "/api/members/public/antennas": [] });
    renderIntranet("", intranetHome, "/intranet");
    const steps = await screen.findByRole("region", { name: "Première mise en route" });
    expect(
      within(steps).getByText("La coopérative est décrite ; il lui manque encore une antenne.", { exact: false }),
    ).toBeTruthy();
    expect(within(steps).getAllByText(/\(fait\)/)).toHaveLength(1);
    expect(within(steps).getByRole("link", { name: "Créer la première antenne" })).toBeTruthy();
  });

  it("shows no first-start steps once the cooperative is described and has an antenna", async () => {
    stubApi({
      ...HEAD_OFFICE,
      "/api/members/public/antennas": [
        { code: "annecy", name: "Annecy", street: "", postalCode: "74000", town: "Annecy" },
      ],
    });
    renderIntranet("", intranetHome, "/intranet");
    expect(await screen.findByRole("link", { name: "Réglages de la coopérative" })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Première mise en route" })).toBeNull();
  });

  it("shows no first-start steps to staff of an antenna", async () => {
    stubApi({ ...ANTENNA_STAFF, "/api/members/public/antennas": [] });
    renderIntranet("", intranetHome, "/intranet", aCooperative({ configured: false }));
    expect(await screen.findByRole("link", { name: "Comptes" })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Première mise en route" })).toBeNull();
  });
});
