// Staff pages: the agenda's management, accounts, organisations.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import * as accounts from "../app/accounts/accounts";
import * as organisations from "../app/accounts/organisations";
import * as agenda from "../app/agenda/staff-agenda";
import * as bounces from "../app/preferences/bounces";
import {
  ANTENNAS,
  anEvent,
  aPerson,
  aRegistration,
  aResourceSummary,
  aSummary,
  aWorkshop,
  callsTo,
  json,
  pageOf,
  problem,
  setCsrfCookie,
  stubApi,
  userWith,
} from "./fixtures";
import { click, renderIntranet } from "./render";

const ME = { "/bff/user": userWith("staff") };

describe("/intranet/gestion/agenda", () => {
  const routes = (extra: Record<string, unknown> = {}) => ({
    ...ME,
    "/api/members/public/antennas": ANTENNAS,
    "/api/events/staff/events": pageOf([
      { ...aWorkshop(), audience: "MEMBERS", description: "Comment fixer ses prix." },
      aSummary({ id: "e1", status: "CANCELLED", title: "Réunion reportée" }),
    ]),
    ...extra,
  });

  it("lists every event and passes the filters to the API", async () => {
    const fetchMock = stubApi(routes());
    renderIntranet(
      "gestion/agenda",
      agenda,
      "/intranet/gestion/agenda?kind=WORKSHOP&du=2027-01-01&au=2027-03-31&page=1",
    );
    const table = await screen.findByRole("table", { name: "Événements (2)" });
    const [, workshop, cancelled] = within(table).getAllByRole("row");
    expect(within(workshop).getByText(/Membres · Prix et devis/)).toBeTruthy();
    expect(within(workshop).getByText("4 libre(s) sur 12")).toBeTruthy();
    expect(within(cancelled).getByText("Annulé")).toBeTruthy();
    expect(within(cancelled).queryByRole("button", { name: /^Modifier/ })).toBeNull();
    // days become Paris midnights: the end day is included, up to the next midnight (summer time by then)
    const params = callsTo(fetchMock, "GET", "/api/events/staff/events")[0].url.searchParams;
    expect(Object.fromEntries(params)).toEqual({
      kind: "WORKSHOP",
      from: "2027-01-01T00:00:00+01:00",
      to: "2027-04-01T00:00:00+02:00",
      page: "1",
      size: "20",
    });
    expect((screen.getByLabelText("À partir du") as HTMLInputElement).value).toBe("2027-01-01");
  });

  it("offers staff of an antenna to change their antenna's events only", async () => {
    stubApi(
      routes({
        "/bff/user": { ...userWith("staff"), antennas: ["cluses"], managesEveryAntenna: false },
        "/api/events/staff/events": pageOf([
          { ...aWorkshop(), seriesId: "s1" },
          aSummary({ id: "c1", title: "Réunion à Cluses", antenna: { code: "cluses", name: "Cluses" } }),
        ]),
      }),
    );
    renderIntranet("gestion/agenda", agenda, "/intranet/gestion/agenda");
    const table = await screen.findByRole("table", { name: "Événements (2)" });
    const [, seynod, cluses] = within(table).getAllByRole("row");
    expect(within(seynod).getByText("Géré par l'antenne de Seynod")).toBeTruthy();
    expect(within(seynod).queryByRole("button", { name: /^Modifier|^Annuler/ })).toBeNull();
    expect(within(seynod).queryByRole("button", { name: /^Inscriptions/ })).toBeNull();
    expect(within(cluses).getByRole("button", { name: /^Modifier/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Créer un événement" }));
    const form = await screen.findByRole("form", { name: "Créer un événement" });
    const options = within(within(form).getByLabelText("Antenne") as HTMLSelectElement).getAllByRole("option");
    expect(options.map((o) => (o as HTMLOptionElement).value)).toEqual(["", "cluses"]);
  });

  it("attaches an online event created by staff of an antenna to their antenna", async () => {
    setCsrfCookie("c-o");
    const fetchMock = stubApi(
      routes({
        "/bff/user": { ...userWith("staff"), antennas: ["cluses"], managesEveryAntenna: false },
        "/api/events/staff/events": (_url: URL, init?: RequestInit) =>
          init?.method === "POST" ? json([aWorkshop({ id: "o1" })], 201) : json(pageOf([])),
      }),
    );
    renderIntranet("gestion/agenda", agenda, "/intranet/gestion/agenda");
    await click("Créer un événement");
    const form = await screen.findByRole("form", { name: "Créer un événement" });
    const set = (label: string | RegExp, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    set("Titre", "Tenir sa trésorerie");
    set(/^Résumé/, "Un atelier en visio.");
    set(/^Description/, "Tableaux de trésorerie.");
    set("Début", "2027-03-23T14:00");
    set("Fin", "2027-03-23T16:00");
    set("Type de lieu", "ONLINE");
    set("Lien de connexion", "https://visio.example.org/tresorerie");
    set(/^Nombre de places/, "20");
    fireEvent.click(within(form).getByRole("button", { name: "Créer" }));
    expect(await screen.findByText("L'événement « Tenir sa trésorerie » est créé.")).toBeTruthy();
    const [post] = callsTo(fetchMock, "POST", "/api/events/staff/events");
    expect(post.body).toMatchObject({
      place: { kind: "ONLINE", url: "https://visio.example.org/tresorerie" },
      antenna: "cluses",
    });
  });

  it("points a workshop to the centre's resources it uses, keeping one no longer listed until unticked", async () => {
    setCsrfCookie("c-r");
    const fetchMock = stubApi(
      routes({
        "/api/resources/public/resources": pageOf([
          aResourceSummary(),
          aResourceSummary({ id: "r3", slug: "modele-suivi-activite", title: "Modèle de suivi d'activité" }),
        ]),
        "/api/events/staff/events": (_url: URL, init?: RequestInit) =>
          init?.method === "PUT"
            ? json(aWorkshop())
            : json(pageOf([{ ...aWorkshop(), resources: ["fixer-ses-prix", "ancienne-fiche"] }])),
        "/api/events/staff/events/w1": { ...aWorkshop(), resources: ["fixer-ses-prix", "ancienne-fiche"] },
      }),
    );
    renderIntranet("gestion/agenda", agenda, "/intranet/gestion/agenda?modifier=w1");
    const form = await screen.findByRole("form", { name: /^Modifier/ });
    const used = within(form).getByRole("group", { name: /^Ressources du centre utilisées/ });
    const box = (name: string) => within(used).getByLabelText(name) as HTMLInputElement;
    expect(box("Fixer ses prix").checked).toBe(true);
    expect(box("Modèle de suivi d'activité").checked).toBe(false);
    expect(box("ancienne-fiche").checked).toBe(true);
    fireEvent.click(box("Modèle de suivi d'activité"));
    fireEvent.click(box("ancienne-fiche"));
    fireEvent.change(within(form).getByLabelText(/^Description/), { target: { value: "Apportez vos chiffres." } });
    fireEvent.click(within(form).getByRole("button", { name: "Enregistrer les modifications" }));
    await waitFor(() => expect(callsTo(fetchMock, "PUT", "/api/events/staff/events/w1")).toHaveLength(1));
    const [put] = callsTo(fetchMock, "PUT", "/api/events/staff/events/w1");
    expect(put.body.resources).toEqual(["fixer-ses-prix", "modele-suivi-activite"]);
  });

  it("creates a weekly series: Paris times in winter and summer become ISO with their offsets", async () => {
    setCsrfCookie("c-e");
    const created = [
      aWorkshop({ startsAt: "2027-03-23T14:00:00+01:00" }),
      aWorkshop({ startsAt: "2027-04-06T14:00:00+02:00" }),
    ];
    const fetchMock = stubApi(
      routes({
        "/api/events/staff/events": (_url: URL, init?: RequestInit) =>
          init?.method === "POST" ? json(created, 201) : json(pageOf([])),
      }),
    );
    renderIntranet("gestion/agenda", agenda, "/intranet/gestion/agenda");
    await click("Créer un événement");
    const form = await screen.findByRole("form", { name: "Créer un événement" });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(form).getByRole("heading", { name: "Créer un événement" })),
    );
    const set = (label: string | RegExp, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    set("Type d'événement", "WORKSHOP");
    set("Public", "MEMBERS");
    set("Titre", "Fixer ses prix");
    set(/^Résumé/, "Calculer un prix de vente juste.");
    set(/^Description/, "Coûts, marge, positionnement.");
    set(/^Thème/, "Prix et devis");
    set("Début", "2027-03-23T14:00");
    set("Fin", "2027-03-23T17:00");
    set("Antenne", "seynod");
    set(/^Nombre de places/, "12");
    fireEvent.click(within(form).getByLabelText("Répéter cet événement à intervalle régulier"));
    set("Fréquence", "WEEKLY");
    set(/^Nombre de dates/, "3");
    fireEvent.click(within(form).getByRole("button", { name: "Créer" }));

    expect(
      await screen.findByText(
        "2 événements « Fixer ses prix » sont créés, du mardi 23 mars 2027 au mardi 6 avril 2027.",
      ),
    ).toBeTruthy();
    const [post] = callsTo(fetchMock, "POST", "/api/events/staff/events");
    expect(post.headers.get("X-XSRF-TOKEN")).toBe("c-e");
    expect(post.body).toEqual({
      kind: "WORKSHOP",
      audience: "MEMBERS",
      title: "Fixer ses prix",
      summary: "Calculer un prix de vente juste.",
      description: "Coûts, marge, positionnement.",
      theme: "Prix et devis",
      startsAt: "2027-03-23T14:00:00+01:00",
      endsAt: "2027-03-23T17:00:00+01:00",
      place: {
        kind: "ANTENNA",
        label: "Seynod",
        street: "1025 ancienne route d'Annecy",
        postalCode: "74600",
        town: "Seynod",
      },
      antenna: "seynod",
      capacity: 12,
      // no resource of the centre ticked
      resources: [],
      recurrence: { frequency: "WEEKLY", count: 3 },
    });
    expect(screen.queryByRole("form", { name: "Créer un événement" })).toBeNull();
  });

  it("edits an event with PUT, its form filled in Paris time, without recurrence", async () => {
    const fetchMock = stubApi(
      routes({
        "/api/events/staff/events/w1": () =>
          json({ ...aWorkshop(), audience: "MEMBERS", description: "Comment fixer ses prix." }),
      }),
    );
    renderIntranet("gestion/agenda", agenda, "/intranet/gestion/agenda");
    await click("Modifier : Fixer ses prix, mardi 9 février 2027");
    const form = await screen.findByRole("form", { name: "Modifier « Fixer ses prix »" });
    expect((within(form).getByLabelText("Début") as HTMLInputElement).value).toBe("2027-02-09T14:00");
    expect((within(form).getByLabelText(/^Description/) as HTMLTextAreaElement).value).toBe("Comment fixer ses prix.");
    expect((within(form).getByLabelText("Public") as HTMLSelectElement).value).toBe("MEMBERS");
    expect((within(form).getByLabelText("Antenne") as HTMLSelectElement).value).toBe("seynod");
    expect(within(form).queryByLabelText("Répéter cet événement à intervalle régulier")).toBeNull();
    fireEvent.change(within(form).getByLabelText("Début"), { target: { value: "2027-07-06T14:00" } });
    fireEvent.change(within(form).getByLabelText("Fin"), { target: { value: "2027-07-06T17:00" } });
    fireEvent.click(within(form).getByRole("button", { name: "Enregistrer les modifications" }));
    expect(await screen.findByText(/« Fixer ses prix » est modifié/)).toBeTruthy();
    const [put] = callsTo(fetchMock, "PUT", "/api/events/staff/events/w1");
    expect(put.body).toMatchObject({
      startsAt: "2027-07-06T14:00:00+02:00",
      endsAt: "2027-07-06T17:00:00+02:00",
      capacity: 12,
    });
    expect(put.body).not.toHaveProperty("recurrence");
  });

  it("edits a series occurrence and the later ones when asked, and cancels from a date on", async () => {
    setCsrfCookie("c-s");
    const inSeries = aWorkshop({ seriesId: "s1" });
    const fetchMock = stubApi(
      routes({
        "/api/events/staff/events": pageOf([
          { ...inSeries, audience: "MEMBERS", description: "Comment fixer ses prix." },
        ]),
        "/api/events/staff/events/w1": () => json(inSeries),
        "/api/events/staff/events/w1/cancel": () => json(aWorkshop({ seriesId: "s1", status: "CANCELLED" })),
      }),
    );
    renderIntranet("gestion/agenda", agenda, "/intranet/gestion/agenda");
    await click("Modifier : Fixer ses prix, mardi 9 février 2027");
    const form = await screen.findByRole("form", { name: "Modifier « Fixer ses prix »" });
    expect((within(form).getByLabelText("Modifier cette date seulement") as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(form).getByLabelText(/Modifier cette date et les suivantes/));
    fireEvent.click(within(form).getByRole("button", { name: "Enregistrer les modifications" }));
    expect(await screen.findByText(/est modifié, ainsi que les dates suivantes de la série/)).toBeTruthy();
    const [put] = callsTo(fetchMock, "PUT", "/api/events/staff/events/w1");
    expect(put.url.searchParams.get("scope")).toBe("FOLLOWING");
    expect(put.body).not.toHaveProperty("scope");

    await click("Annuler la série à partir de cette date : Fixer ses prix, mardi 9 février 2027");
    fireEvent.change(screen.getByLabelText("Motif de l'annulation (envoyé aux personnes inscrites)"), {
      target: { value: "Fin du cycle." },
    });
    fireEvent.click(screen.getByRole("button", { name: "Oui, annuler ces dates" }));
    expect(await screen.findByText(/est annulé à partir du/)).toBeTruthy();
    const [post] = callsTo(fetchMock, "POST", "/api/events/staff/events/w1/cancel");
    expect(post.url.searchParams.get("scope")).toBe("FOLLOWING");
    expect(post.body).toEqual({ reason: "Fin du cycle." });
  });

  it("edits one occurrence only unless asked otherwise, and offers no series choice outside a series", async () => {
    const fetchMock = stubApi(routes({ "/api/events/staff/events/w1": () => json(aWorkshop()) }));
    renderIntranet("gestion/agenda", agenda, "/intranet/gestion/agenda");
    await click("Modifier : Fixer ses prix, mardi 9 février 2027");
    const form = await screen.findByRole("form", { name: "Modifier « Fixer ses prix »" });
    expect(within(form).queryByLabelText("Modifier cette date seulement")).toBeNull();
    expect(screen.queryByRole("button", { name: /Annuler la série/ })).toBeNull();
    fireEvent.click(within(form).getByRole("button", { name: "Enregistrer les modifications" }));
    expect(await screen.findByText(/« Fixer ses prix » est modifié\. /)).toBeTruthy();
    const [put] = callsTo(fetchMock, "PUT", "/api/events/staff/events/w1");
    expect(put.url.search).toBe("");
  });

  it("reads the description of a members-only event from the staff API, not from the public page", async () => {
    const fetchMock = stubApi(
      routes({
        "/api/events/staff/events": pageOf([{ ...aWorkshop(), audience: "MEMBERS" }]),
        "/api/events/staff/events/w1": {
          ...anEvent({ ...aWorkshop(), description: "Texte réservé aux membres." }),
          audience: "MEMBERS",
        },
      }),
    );
    renderIntranet("gestion/agenda", agenda, "/intranet/gestion/agenda");
    await click("Modifier : Fixer ses prix, mardi 9 février 2027");
    const form = await screen.findByRole("form", { name: "Modifier « Fixer ses prix »" });
    expect((within(form).getByLabelText(/^Description/) as HTMLTextAreaElement).value).toBe(
      "Texte réservé aux membres.",
    );
    expect((within(form).getByLabelText("Public") as HTMLSelectElement).value).toBe("MEMBERS");
    expect(within(form).queryByText(/La description actuelle n'a pas pu être chargée/)).toBeNull();
    expect(callsTo(fetchMock, "GET", "/api/events/staff/events/w1")).toHaveLength(1);
    expect(callsTo(fetchMock, "GET", "/api/events/public/events/w1")).toHaveLength(0);
  });

  it("asks for the description again when the event's details cannot be read", async () => {
    const fetchMock = stubApi(
      routes({
        "/api/events/staff/events": pageOf([{ ...aWorkshop(), audience: "MEMBERS" }]),
        "/api/events/staff/events/w1": (_url: URL, init?: RequestInit) =>
          init?.method === "PUT" ? json(aWorkshop()) : problem(503),
      }),
    );
    renderIntranet("gestion/agenda", agenda, "/intranet/gestion/agenda");
    await click("Modifier : Fixer ses prix, mardi 9 février 2027");
    const form = await screen.findByRole("form", { name: "Modifier « Fixer ses prix »" });
    expect(within(form).getByText(/La description actuelle n'a pas pu être chargée/)).toBeTruthy();
    expect((within(form).getByLabelText("Public") as HTMLSelectElement).value).toBe("MEMBERS");
    fireEvent.click(within(form).getByRole("button", { name: "Enregistrer les modifications" }));
    expect(await within(form).findByText("Indiquez la description.")).toBeTruthy();
    expect(callsTo(fetchMock, "PUT", "/api/events/staff/events/w1")).toHaveLength(0);
  });

  it("cancels an event with a reason, after a confirmation", async () => {
    setCsrfCookie("c-c");
    const fetchMock = stubApi(
      routes({ "/api/events/staff/events/w1/cancel": () => json(aWorkshop({ status: "CANCELLED" })) }),
    );
    renderIntranet("gestion/agenda", agenda, "/intranet/gestion/agenda");
    await click("Annuler l'événement : Fixer ses prix, mardi 9 février 2027");
    const reason = screen.getByLabelText("Motif de l'annulation (envoyé aux personnes inscrites)");
    expect(document.activeElement).toBe(reason);
    fireEvent.click(screen.getByRole("button", { name: "Oui, annuler l'événement" }));
    expect(await screen.findByText("Indiquez le motif.")).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/events/staff/events/w1/cancel")).toHaveLength(0);
    fireEvent.change(reason, { target: { value: "L'intervenante est malade." } });
    fireEvent.click(screen.getByRole("button", { name: "Oui, annuler l'événement" }));
    expect(
      await screen.findByText("« Fixer ses prix » est annulé ; les personnes inscrites sont prévenues."),
    ).toBeTruthy();
    const [post] = callsTo(fetchMock, "POST", "/api/events/staff/events/w1/cancel");
    expect(post.body).toEqual({ reason: "L'intervenante est malade." });
    expect(post.headers.get("X-XSRF-TOKEN")).toBe("c-c");
  });

  it("shows the registrations of an event", async () => {
    stubApi(
      routes({
        "/api/events/staff/events/w1/registrations": [
          aRegistration(),
          aRegistration({ id: "r2", firstName: "Hugo", lastName: "Petit", status: "WAITLISTED", position: 1 }),
        ],
      }),
    );
    renderIntranet("gestion/agenda", agenda, "/intranet/gestion/agenda");
    await click("Inscriptions : Fixer ses prix, mardi 9 février 2027");
    const table = await screen.findByRole("table", { name: "1 inscrit(s) sur 2 demande(s)" });
    expect(within(table).getByText("Inscrit·e")).toBeTruthy();
    expect(within(table).getByText("En attente (position 1)")).toBeTruthy();
  });
});

describe("/intranet/gestion/comptes", () => {
  const routes = (extra: Record<string, unknown> = {}) => ({
    ...ME,
    "/api/members/public/antennas": ANTENNAS,
    "/api/members/staff/organisations": [
      { code: "plie-genevois", name: "PLIE du Genevois", kind: "PLIE", kindLabel: "PLIE", town: "Annemasse" },
    ],
    "/api/members/staff/people?role=coach&size=100": pageOf([
      aPerson({
        id: "c1",
        subject: "coach-paul",
        firstName: "Paul",
        lastName: "Girard",
        role: "coach",
        roleLabel: "Accompagnateur",
      }),
    ]),
    "/api/members/staff/people": pageOf(
      [
        aPerson(),
        aPerson({
          id: "p2",
          firstName: "Théo",
          lastName: "Arnaud",
          status: "DEACTIVATED",
          coach: { subject: "coach-paul", name: "Paul Girard" },
        }),
      ],
      2,
    ),
    ...extra,
  });

  it("lists the people and passes the filters to the API", async () => {
    const fetchMock = stubApi(routes());
    renderIntranet("gestion/comptes", accounts, "/intranet/gestion/comptes?role=entrepreneur&antenna=seynod&q=dup");
    const table = await screen.findByRole("table", { name: "Comptes (2)" });
    expect(within(table).getByText("Suivi·e par Paul Girard")).toBeTruthy();
    expect(within(table).getByText("Désactivé")).toBeTruthy();
    expect(within(table).getByRole("button", { name: "Réactiver : Théo Arnaud" })).toBeTruthy();
    expect(callsTo(fetchMock, "GET", "/api/members/staff/people").map((c) => c.url.search)).toContain(
      "?role=entrepreneur&antenna=seynod&q=dup&page=0&size=20",
    );
    expect((screen.getByLabelText("Nom ou e-mail") as HTMLInputElement).value).toBe("dup");
  });

  it("invites a prescriber with an organisation", async () => {
    setCsrfCookie("c-i");
    const fetchMock = stubApi(
      routes({
        "/api/members/staff/people": (_url: URL, init?: RequestInit) =>
          init?.method === "POST"
            ? json(aPerson({ firstName: "Claire", lastName: "Morin", role: "prescriber" }), 201)
            : json(pageOf([aPerson()])),
      }),
    );
    renderIntranet("gestion/comptes", accounts, "/intranet/gestion/comptes");
    await click("Inviter une personne");
    const form = await screen.findByRole("form", { name: "Inviter une personne" });
    fireEvent.change(within(form).getByLabelText("Prénom"), { target: { value: "Claire" } });
    fireEvent.change(within(form).getByLabelText("Nom"), { target: { value: "Morin" } });
    fireEvent.change(within(form).getByLabelText("Adresse e-mail"), { target: { value: "claire.morin@plie.example" } });
    fireEvent.change(within(form).getByLabelText("Rôle"), { target: { value: "prescriber" } });
    expect(within(form).queryByLabelText(/Accompagnateur référent/)).toBeNull();
    fireEvent.click(within(form).getByRole("button", { name: "Envoyer l'invitation" }));
    expect(await within(form).findByText("Choisissez l'organisation du prescripteur.")).toBeTruthy();
    fireEvent.change(within(form).getByLabelText("Organisation"), { target: { value: "plie-genevois" } });
    fireEvent.click(within(form).getByRole("button", { name: "Envoyer l'invitation" }));
    expect(await screen.findByText(/Claire Morin est invité·e/)).toBeTruthy();
    const [post] = callsTo(fetchMock, "POST", "/api/members/staff/people");
    expect(post.body).toEqual({
      firstName: "Claire",
      lastName: "Morin",
      email: "claire.morin@plie.example",
      role: "prescriber",
      organisation: "plie-genevois",
    });
    expect(post.headers.get("X-XSRF-TOKEN")).toBe("c-i");
  });

  it("changes an entrepreneur's antenna and coach with PUT", async () => {
    const fetchMock = stubApi(routes({ "/api/members/staff/people/p1": () => json(aPerson()) }));
    renderIntranet("gestion/comptes", accounts, "/intranet/gestion/comptes");
    await click("Modifier : Marie Dupont");
    const form = await screen.findByRole("form", { name: "Modifier le compte de Marie Dupont" });
    fireEvent.change(within(form).getByLabelText(/^Antenne/), { target: { value: "cluses" } });
    fireEvent.change(within(form).getByLabelText(/Accompagnateur référent/), { target: { value: "coach-paul" } });
    fireEvent.click(within(form).getByRole("button", { name: "Enregistrer" }));
    expect(await screen.findByText("Le compte de Marie Dupont est modifié.")).toBeTruthy();
    expect(callsTo(fetchMock, "PUT", "/api/members/staff/people/p1")[0].body).toEqual({
      role: "entrepreneur",
      antenna: "cluses",
      coach: "coach-paul",
    });
  });

  it("deactivates an account only after a confirmation", async () => {
    setCsrfCookie("c-d");
    const fetchMock = stubApi(
      routes({ "/api/members/staff/people/p1/deactivate": () => json(aPerson({ status: "DEACTIVATED" })) }),
    );
    renderIntranet("gestion/comptes", accounts, "/intranet/gestion/comptes");
    await click("Désactiver : Marie Dupont");
    expect(
      screen.getByText("Désactiver le compte de Marie Dupont ? Son accès à l'intranet s'arrête immédiatement."),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Ne rien faire" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Désactiver : Marie Dupont" }));
    expect(callsTo(fetchMock, "POST", "/api/members/staff/people/p1/deactivate")).toHaveLength(0);
    await click("Désactiver : Marie Dupont");
    fireEvent.click(screen.getByRole("button", { name: "Oui, désactiver" }));
    expect(await screen.findByText("Le compte de Marie Dupont est désactivé.")).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/members/staff/people/p1/deactivate")[0].headers.get("X-XSRF-TOKEN")).toBe(
      "c-d",
    );
  });

  it("shows the 403 detail to someone who is not staff", async () => {
    stubApi(
      routes({
        "/api/members/staff/people": () =>
          problem(403, { detail: "La gestion des comptes est réservée à l'équipe permanente." }),
      }),
    );
    renderIntranet("gestion/comptes", accounts, "/intranet/gestion/comptes");
    expect(await screen.findByText("La gestion des comptes est réservée à l'équipe permanente.")).toBeTruthy();
  });
});

describe("/intranet/gestion/organisations", () => {
  it("lists the organisations and creates one", async () => {
    setCsrfCookie("c-o");
    const fetchMock = stubApi({
      ...ME,
      "/api/members/staff/organisations": (_url: URL, init?: RequestInit) =>
        init?.method === "POST"
          ? json(
              {
                code: "ml-annecy",
                name: "Mission locale du bassin annécien",
                kind: "MISSION_LOCALE",
                kindLabel: "Mission locale",
                town: "Annecy",
              },
              201,
            )
          : json([
              { code: "plie-genevois", name: "PLIE du Genevois", kind: "PLIE", kindLabel: "PLIE", town: "Annemasse" },
            ]),
    });
    renderIntranet("gestion/organisations", organisations, "/intranet/gestion/organisations");
    expect(await screen.findByRole("table", { name: "Organisations partenaires (1)" })).toBeTruthy();
    const form = screen.getByRole("form", { name: "Ajouter une organisation" });
    const kinds = [...(within(form).getByLabelText("Type") as HTMLSelectElement).options].map((o) => o.textContent);
    expect(kinds).toEqual([
      "Choisir le type",
      "PLIE",
      "Mission locale",
      "ALE",
      "Espace gestion",
      "CCAS",
      "France Travail",
      "Autre",
    ]);
    fireEvent.change(within(form).getByLabelText("Nom"), { target: { value: "Mission locale du bassin annécien" } });
    fireEvent.change(within(form).getByLabelText("Type"), { target: { value: "MISSION_LOCALE" } });
    fireEvent.change(within(form).getByLabelText("Commune"), { target: { value: "Annecy" } });
    fireEvent.click(within(form).getByRole("button", { name: "Ajouter" }));
    expect(
      await within(form).findByText("L'organisation « Mission locale du bassin annécien » est ajoutée."),
    ).toBeTruthy();
    const [post] = callsTo(fetchMock, "POST", "/api/members/staff/organisations");
    expect(post.body).toEqual({ name: "Mission locale du bassin annécien", kind: "MISSION_LOCALE", town: "Annecy" });
    expect(post.headers.get("X-XSRF-TOKEN")).toBe("c-o");
    await waitFor(() => expect((within(form).getByLabelText("Nom") as HTMLInputElement).value).toBe(""));
  });
});

describe("/intranet/gestion/adresses-en-echec", () => {
  it("says how each address was found in failure: refused at once, or a delivery status notification later", async () => {
    stubApi({
      ...ME,
      "/api/notifications/staff/bounces": [
        {
          id: "b1",
          address: "parti@example.org",
          reply: "550 5.1.1 <parti@example.org>: Recipient address rejected: User unknown",
          firstAt: "2026-12-01T09:00:00Z",
          lastAt: "2026-12-03T09:00:00Z",
          failures: 2,
          source: "DELIVERY_REPORT",
        },
        {
          id: "b2",
          address: "inexistant@example.org",
          reply: "550 5.1.1 User unknown",
          firstAt: "2026-12-02T09:00:00Z",
          lastAt: "2026-12-02T09:00:00Z",
          failures: 1,
          source: "SMTP_REFUSAL",
        },
      ],
    });
    renderIntranet("gestion/adresses-en-echec", bounces, "/intranet/gestion/adresses-en-echec");
    const table = await screen.findByRole("table", { name: "Adresses en échec (2)" });
    const rows = within(table).getAllByRole("row");
    expect(within(rows[1]).getByText(/Avis de non-remise/)).toBeTruthy();
    expect(within(rows[1]).getByText(/Recipient address rejected/)).toBeTruthy();
    expect(within(rows[2]).getByText(/Refus immédiat du serveur/)).toBeTruthy();
  });
});
