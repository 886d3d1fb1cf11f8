// Entrepreneur pages: workshops, attendance, appointments, fairs, dashboard.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import * as appointments from "../app/appointments/appointments";
import * as dashboard from "../app/dashboard/dashboard";
import * as fairs from "../app/fairs/fairs";
import * as attendance from "../app/workshops/attendance";
import * as workshops from "../app/workshops/workshops";
import {
  aDashboard,
  anAppointment,
  aRegistration,
  aResourceSummary,
  aSlot,
  aSummary,
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

const ME = { "/bff/user": userWith("entrepreneur") };

describe("/intranet/ateliers", () => {
  const upcoming = () => ({
    upcoming: [
      { event: aWorkshop(), registration: null },
      {
        event: aWorkshop({ id: "w2", title: "La TVA sans peur" }),
        registration: aRegistration({ id: "r2", status: "WAITLISTED", position: 2 }),
      },
      { event: aWorkshop({ id: "w3", title: "Trouver ses clients" }), registration: aRegistration({ id: "r3" }) },
      { event: aWorkshop({ id: "w4", title: "Atelier reporté", status: "CANCELLED" }), registration: null },
    ],
    suggestions: [
      {
        missed: aWorkshop({ id: "m0", title: "Faire un devis", startsAt: "2027-01-05T14:00:00+01:00" }),
        next: aWorkshop({ id: "m1", title: "Faire un devis (session 2)" }),
      },
    ],
  });

  it("shows each workshop with its status and the position on the waiting list", async () => {
    stubApi({ ...ME, "/api/events/me/workshops": upcoming() });
    renderIntranet("ateliers", workshops, "/intranet/ateliers");
    expect(await screen.findByRole("heading", { level: 1, name: "Mes ateliers" })).toBeTruthy();
    const item = (title: string) => screen.getByRole("heading", { name: title }).closest("li")!;
    expect(
      within(item("Fixer ses prix")).getByRole("button", { name: "M'inscrire : Fixer ses prix, mardi 9 février 2027" }),
    ).toBeTruthy();
    expect(within(item("Fixer ses prix")).getByText("4 places restantes")).toBeTruthy();
    expect(within(item("La TVA sans peur")).getByText("En attente : position 2 sur la liste d'attente")).toBeTruthy();
    expect(within(item("La TVA sans peur")).getByRole("button", { name: /^Quitter la liste d'attente/ })).toBeTruthy();
    expect(within(item("Trouver ses clients")).getByText("Inscrit·e")).toBeTruthy();
    expect(within(item("Atelier reporté")).getByText("Annulé")).toBeTruthy();
    expect(within(item("Atelier reporté")).queryByRole("button")).toBeNull();
    expect(
      screen.getByRole("link", { name: "Mon historique de présences et mon attestation" }).getAttribute("href"),
    ).toBe("/intranet/presences");
  });

  it("lists the resources of a workshop to come and of one missed, and asks nothing for a workshop without any", async () => {
    const fetchMock = stubApi({
      ...ME,
      "/api/events/me/workshops": {
        upcoming: [
          { event: aWorkshop({ resources: ["fixer-ses-prix"] }), registration: null },
          { event: aWorkshop({ id: "w2", title: "La TVA sans peur" }), registration: null },
        ],
        suggestions: [
          {
            missed: aWorkshop({ id: "m0", title: "Faire un devis", resources: ["modele-de-devis"] }),
            next: aWorkshop({ id: "m1", title: "Faire un devis (session 2)" }),
          },
        ],
      },
      "/api/resources/public/events/w1/resources": [
        aResourceSummary({ id: "r1", slug: "fixer-ses-prix", title: "Module : fixer ses prix" }),
      ],
      "/api/resources/public/events/m0/resources": [
        aResourceSummary({ id: "r2", slug: "modele-de-devis", title: "Modèle de devis" }),
      ],
    });
    renderIntranet("ateliers", workshops, "/intranet/ateliers");
    const module = await screen.findByRole("link", {
      name: "Module : fixer ses prix (ressource de « Fixer ses prix »)",
    });
    expect(module.getAttribute("href")).toBe("/intranet/ressources/fixer-ses-prix");
    const missed = screen.getByRole("link", { name: "Modèle de devis (ressource de « Faire un devis »)" });
    expect(missed.getAttribute("href")).toBe("/intranet/ressources/modele-de-devis");
    expect(callsTo(fetchMock, "GET", "/api/resources/public/events/w2/resources")).toHaveLength(0);
  });

  it("offers registration to a workshop although the API's registrationOpen (the public form) is false", async () => {
    stubApi({
      ...ME,
      "/api/events/me/workshops": {
        upcoming: [
          { event: aWorkshop({ registrationOpen: false }), registration: null },
          {
            event: aWorkshop({
              id: "w5",
              kind: "MONTHLY_MEETING",
              title: "Réunion mensuelle",
              registrationOpen: false,
            }),
            registration: null,
          },
          { event: aWorkshop({ id: "w6", kind: "FAIR", title: "Salon", registrationOpen: false }), registration: null },
        ],
        suggestions: [],
      },
    });
    renderIntranet("ateliers", workshops, "/intranet/ateliers");
    const item = (title: string) => screen.getByRole("heading", { name: title }).closest("li")!;
    expect(
      await screen.findByRole("button", { name: "M'inscrire : Fixer ses prix, mardi 9 février 2027" }),
    ).toBeTruthy();
    expect(
      within(item("Réunion mensuelle")).getByRole("button", { name: /^M'inscrire : Réunion mensuelle/ }),
    ).toBeTruthy();
    expect(within(item("Salon")).getByText("Inscriptions closes")).toBeTruthy();
  });

  it("registers with the CSRF header and says when the workshop is full", async () => {
    setCsrfCookie("c-w");
    const fetchMock = stubApi({
      ...ME,
      "/api/events/me/workshops": upcoming(),
      "/api/events/me/registrations": () => json(aRegistration({ status: "WAITLISTED", position: 5 }), 201),
    });
    renderIntranet("ateliers", workshops, "/intranet/ateliers");
    await click(/^M'inscrire : Fixer ses prix/);
    expect((await screen.findByRole("status")).textContent).toBe(
      "« Fixer ses prix » est complet : vous êtes sur la liste d'attente (position 5). Nous vous écrirons si une place se libère.",
    );
    const [post] = callsTo(fetchMock, "POST", "/api/events/me/registrations");
    expect(post.body).toEqual({ eventId: "w1" });
    expect(post.headers.get("X-XSRF-TOKEN")).toBe("c-w");
    // the list is loaded again
    await waitFor(() => expect(callsTo(fetchMock, "GET", "/api/events/me/workshops")).toHaveLength(2));
  });

  it("re-registers in one click after an absence", async () => {
    const fetchMock = stubApi({
      ...ME,
      "/api/events/me/workshops": upcoming(),
      "/api/events/me/registrations": () => json(aRegistration(), 201),
    });
    renderIntranet("ateliers", workshops, "/intranet/ateliers");
    const suggestions = await screen.findByRole("region", { name: "Rattraper un atelier manqué" });
    expect(
      within(suggestions).getByText(/Vous n'avez pas pu assister à « Faire un devis » le mardi 5 janvier 2027/),
    ).toBeTruthy();
    await click(/^Me réinscrire : Faire un devis \(session 2\)/);
    expect((await screen.findByRole("status")).textContent).toBe(
      "Vous êtes inscrit·e à « Faire un devis (session 2) ».",
    );
    expect(callsTo(fetchMock, "POST", "/api/events/me/registrations")[0].body).toEqual({ eventId: "m1" });
  });

  it("keeps the re-registration's confirmation in sight once the suggestion is gone", async () => {
    let reads = 0;
    stubApi({
      ...ME,
      // after the registration, the API no longer suggests that session
      "/api/events/me/workshops": () => json(reads++ === 0 ? upcoming() : { ...upcoming(), suggestions: [] }),
      "/api/events/me/registrations": () => json(aRegistration(), 201),
    });
    renderIntranet("ateliers", workshops, "/intranet/ateliers");
    await click(/^Me réinscrire : Faire un devis \(session 2\)/);
    await waitFor(() => expect(screen.queryByRole("region", { name: "Rattraper un atelier manqué" })).toBeNull());
    expect(screen.getByRole("status").textContent).toBe("Vous êtes inscrit·e à « Faire un devis (session 2) ».");
  });

  it("cancels with DELETE and shows the 409 detail when it is too late", async () => {
    setCsrfCookie("c-x");
    const fetchMock = stubApi({
      ...ME,
      "/api/events/me/workshops": upcoming(),
      "/api/events/me/registrations/r3": () =>
        problem(409, {
          type: "https://coopemploi.com/problems/too-late",
          detail: "L'atelier a commencé : l'inscription ne peut plus être annulée.",
        }),
    });
    renderIntranet("ateliers", workshops, "/intranet/ateliers");
    await click(/^Annuler mon inscription : Trouver ses clients/);
    expect((await screen.findByRole("alert")).textContent).toContain(
      "L'atelier a commencé : l'inscription ne peut plus être annulée.",
    );
    expect(callsTo(fetchMock, "DELETE", "/api/events/me/registrations/r3")[0].headers.get("X-XSRF-TOKEN")).toBe("c-x");
  });

  it("shows the French detail of a 403 and the login link of a 401", async () => {
    stubApi({
      ...ME,
      "/api/events/me/workshops": () => problem(403, { detail: "Cette page est réservée aux entrepreneurs." }),
    });
    const { unmount } = renderIntranet("ateliers", workshops, "/intranet/ateliers");
    expect(await screen.findByText("Cette page est réservée aux entrepreneurs.")).toBeTruthy();
    unmount();
    stubApi({ ...ME, "/api/events/me/workshops": () => problem(401, { detail: "x" }) });
    renderIntranet("ateliers", workshops, "/intranet/ateliers");
    expect(await screen.findByText(/Votre session a expiré/)).toBeTruthy();
  });
});

describe("/intranet/presences", () => {
  it("lists attendance in French with the certificate link", async () => {
    stubApi({
      ...ME,
      "/api/events/me/attendance": [
        { event: aWorkshop(), attendance: "PRESENT" },
        { event: aWorkshop({ id: "w2", title: "La TVA" }), attendance: "EXCUSED" },
        { event: aWorkshop({ id: "w3", title: "Les clients" }), attendance: null },
      ],
    });
    renderIntranet("presences", attendance, "/intranet/presences");
    const table = await screen.findByRole("table", { name: /Historique de mes présences/ });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) => within(r).getAllByRole("cell").at(-1)!.textContent);
    expect(rows).toEqual(["Présent·e", "Excusé·e", "Non renseignée"]);
    const link = screen.getByRole("link", { name: "Télécharger mon attestation de présence (PDF)" });
    expect(link.getAttribute("href")).toBe("/api/events/me/attendance/certificate.pdf");
  });
});

describe("/intranet/rendez-vous", () => {
  const routes = (extra: Record<string, unknown> = {}) => ({
    ...ME,
    "/api/events/me/appointments": [anAppointment()],
    "/api/events/slots": [aSlot(), aSlot({ id: "sl2", coach: { subject: "coach-anne", name: "Anne Roux" } })],
    "/api/events/slots?coach=coach-anne": [aSlot({ id: "sl2", coach: { subject: "coach-anne", name: "Anne Roux" } })],
    "/api/events/me/calendar-link": { url: "/api/events/public/calendars/s3cr3t.ics" },
    ...extra,
  });

  it("lists my appointments, the open slots and my personal calendar link", async () => {
    stubApi(routes());
    renderIntranet("rendez-vous", appointments, "/intranet/rendez-vous");
    const mine = await screen.findByRole("region", { name: "Mes rendez-vous" });
    expect(within(mine).getByRole("heading", { name: "Avec Paul Girard" })).toBeTruthy();
    expect(within(mine).getByText("Sujet : Mes prix de vente")).toBeTruthy();
    const slots = screen.getByRole("region", { name: "Réserver un rendez-vous" });
    expect(within(slots).getAllByRole("button", { name: /^Réserver le créneau/ })).toHaveLength(2);
    expect(within(slots).getByRole("option", { name: "Anne Roux" })).toBeTruthy();
    const input = screen.getByLabelText("Adresse de mon agenda personnel") as HTMLInputElement;
    expect(input.value).toBe("http://localhost:3000/api/events/public/calendars/s3cr3t.ics");
    expect(screen.getByRole("link", { name: "Ouvrir dans mon application d'agenda" }).getAttribute("href")).toBe(
      "webcal://localhost:3000/api/events/public/calendars/s3cr3t.ics",
    );
  });

  it("filters the slots by coach", async () => {
    const fetchMock = stubApi(routes());
    renderIntranet("rendez-vous", appointments, "/intranet/rendez-vous?accompagnateur=coach-anne");
    const slots = await screen.findByRole("region", { name: "Réserver un rendez-vous" });
    await waitFor(() => expect(within(slots).getAllByRole("button", { name: /^Réserver le créneau/ })).toHaveLength(1));
    expect((screen.getByLabelText("Accompagnateur") as HTMLSelectElement).value).toBe("coach-anne");
    expect(callsTo(fetchMock, "GET", "/api/events/slots").map((c) => c.url.search)).toContain("?coach=coach-anne");
  });

  it("books a slot with a topic", async () => {
    setCsrfCookie("c-b");
    const fetchMock = stubApi(
      routes({
        "/api/events/slots/sl1/booking": () => json(anAppointment({ startsAt: "2027-01-20T10:00:00+01:00" }), 201),
      }),
    );
    renderIntranet("rendez-vous", appointments, "/intranet/rendez-vous");
    await click(/^Réserver le créneau du mercredi 20 janvier 2027 à 10\sh avec Paul Girard/);
    fireEvent.change(screen.getByLabelText(/Sujet du rendez-vous/), { target: { value: "Mon business plan" } });
    await click("Confirmer la réservation");
    expect(
      (await screen.findByText(/Rendez-vous réservé avec Paul Girard le mercredi 20 janvier 2027 à 10 h/)).closest(
        "[role=status]",
      ),
    ).toBeTruthy();
    const [post] = callsTo(fetchMock, "POST", "/api/events/slots/sl1/booking");
    expect(post.body).toEqual({ topic: "Mon business plan" });
    expect(post.headers.get("X-XSRF-TOKEN")).toBe("c-b");
  });

  it("keeps the cancellation's confirmation in sight once the appointment leaves the list", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2027-01-10T00:00:00+01:00") });
    try {
      let reads = 0;
      stubApi(
        routes({
          "/api/events/me/appointments": () => json(reads++ === 0 ? [anAppointment()] : []),
          "/api/events/me/appointments/a1": () => json(anAppointment({ status: "CANCELLED" })),
        }),
      );
      renderIntranet("rendez-vous", appointments, "/intranet/rendez-vous");
      await click("Annuler le rendez-vous du jeudi 21 janvier 2027");
      await click("Oui, annuler le rendez-vous");
      const mine = screen.getByRole("region", { name: "Mes rendez-vous" });
      expect(await within(mine).findByText("Vous n'avez aucun rendez-vous pour le moment.")).toBeTruthy();
      expect(plain(within(mine).getByRole("status").textContent)).toBe(
        "Votre rendez-vous du jeudi 21 janvier 2027 à 10 h est annulé.",
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it("cancels an appointment after a confirmation, and shows the 409 too-late detail", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2027-01-21T00:00:00+01:00") });
    try {
      const fetchMock = stubApi(
        routes({
          "/api/events/me/appointments/a1": () =>
            problem(409, { detail: "Un rendez-vous s'annule au plus tard 24 heures avant." }),
        }),
      );
      renderIntranet("rendez-vous", appointments, "/intranet/rendez-vous");
      await click("Annuler le rendez-vous du jeudi 21 janvier 2027");
      await click("Oui, annuler le rendez-vous");
      expect((await screen.findByRole("alert")).textContent).toContain(
        "Un rendez-vous s'annule au plus tard 24 heures avant.",
      );
      expect(callsTo(fetchMock, "DELETE", "/api/events/me/appointments/a1")).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("copies the calendar link and renews it", async () => {
    setCsrfCookie("c-r");
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const fetchMock = stubApi(
      routes({ "/api/events/me/calendar-link/renew": () => json({ url: "/api/events/public/calendars/n3w.ics" }) }),
    );
    renderIntranet("rendez-vous", appointments, "/intranet/rendez-vous");
    await click("Copier le lien");
    expect(writeText).toHaveBeenCalledWith("http://localhost:3000/api/events/public/calendars/s3cr3t.ics");
    expect(await screen.findByText(/Le lien est copié/)).toBeTruthy();

    await click("Renouveler le lien");
    await click("Oui, renouveler le lien");
    await waitFor(() =>
      expect((screen.getByLabelText("Adresse de mon agenda personnel") as HTMLInputElement).value).toBe(
        "http://localhost:3000/api/events/public/calendars/n3w.ics",
      ),
    );
    expect(screen.getByText(/Le lien est renouvelé/)).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/events/me/calendar-link/renew")[0].headers.get("X-XSRF-TOKEN")).toBe("c-r");
  });
});

describe("/intranet/salons", () => {
  it("toggles « J'y serai » with PUT and DELETE", async () => {
    setCsrfCookie("c-f");
    const fair = (id: string, title: string) => aSummary({ id, kind: "FAIR", kindLabel: "Salon", title });
    const fetchMock = stubApi({
      ...ME,
      "/api/events/me/fairs": [
        { event: fair("f1", "Salon des métiers d'art"), attending: false },
        { event: fair("f2", "Foire de Cluses"), attending: true },
      ],
      "/api/events/me/fairs/f1": () => new Response(null, { status: 204 }),
      "/api/events/me/fairs/f2": () => new Response(null, { status: 204 }),
    });
    renderIntranet("salons", fairs, "/intranet/salons");
    const off = await screen.findByRole("button", { name: "J'y serai : Salon des métiers d'art" });
    const on = screen.getByRole("button", { name: "J'y serai : Foire de Cluses" });
    expect(off.getAttribute("aria-pressed")).toBe("false");
    expect(on.getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("link", { name: "Salon des métiers d'art" }).getAttribute("href")).toBe("/agenda/f1");

    await click("J'y serai : Salon des métiers d'art");
    expect(await screen.findByText("C'est noté : vous exposez à « Salon des métiers d'art ».")).toBeTruthy();
    expect(callsTo(fetchMock, "PUT", "/api/events/me/fairs/f1")[0].headers.get("X-XSRF-TOKEN")).toBe("c-f");

    await click("J'y serai : Foire de Cluses");
    expect(await screen.findByText("Vous ne figurez plus parmi les exposants de « Foire de Cluses ».")).toBeTruthy();
    expect(callsTo(fetchMock, "DELETE", "/api/events/me/fairs/f2")).toHaveLength(1);
  });
});

describe("/intranet/tableau-de-bord", () => {
  const figures = aDashboard();

  it("shows the figures as of the last import, each month with its source, the treasury and the objectives", async () => {
    stubApi({ ...ME, "/api/dashboard/me": figures });
    renderIntranet("tableau-de-bord", dashboard, "/intranet/tableau-de-bord");
    expect(await screen.findByText(/Chiffres au lundi 30 novembre 2026/)).toBeTruthy();
    const table = await screen.findByRole("table", { name: /par mois/ });
    // amounts use no-break spaces; compare them as plain spaces
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => plain(r.textContent!));
    expect(rows[1]).toBe("Novembre 20261 800,00 €400,50 €1 399,50 €120 h3 hComptabilité");
    expect(rows[2]).toBe("Décembre 20262 350,25 €650,00 €1 700,25 €120 h3 hSaisi");
    const totals = screen.getByRole("region", { name: "Depuis le début de l'année" });
    expect(within(totals).getByText("4 150,25 €", { normalizer: plain })).toBeTruthy();
    expect(within(totals).getByText("6 500,00 €", { normalizer: plain })).toBeTruthy();
    const treasury = screen.getByRole("table", { name: /Trésorerie de référence/ });
    expect(plain(treasury.textContent!)).toContain("Trésorerie de référence4 000,00 €");
    expect(plain(treasury.textContent!)).toContain("Trésorerie future2 500,00 €");
    expect(screen.getByRole("table", { name: "Factures en retard" }).textContent).toContain("Bijouterie du Lac");
    const objectives = screen.getByRole("region", { name: "Objectifs de la convention" });
    const revenue = within(objectives)
      .getByRole("heading", { name: /première année/ })
      .closest("li")!;
    expect(within(revenue).getByText(/Avancement : 50 % \(60 % du temps écoulé\)/)).toBeTruthy();
    expect((within(revenue).getByRole("progressbar") as HTMLProgressElement).value).toBe(50);
    expect(screen.getByRole("link", { name: "tableau (CSV)" }).getAttribute("href")).toBe(
      "/api/dashboard/me/export.csv",
    );
    expect(screen.getByRole("link", { name: "PDF" }).getAttribute("href")).toBe("/api/dashboard/me/export.pdf");
  });

  it("draws the months with the charting library, hidden from screen readers that read the table", async () => {
    stubApi({ ...ME, "/api/dashboard/me": figures });
    renderIntranet("tableau-de-bord", dashboard, "/intranet/tableau-de-bord");
    await screen.findByRole("table", { name: /par mois/ });
    const figure = screen.getByText(/Le détail mois par mois figure dans le tableau/).closest("figure")!;
    const canvas = figure.querySelector(".chart-canvas")!;
    expect(canvas.getAttribute("aria-hidden")).toBe("true");
    expect(canvas.querySelector("svg.recharts-surface")).toBeTruthy();
  });

  it("says so before any accounting import", async () => {
    stubApi({ ...ME, "/api/dashboard/me": { ...figures, figuresAsOf: null, objectives: [] } });
    renderIntranet("tableau-de-bord", dashboard, "/intranet/tableau-de-bord");
    expect(await screen.findByText(/Aucune comptabilité n'est encore importée/)).toBeTruthy();
    expect(screen.getByText(/Aucun objectif n'est fixé/)).toBeTruthy();
  });
});
