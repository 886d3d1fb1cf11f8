// The intranet shell: who may enter, the home page per role, and the session menu in the header.
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import * as home from "../app/intranet/home";
import { LoadFailure } from "../app/intranet/page";
import * as resources from "../app/resources/centre";
import * as workshops from "../app/workshops/workshops";
import { ANTENNAS, problem, stubApi, stubApiDown, userWith } from "./fixtures";
import { renderIntranet } from "./render";

const cardsOf = (region: HTMLElement) =>
  within(region)
    .getAllByRole("heading", { level: 3 })
    .map((h) => [h.textContent, within(h).getByRole("link").getAttribute("href")]);

describe("intranet home", () => {
  it("lists an entrepreneur's tools as cards", async () => {
    stubApi({ "/bff/user": userWith("entrepreneur"), "/api/members/public/antennas": ANTENNAS });
    renderIntranet("", home, "/intranet");
    const region = await screen.findByRole("region", { name: "Espace entrepreneur" });
    expect(cardsOf(region)).toEqual([
      ["Mes ateliers", "/intranet/ateliers"],
      ["Mes rendez-vous", "/intranet/rendez-vous"],
      ["Mon dossier", "/intranet/mon-dossier"],
      ["Mon tableau de bord", "/intranet/tableau-de-bord"],
      ["Ma vitrine", "/intranet/ma-vitrine"],
      ["Les salons", "/intranet/salons"],
      ["Mon agenda personnel", "/intranet/rendez-vous#agenda-personnel"],
      ["Centre de ressources", "/intranet/ressources"],
      ["Questions-réponses", "/intranet/questions"],
    ]);
    expect(screen.queryByRole("region", { name: "Équipe permanente" })).toBeNull();
  });

  it("lists a coach's, a prescriber's and the staff's tools", async () => {
    stubApi({
      "/bff/user": userWith("coach", "prescriber", "staff"),
      "/api/members/public/antennas": ANTENNAS,
      "/api/resources/review": { count: 2, waiting: [], dueAgain: [] },
    });
    renderIntranet("", home, "/intranet");
    const coach = await screen.findByRole("region", { name: "Espace accompagnateur" });
    expect(cardsOf(coach)).toEqual([
      ["Mes sessions (présences)", "/intranet/sessions"],
      ["Mes créneaux et rendez-vous", "/intranet/creneaux"],
      ["Mes entrepreneurs", "/intranet/entrepreneurs"],
      ["Vitrines à valider", "/intranet/vitrines"],
      ["Mon portefeuille", "/intranet/portefeuille"],
      ["Mon profil d'accompagnateur", "/intranet/mon-profil"],
      ["Centre de ressources", "/intranet/ressources"],
      ["Ressources à valider", "/intranet/ressources/validation"],
      ["Questions-réponses", "/intranet/questions"],
    ]);
    // the review queue's count on its card
    expect(await within(coach).findByText("2 contributions attendent votre décision.")).toBeTruthy();
    expect(cardsOf(screen.getByRole("region", { name: "Espace prescripteur" }))).toEqual([
      ["Inscrire une personne", "/intranet/orienter"],
      ["Les personnes que j'ai orientées", "/intranet/orientations"],
    ]);
    expect(cardsOf(screen.getByRole("region", { name: "Équipe permanente" }))).toEqual([
      ["Agenda (gestion)", "/intranet/gestion/agenda"],
      ["Comptes", "/intranet/gestion/comptes"],
      ["Données personnelles", "/intranet/gestion/donnees-personnelles"],
      ["Adresses en échec", "/intranet/gestion/adresses-en-echec"],
      ["Conservation des données", "/intranet/gestion/conservation"],
      ["Organisations", "/intranet/gestion/organisations"],
      ["Personnes orientées", "/intranet/gestion/orientations"],
      ["Réglages de la coopérative", "/intranet/gestion/reglages"],
      ["Pages de présentation", "/intranet/gestion/pages"],
      ["Antennes", "/intranet/gestion/antennes"],
      ["Vitrines à valider", "/intranet/vitrines"],
      ["Portefeuille d'entrepreneurs", "/intranet/portefeuille"],
      ["Imports de la comptabilité", "/intranet/gestion/imports"],
      ["Chiffres pour les financeurs", "/intranet/financeurs"],
      ["Moteur de recherche", "/intranet/gestion/recherche"],
      ["Centre de ressources", "/intranet/ressources"],
      ["Questions-réponses", "/intranet/questions"],
    ]);
    expect(screen.getAllByText("Accompagnateur, Prescripteur, Équipe permanente").length).toBeGreaterThan(0);
  });

  it("gives a funder the cooperative's figures", async () => {
    stubApi({ "/bff/user": userWith("funder"), "/api/members/public/antennas": ANTENNAS });
    renderIntranet("", home, "/intranet");
    expect(cardsOf(await screen.findByRole("region", { name: "Espace financeur" }))).toEqual([
      ["Chiffres de la coopérative", "/intranet/financeurs"],
    ]);
    expect(screen.getAllByText("Financeur").length).toBeGreaterThan(0);
  });

  it("tells a user without a role whom to ask", async () => {
    stubApi({ "/bff/user": userWith(), "/api/members/public/antennas": ANTENNAS });
    renderIntranet("", home, "/intranet");
    expect(await screen.findByText(/Votre compte n'a pas encore de rôle/)).toBeTruthy();
    expect(screen.getByText("Aucun rôle attribué")).toBeTruthy();
  });

  it("says when the login service cannot be reached", async () => {
    stubApiDown();
    renderIntranet("", home, "/intranet");
    expect(await screen.findByText(/Le service de connexion est momentanément indisponible/)).toBeTruthy();
  });

  it("treats a 401 from /bff/user as a visitor", async () => {
    stubApi({ "/bff/user": () => problem(401) });
    renderIntranet("", home, "/intranet");
    expect(await screen.findByRole("heading", { level: 1, name: "Espace membres" })).toBeTruthy();
    expect((await screen.findAllByRole("link", { name: "Se connecter" }))[0].getAttribute("href")).toBe(
      "/oauth2/authorization/keycloak",
    );
  });

  it("keeps inner pages behind the login too, with a link back to the home of the space", async () => {
    stubApi({ "/bff/user": { authenticated: false } });
    renderIntranet("ressources", resources, "/intranet/ressources");
    expect(await screen.findByRole("heading", { level: 1, name: "Espace membres" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Centre de ressources" })).toBeNull();
  });

  it("never asks a member API for a visitor", async () => {
    const fetchMock = stubApi({ "/bff/user": { authenticated: false } });
    renderIntranet("ateliers", workshops, "/intranet/ateliers");
    expect(await screen.findByRole("heading", { level: 1, name: "Espace membres" })).toBeTruthy();
    expect(fetchMock.mock.calls.map(([u]) => String(u))).toEqual(["/bff/user"]);
  });
});

describe("load failures", () => {
  it("offer the login link on 401", () => {
    render(<LoadFailure result={{ status: 401 }} />);
    expect(screen.getByText(/Votre session a expiré/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Se connecter" }).getAttribute("href")).toBe(
      "/oauth2/authorization/keycloak",
    );
  });

  it("show the French detail of a 403, or a French fallback", () => {
    const { unmount } = render(
      <LoadFailure result={{ status: 403, problem: { detail: "Cette page est réservée aux accompagnateurs." } }} />,
    );
    expect(screen.getByText("Cette page est réservée aux accompagnateurs.")).toBeTruthy();
    unmount();
    render(<LoadFailure result={{ status: 403 }} />);
    expect(screen.getByText(/réservée à d'autres profils/)).toBeTruthy();
  });

  it("say the service is unavailable otherwise", () => {
    render(<LoadFailure result={{ status: 0 }} />);
    expect(screen.getByText(/momentanément indisponibles/)).toBeTruthy();
  });
});
