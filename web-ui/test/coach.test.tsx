// Coach pages: sessions and attendance, slots and appointment notes, followed entrepreneurs.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as entrepreneurs from "../app/accounts/entrepreneurs";
import * as slots from "../app/appointments/slots";
import * as session from "../app/workshops/session";
import * as sessions from "../app/workshops/sessions";
import {
  ANTENNAS,
  anAppointment,
  aPerson,
  aRegistration,
  aSlot,
  aWorkshop,
  callsTo,
  json,
  plain,
  problem,
  setCsrfCookie,
  stubApi,
  userWith,
} from "./fixtures";
import { click, renderIntranet } from "./render";

const ME = { "/bff/user": userWith("coach") };

describe("/intranet/sessions", () => {
  it("lists my sessions with their counts and links to the attendance page", async () => {
    stubApi({ ...ME, "/api/events/coach/sessions": [{ event: aWorkshop(), confirmed: 8, waiting: 2 }] });
    renderIntranet("sessions", sessions, "/intranet/sessions");
    const table = await screen.findByRole("table", { name: "Mes ateliers et réunions" });
    const row = within(table).getAllByRole("row")[1];
    expect(within(row).getByRole("link", { name: "Fixer ses prix" }).getAttribute("href")).toBe(
      "/intranet/sessions/w1",
    );
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => plain(c.textContent)),
    ).toEqual(["mardi 9 février 2027, de 14 h à 17 h", "8", "2"]);
  });
});

