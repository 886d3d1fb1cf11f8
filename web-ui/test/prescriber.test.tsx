// Prescriber pages: register a person for an information meeting, follow the people registered.
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import * as path from "../app/referrals/path";
import * as refer from "../app/referrals/refer";
import * as referrals from "../app/referrals/referrals";
import * as staffReferrals from "../app/referrals/staff-referrals";
import {
  aConsent,
  aSummary,
  callsTo,
  consents,
  json,
  pageOf,
  problem,
  setCsrfCookie,
  stubApi,
  userWith,
} from "./fixtures";
import { click, renderIntranet } from "./render";

const ME = { "/bff/user": userWith("prescriber") };
const MEETINGS = {
  "/api/events/public/events": pageOf([
    aSummary({ id: "e1" }),
    aSummary({ id: "e2", startsAt: "2027-02-09T09:30:00+01:00", endsAt: "2027-02-09T12:00:00+01:00", seatsLeft: 0 }),
    aSummary({ id: "e3", registrationOpen: false }),
  ]),
  "/api/events/public/consents": consents(),
};

function fill(form: HTMLElement) {
  fireEvent.change(within(form).getByLabelText("Réunion d'information"), { target: { value: "e2" } });
  fireEvent.change(within(form).getByLabelText("Prénom"), { target: { value: "Nadia" } });
  fireEvent.change(within(form).getByLabelText("Nom"), { target: { value: "Haddad" } });
  fireEvent.change(within(form).getByLabelText("Adresse e-mail"), { target: { value: "nadia@example.org" } });
  fireEvent.change(within(form).getByLabelText("Commune"), { target: { value: "Annemasse" } });
}

describe("/intranet/orienter", () => {
  it("offers the meetings open for registration, full ones with their waiting list", async () => {
    const fetchMock = stubApi({ ...ME, ...MEETINGS });
    renderIntranet("orienter", refer, "/intranet/orienter");
    const select = (await screen.findByLabelText("Réunion d'information")) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(["", "e1", "e2"]);
    expect(select.options[2].textContent).toContain("(complet : liste d'attente)");
    expect(callsTo(fetchMock, "GET", "/api/events/public/events")[0].url.search).toBe("?kind=INFO_MEETING&size=50");
  });

  it("sends nothing without the person's consent", async () => {
    const fetchMock = stubApi({ ...ME, ...MEETINGS });
    renderIntranet("orienter", refer, "/intranet/orienter");
    const form = await screen.findByRole("form", { name: "La personne et la réunion" });
    fill(form);
    fireEvent.click(within(form).getByRole("button", { name: "Inscrire la personne" }));
    expect(await within(form).findByText("L'accord de la personne est obligatoire pour l'inscrire.")).toBeTruthy();
    expect(
      within(form)
        .getByLabelText(/La personne a donné son accord/)
        .getAttribute("aria-invalid"),
    ).toBe("true");
    expect(callsTo(fetchMock, "POST", "/api/events/prescriber/events/e2/registrations")).toHaveLength(0);
  });

  it("registers the person with consent and the CSRF header, then offers to register another", async () => {
    setCsrfCookie("c-p");
    const fetchMock = stubApi({
      ...ME,
      ...MEETINGS,
      "/api/events/prescriber/events/e2/registrations": () =>
        json(
          {
            registrationId: "r1",
            status: "WAITLISTED",
            message: "Nadia Haddad est sur la liste d'attente du 9 février.",
          },
          201,
        ),
    });
    renderIntranet("orienter", refer, "/intranet/orienter");
    const form = await screen.findByRole("form", { name: "La personne et la réunion" });
    fill(form);
    fireEvent.click(within(form).getByLabelText(/La personne a donné son accord/));
    fireEvent.click(within(form).getByRole("button", { name: "Inscrire la personne" }));
    expect(
      await screen.findByRole("heading", { name: "La personne est inscrite sur la liste d'attente" }),
    ).toBeTruthy();
    expect(screen.getByText("Nadia Haddad est sur la liste d'attente du 9 février.")).toBeTruthy();
    const [post] = callsTo(fetchMock, "POST", "/api/events/prescriber/events/e2/registrations");
    expect(post.body).toEqual({
      firstName: "Nadia",
      lastName: "Haddad",
      email: "nadia@example.org",
      town: "Annemasse",
      consent: true,
      consentVersion: 3,
    });
    expect(post.headers.get("X-XSRF-TOKEN")).toBe("c-p");

    await click("Inscrire une autre personne");
    const fresh = await screen.findByRole("form", { name: "La personne et la réunion" });
    expect((within(fresh).getByLabelText("Prénom") as HTMLInputElement).value).toBe("");
  });

  it("puts the API's errors[] next to their fields", async () => {
    stubApi({
      ...ME,
      ...MEETINGS,
      "/api/events/prescriber/events/e2/registrations": () =>
        problem(400, { errors: [{ field: "email", message: "Cette personne est déjà inscrite à cette réunion." }] }),
    });
    renderIntranet("orienter", refer, "/intranet/orienter");
    const form = await screen.findByRole("form", { name: "La personne et la réunion" });
    fill(form);
    fireEvent.click(within(form).getByLabelText(/La personne a donné son accord/));
    fireEvent.click(within(form).getByRole("button", { name: "Inscrire la personne" }));
    const email = within(form).getByLabelText("Adresse e-mail");
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(email.getAttribute("aria-describedby")!)!.textContent).toBe(
      "Cette personne est déjà inscrite à cette réunion.",
    );
    expect(
      within(form).getByRole("link", { name: "Adresse e-mail : Cette personne est déjà inscrite à cette réunion." }),
    ).toBeTruthy();
  });
  it("shows the consent text that came into force meanwhile, unticked, and sends its version next", async () => {
    let version = 3;
    const fetchMock = stubApi({
      ...ME,
      ...MEETINGS,
      "/api/events/public/consents": () =>
        json({
          current: [
            {
              ...aConsent("PRESCRIBED_REGISTRATION", version),
              statement:
                version === 3
                  ? "La personne a donné son accord pour que je l'inscrive."
                  : "La personne a donné son accord écrit pour que je l'inscrive.",
            },
          ],
          history: [],
        }),
      "/api/events/prescriber/events/e2/registrations": (_url: URL, init?: RequestInit) =>
        JSON.parse(String(init?.body)).consentVersion === version
          ? json({ registrationId: "r1", status: "CONFIRMED", message: "Nadia Haddad est inscrite." }, 201)
          : problem(409, {
              type: "https://coopemploi.com/problems/consent-changed",
              detail:
                "Le texte de consentement a changé depuis l'ouverture de la page. Relisez-le puis validez à nouveau.",
            }),
    });
    renderIntranet("orienter", refer, "/intranet/orienter");
    const form = await screen.findByRole("form", { name: "La personne et la réunion" });
    fill(form);
    fireEvent.click(within(form).getByLabelText(/La personne a donné son accord/));
    version = 4;
    fireEvent.click(within(form).getByRole("button", { name: "Inscrire la personne" }));

    expect(await screen.findByText(/Le texte de consentement a changé/)).toBeTruthy();
    const box = (await screen.findByLabelText(/accord écrit/)) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect((within(form).getByLabelText("Prénom") as HTMLInputElement).value).not.toBe("");
    fireEvent.click(box);
    fireEvent.click(within(form).getByRole("button", { name: "Inscrire la personne" }));
    await waitFor(() =>
      expect(
        callsTo(fetchMock, "POST", "/api/events/prescriber/events/e2/registrations").map((c) => c.body.consentVersion),
      ).toEqual([3, 4]),
    );
  });
});

describe("/intranet/orientations", () => {
  it("shows what became of each person in French", async () => {
    const entry = (id: string, status: string, attendance: string | null, registeredAt: string) => ({
      registrationId: id,
      person: { firstName: "P", lastName: id, email: `${id}@example.org` },
      event: aSummary(),
      status,
      attendance,
      registeredAt,
    });
    stubApi({
      ...ME,
      "/api/events/prescriber/registrations": [
        entry("a", "CONFIRMED", null, "2026-11-07T10:00:00+01:00"),
        entry("b", "WAITLISTED", null, "2026-11-06T10:00:00+01:00"),
        entry("c", "OFFERED", null, "2026-11-05T10:00:00+01:00"),
        entry("d", "CONFIRMED", "PRESENT", "2026-11-04T10:00:00+01:00"),
        entry("e", "CONFIRMED", "ABSENT", "2026-11-03T10:00:00+01:00"),
        entry("f", "CONFIRMED", "EXCUSED", "2026-11-02T10:00:00+01:00"),
        entry("g", "CANCELLED", null, "2026-11-01T10:00:00+01:00"),
      ],
    });
    renderIntranet("orientations", referrals, "/intranet/orientations");
    const table = await screen.findByRole("table", { name: /Personnes inscrites par vous/ });
    const statuses = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) => within(r).getAllByRole("cell").at(-1)!.textContent);
    expect(statuses).toEqual([
      "Inscrit·e",
      "En attente",
      "Place proposée",
      "Présent·e",
      "Absent·e",
      "Excusé·e",
      "Annulé",
    ]);
    expect(within(table).getByText("samedi 7 novembre 2026")).toBeTruthy();
  });
});