describe("/intranet/sessions/:id", () => {
  const routes = (extra: Record<string, unknown> = {}) => ({
    ...ME,
    "/api/events/coach/sessions": [{ event: aWorkshop(), confirmed: 2, waiting: 1 }],
    "/api/events/coach/sessions/w1/registrations": [
      aRegistration({ id: "r1", firstName: "Léa", lastName: "Bernard", attendance: "PRESENT" }),
      aRegistration({ id: "r2", firstName: "Hugo", lastName: "Petit", email: "hugo@example.org" }),
      aRegistration({ id: "r3", firstName: "Inès", lastName: "Blanc", status: "WAITLISTED", position: 1 }),
    ],
    ...extra,
  });

  it("has a Présent / Absent / Excusé radio group per registered person and the sign-in sheet link", async () => {
    stubApi(routes());
    renderIntranet("sessions/:id", session, "/intranet/sessions/w1");
    expect(await screen.findByRole("heading", { level: 1, name: "Fixer ses prix" })).toBeTruthy();
    const lea = screen.getByRole("group", { name: /Léa Bernard/ });
    expect(
      within(lea)
        .getAllByRole("radio")
        .map((r) => (r.closest("label") as HTMLElement).textContent),
    ).toEqual(["Présent", "Absent", "Excusé"]);
    expect((within(lea).getByRole("radio", { name: "Présent" }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole("group", { name: /Bernard|Petit|Blanc/ })).toHaveLength(2); // not the waiting list
    expect(screen.getByText("Inès Blanc : En attente (position 1)")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Télécharger la feuille d'émargement (PDF)" }).getAttribute("href")).toBe(
      "/api/events/coach/sessions/w1/sign-in-sheet.pdf",
    );
  });

  it("saves the attendance with PUT and the CSRF header", async () => {
    setCsrfCookie("c-a");
    const fetchMock = stubApi(routes({ "/api/events/coach/sessions/w1/attendance": () => json([]) }));
    renderIntranet("sessions/:id", session, "/intranet/sessions/w1");
    const hugo = await screen.findByRole("group", { name: /Hugo Petit/ });
    fireEvent.click(within(hugo).getByRole("radio", { name: "Excusé" }));
    await click("Enregistrer les présences");
    expect((await screen.findByRole("status")).textContent).toBe("Présences enregistrées.");
    const [put] = callsTo(fetchMock, "PUT", "/api/events/coach/sessions/w1/attendance");
    expect(put.body).toEqual([
      { registrationId: "r1", attendance: "PRESENT" },
      { registrationId: "r2", attendance: "EXCUSED" },
    ]);
    expect(put.headers.get("X-XSRF-TOKEN")).toBe("c-a");
  });

  it("says how many people still have no attendance, and shows the 403 detail", async () => {
    stubApi(
      routes({
        "/api/events/coach/sessions/w1/attendance": () => problem(403, { detail: "Vous n'animez pas cette session." }),
      }),
    );
    renderIntranet("sessions/:id", session, "/intranet/sessions/w1");
    await click("Enregistrer les présences");
    expect((await screen.findByRole("alert")).textContent).toContain("Vous n'animez pas cette session.");
  });
});

describe("/intranet/creneaux", () => {
  // the coach's list holds the open slots too (status OPEN, nobody booked), past ones included
  const openSlot = (overrides: Partial<Parameters<typeof anAppointment>[0]> = {}) =>
    anAppointment({
      id: "sl1",
      startsAt: "2027-01-20T10:00:00+01:00",
      endsAt: "2027-01-20T11:00:00+01:00",
      entrepreneur: null,
      topic: null,
      status: "OPEN",
      ...overrides,
    });
  const routes = (extra: Record<string, unknown> = {}) => ({
    ...ME,
    "/api/events/coach/appointments": [
      openSlot(),
      openSlot({ id: "sl0", startsAt: "2026-12-01T10:00:00+01:00", endsAt: "2026-12-01T11:00:00+01:00" }),
      anAppointment({ note: "Revoir la grille tarifaire." }),
    ],
    "/api/members/public/antennas": ANTENNAS,
    ...extra,
  });
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2027-01-10T12:00:00+01:00") });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lists my open slots still to come and my booked appointments, without asking the entrepreneurs' slot list", async () => {
    const fetchMock = stubApi(routes());
    renderIntranet("creneaux", slots, "/intranet/creneaux");
    const open = await screen.findByRole("region", { name: "Mes créneaux libres" });
    expect(
      within(open)
        .getAllByRole("button", { name: /^Supprimer le créneau/ })
        .map((b) => plain(b.textContent)),
    ).toEqual(["Supprimer le créneau du mercredi 20 janvier 2027 à 10 h"]);
    const booked = screen.getByRole("region", { name: "Rendez-vous pris" });
    expect(within(booked).getByRole("heading", { name: "Marie Dupont" })).toBeTruthy();
    expect(within(booked).queryByText(/20 janvier/)).toBeNull();
    expect(callsTo(fetchMock, "GET", "/api/events/slots")).toHaveLength(0);
  });

  it("publishes a slot: Paris wall-clock times become ISO with the summer or winter offset", async () => {
    setCsrfCookie("c-s");
    const fetchMock = stubApi(
      routes({ "/api/events/coach/slots": () => json(aSlot({ startsAt: "2027-06-15T09:00:00+02:00" }), 201) }),
    );
    renderIntranet("creneaux", slots, "/intranet/creneaux");
    const form = await screen.findByRole("form", { name: "Publier un créneau" });
    fireEvent.change(within(form).getByLabelText("Début"), { target: { value: "2027-06-15T09:00" } });
    fireEvent.change(within(form).getByLabelText("Fin"), { target: { value: "2027-06-15T10:00" } });
    fireEvent.change(within(form).getByLabelText("Antenne"), { target: { value: "cluses" } });
    fireEvent.click(within(form).getByRole("button", { name: "Publier le créneau" }));
    expect(await within(form).findByText("Créneau publié pour le mardi 15 juin 2027 à 9 h.")).toBeTruthy();
    const [post] = callsTo(fetchMock, "POST", "/api/events/coach/slots");
    expect(post.body).toEqual({
      startsAt: "2027-06-15T09:00:00+02:00",
      endsAt: "2027-06-15T10:00:00+02:00",
      place: { kind: "ANTENNA", label: "Cluses", street: "12 rue du Marché", postalCode: "74300", town: "Cluses" },
    });
    expect(post.headers.get("X-XSRF-TOKEN")).toBe("c-s");
  });

  it("publishes an online slot in winter time", async () => {
    const fetchMock = stubApi(routes({ "/api/events/coach/slots": () => json(aSlot(), 201) }));
    renderIntranet("creneaux", slots, "/intranet/creneaux");
    const form = await screen.findByRole("form", { name: "Publier un créneau" });
    fireEvent.change(within(form).getByLabelText("Début"), { target: { value: "2027-12-01T14:30" } });
    fireEvent.change(within(form).getByLabelText("Fin"), { target: { value: "2027-12-01T15:30" } });
    fireEvent.change(within(form).getByLabelText("Type de lieu"), { target: { value: "ONLINE" } });
    fireEvent.change(within(form).getByLabelText(/Lien de connexion/), {
      target: { value: "https://visio.example/coop" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Publier le créneau" }));
    await waitFor(() => expect(callsTo(fetchMock, "POST", "/api/events/coach/slots")).toHaveLength(1));
    expect(callsTo(fetchMock, "POST", "/api/events/coach/slots")[0].body).toEqual({
      startsAt: "2027-12-01T14:30:00+01:00",
      endsAt: "2027-12-01T15:30:00+01:00",
      place: { kind: "ONLINE", label: "En ligne", url: "https://visio.example/coop" },
    });
  });

  it("checks the form before sending, and shows the API's field errors next to their fields", async () => {
    const fetchMock = stubApi(
      routes({
        "/api/events/coach/slots": () =>
          problem(400, {
            detail: "Données invalides.",
            errors: [{ field: "startsAt", message: "Le créneau doit commencer dans le futur." }],
          }),
      }),
    );
    renderIntranet("creneaux", slots, "/intranet/creneaux");
    const form = await screen.findByRole("form", { name: "Publier un créneau" });
    fireEvent.click(within(form).getByRole("button", { name: "Publier le créneau" }));
    expect(await within(form).findByText("Indiquez la date et l'heure de début.")).toBeTruthy();
    expect(within(form).getByText("Choisissez l'antenne.")).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/events/coach/slots")).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText("Début"), { target: { value: "2027-01-12T10:00" } });
    fireEvent.change(within(form).getByLabelText("Fin"), { target: { value: "2027-01-12T09:00" } });
    fireEvent.change(within(form).getByLabelText("Antenne"), { target: { value: "seynod" } });
    fireEvent.click(within(form).getByRole("button", { name: "Publier le créneau" }));
    expect(await within(form).findByText("La fin doit venir après le début.")).toBeTruthy();

    fireEvent.change(within(form).getByLabelText("Fin"), { target: { value: "2027-01-12T11:00" } });
    fireEvent.click(within(form).getByRole("button", { name: "Publier le créneau" }));
    const start = within(form).getByLabelText("Début");
    await waitFor(() => expect(start.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(start.getAttribute("aria-describedby")!)!.textContent).toBe(
      "Le créneau doit commencer dans le futur.",
    );
    const summary = within(form).getByRole("alert");
    expect(
      within(summary)
        .getByRole("link", { name: "Début : Le créneau doit commencer dans le futur." })
        .getAttribute("href"),
    ).toBe("#slot-startsAt");
    await waitFor(() => expect(document.activeElement).toBe(summary));
  });

  it("deletes an open slot after a confirmation and writes a note on an appointment", async () => {
    setCsrfCookie("c-n");
    const fetchMock = stubApi(
      routes({
        "/api/events/coach/slots/sl1": () => new Response(null, { status: 204 }),
        "/api/events/coach/appointments/a1/note": () => json(anAppointment({ note: "Prochaine étape : devis." })),
      }),
    );
    renderIntranet("creneaux", slots, "/intranet/creneaux");
    await click(/^Supprimer le créneau du mercredi 20 janvier 2027 à 10\sh$/);
    await click("Oui, supprimer");
    expect(await screen.findByText("Créneau supprimé.")).toBeTruthy();
    expect(callsTo(fetchMock, "DELETE", "/api/events/coach/slots/sl1")[0].headers.get("X-XSRF-TOKEN")).toBe("c-n");

    const note = screen.getByLabelText("Note de suivi") as HTMLTextAreaElement;
    expect(note.value).toBe("Revoir la grille tarifaire.");
    fireEvent.change(note, { target: { value: "Prochaine étape : devis." } });
    await click("Enregistrer la note du rendez-vous avec Marie Dupont");
    expect(await screen.findByText("Note enregistrée.")).toBeTruthy();
    expect(callsTo(fetchMock, "PUT", "/api/events/coach/appointments/a1/note")[0].body).toEqual({
      note: "Prochaine étape : devis.",
    });
  });
});

describe("/intranet/entrepreneurs", () => {
  it("lists the entrepreneurs I follow, each name opening their file", async () => {
    stubApi({
      ...ME,
      "/api/members/coach/entrepreneurs": [
        aPerson(),
        aPerson({ id: "p2", firstName: "Théo", lastName: "Arnaud", status: "INVITED", antenna: null }),
      ],
    });
    renderIntranet("entrepreneurs", entrepreneurs, "/intranet/entrepreneurs");
    const table = await screen.findByRole("table", { name: "Les entrepreneurs que j'accompagne" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([
      "Théo Arnaudmarie@example.org—Invitation envoyée",
      "Marie Dupontmarie@example.org" + "SeynodActif",
    ]);
    expect(within(table).getAllByRole("link", { name: "marie@example.org" })[0].getAttribute("href")).toBe(
      "mailto:marie@example.org",
    );
    expect(within(table).getByRole("link", { name: "Marie Dupont" }).getAttribute("href")).toBe(
      "/intranet/dossiers/ent-marie",
    );
  });
});