const PATH = {
  registrationId: "r1",
  person: { firstName: "Nadia", lastName: "Haddad", email: "nadia@example.org" },
  organisation: "plie-bassin-annecien",
  referredAt: "2026-11-02T10:00:00+01:00",
  meeting: {
    id: "e1",
    title: "Réunion d'information collective",
    startsAt: "2026-11-10T09:30:00+01:00",
    place: "Seynod",
  },
  meetingOutcome: "ATTENDED",
  meetingOutcomeOn: "2026-11-10",
  firstInterviewOn: "2026-11-20",
  capeSignedOn: "2027-01-05",
  cesaSignedOn: null,
  alsoReferredBy: [],
};

describe("/intranet/orientations/:id", () => {
  it("links each person of the list to their path", async () => {
    stubApi({
      ...ME,
      "/api/events/prescriber/registrations": [
        {
          registrationId: "r1",
          person: PATH.person,
          event: aSummary(),
          status: "CONFIRMED",
          attendance: null,
          registeredAt: PATH.referredAt,
        },
      ],
    });
    renderIntranet("orientations", referrals, "/intranet/orientations");
    const link = await screen.findByRole("link", { name: "Nadia Haddad" });
    expect(link.getAttribute("href")).toBe("/intranet/orientations/r1");
  });

  it("shows the prescriber the four steps with their dates, the last one reached as the current step", async () => {
    const fetchMock = stubApi({ ...ME, "/api/events/prescriber/referrals/r1": PATH });
    renderIntranet("orientations/:id", path, "/intranet/orientations/r1");
    expect(await screen.findByRole("heading", { level: 1, name: "Parcours de Nadia Haddad" })).toBeTruthy();
    const steps = within(screen.getByRole("list", { name: "Étapes du parcours" })).getAllByRole("listitem");
    expect(steps.map((s) => s.querySelector("h2")?.textContent)).toEqual([
      "Réunion d'information",
      "Premier entretien",
      "CAPE",
      "CESA",
    ]);
    expect(steps[0].textContent).toContain("A participé");
    expect(steps[1].textContent).toContain("Le 20 novembre 2026");
    expect(steps[2].textContent).toContain("Signé, à compter du 5 janvier 2027");
    expect(steps[3].textContent).toContain("Pas encore signé");
    expect(steps.map((s) => s.getAttribute("aria-current"))).toEqual([null, null, "step", null]);
    expect(screen.queryByText(/Orienté·e aussi par/)).toBeNull();
    expect(screen.getByRole("link", { name: "Retour aux personnes que j'ai orientées" })).toBeTruthy();
    expect(callsTo(fetchMock, "GET", "/api/events/staff/referrals/r1")).toHaveLength(0);
  });

  it("says in French when the referral is not the prescriber's", async () => {
    stubApi({
      ...ME,
      "/api/events/prescriber/referrals/r2": () => problem(404, { detail: "Cette orientation n'existe pas." }),
    });
    renderIntranet("orientations/:id", path, "/intranet/orientations/r2");
    expect(await screen.findByText("Cette orientation n'existe pas.")).toBeTruthy();
  });

  it("shows staff the other prescribers of the same person, and lists every referral", async () => {
    const twice = {
      ...PATH,
      meetingOutcome: "CANCELLED",
      meetingOutcomeOn: "2026-11-05",
      firstInterviewOn: null,
      capeSignedOn: null,
      alsoReferredBy: [
        {
          prescriberName: "Karim Benslimane",
          organisation: "mission-locale-annecy",
          referredAt: "2026-11-03T10:00:00Z",
        },
      ],
    };
    stubApi({
      "/bff/user": userWith("staff"),
      "/api/events/staff/referrals/r1": twice,
      "/api/events/staff/referrals": [twice],
    });
    renderIntranet("orientations/:id", path, "/intranet/orientations/r1");
    expect(await screen.findByText("Orienté·e aussi par Karim Benslimane (mission-locale-annecy).")).toBeTruthy();
    expect(screen.getByText(/Inscription annulée/).closest("li")?.textContent).toContain("le 5 novembre 2026");
    cleanup();

    renderIntranet("gestion/orientations", staffReferrals, "/intranet/gestion/orientations");
    const table = await screen.findByRole("table", { name: "Orientations, les plus récentes d'abord" });
    const row = within(table).getAllByRole("row")[1];
    expect(within(row).getByRole("link", { name: "Nadia Haddad" }).getAttribute("href")).toBe(
      "/intranet/orientations/r1",
    );
    expect(row.textContent).toContain("Orienté·e aussi par Karim Benslimane");
    expect(row.textContent).toContain("Inscription annulée");
  });
});
