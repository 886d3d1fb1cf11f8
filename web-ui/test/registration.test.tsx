// The registration form: what it sends, and how it shows the API's problem+json answers.
import { fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { RegistrationForm } from "../app/registration/RegistrationForm";
import { aConsent, json, problem, stubApi } from "./fixtures";
import { renderUnderRoot } from "./render";

const URL_ = "/api/events/public/events/e1/registrations";

function fillAndSubmit() {
  renderUnderRoot(<RegistrationForm eventId="e1" consent={aConsent("PUBLIC_REGISTRATION")} />);
  fireEvent.change(screen.getByLabelText("Prénom"), { target: { value: "Marie" } });
  fireEvent.change(screen.getByLabelText("Nom"), { target: { value: "Dupont" } });
  fireEvent.change(screen.getByLabelText("Adresse e-mail"), { target: { value: "marie@example.org" } });
  fireEvent.change(screen.getByLabelText("Commune"), { target: { value: "Cran-Gevrier" } });
  fireEvent.change(screen.getByLabelText(/Comment nous avez-vous connus/), { target: { value: "MISSION_LOCALE" } });
  fireEvent.click(screen.getByLabelText(/J'accepte que COOP'EMPLOI/));
  fireEvent.click(screen.getByRole("button", { name: "Je m'inscris" }));
}

describe("registration form", () => {
  afterEach(() => {
    document.cookie = "XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
  });

  it("posts the registration as JSON with the CSRF header and shows the confirmation", async () => {
    document.cookie = "XSRF-TOKEN=t-1; path=/";
    const fetchMock = stubApi({
      [URL_]: () => json({ registrationId: "r1", status: "CONFIRMED", message: "Votre place est réservée." }, 201),
    });
    fillAndSubmit();

    expect(await screen.findByRole("heading", { name: "Votre inscription est confirmée" })).toBeTruthy();
    expect(screen.getByText("Votre place est réservée.")).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(URL_);
    expect(new Headers(init?.headers).get("X-XSRF-TOKEN")).toBe("t-1");
    expect(JSON.parse(String(init?.body))).toEqual({
      firstName: "Marie",
      lastName: "Dupont",
      email: "marie@example.org",
      town: "Cran-Gevrier",
      heardFrom: "MISSION_LOCALE",
      consent: true,
      consentVersion: 3,
      honeypot: "",
    });
  });

  it("shows the consent text in force, and asks to read it again when it changed meanwhile", async () => {
    stubApi({
      [URL_]: () =>
        problem(409, {
          type: "https://coopemploi.com/problems/consent-changed",
          detail: "Le texte de consentement a changé depuis l'ouverture de la page. Relisez-le puis validez à nouveau.",
        }),
    });
    fillAndSubmit();
    expect(screen.getByText(/Vos données servent uniquement à organiser cette réunion/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Notre politique de confidentialité" }).getAttribute("href")).toBe(
      "/confidentialite",
    );
    expect(await screen.findByText(/Le texte de consentement a changé/)).toBeTruthy();
  });

  it("offers no form without the consent text to show", () => {
    renderUnderRoot(<RegistrationForm eventId="e1" consent={null} />);
    expect(screen.queryByRole("button", { name: "Je m'inscris" })).toBeNull();
    expect(screen.getByText(/momentanément indisponible/)).toBeTruthy();
  });

  it("uses the waiting-list wording when the meeting is full", async () => {
    stubApi({
      [URL_]: () => json({ registrationId: "r2", status: "WAITLISTED", message: "La réunion est complète." }, 201),
    });
    fillAndSubmit();
    expect(await screen.findByRole("heading", { name: "Vous êtes inscrit(e) sur la liste d'attente" })).toBeTruthy();
  });

  it("shows each field error of a 400 problem next to its field", async () => {
    stubApi({
      [URL_]: () =>
        problem(400, {
          detail: "La demande contient des erreurs.",
          errors: [
            { field: "email", message: "Cette adresse e-mail est refusée." },
            { field: "town", message: "Commune inconnue." },
          ],
        }),
    });
    fillAndSubmit();

    expect(await screen.findByText("Merci de corriger les champs signalés.")).toBeTruthy();
    const email = screen.getByLabelText("Adresse e-mail");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(email.getAttribute("aria-describedby")!)!.textContent).toBe(
      "Cette adresse e-mail est refusée.",
    );
    expect(screen.getByLabelText("Commune").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("link", { name: "Commune : Commune inconnue." }).getAttribute("href")).toBe("#reg-town");
  });

  it("shows the detail of a 409 already-registered problem", async () => {
    stubApi({
      [URL_]: () =>
        problem(409, {
          type: "https://coopemploi.com/problems/already-registered",
          detail: "Vous êtes déjà inscrit à cette réunion.",
        }),
    });
    fillAndSubmit();
    expect(await screen.findByRole("alert")).toBeTruthy();
    expect(screen.getByText("Vous êtes déjà inscrit à cette réunion.")).toBeTruthy();
  });

  it("shows the French detail of a 429", async () => {
    stubApi({ [URL_]: () => problem(429, { detail: "Trop de tentatives, réessayez dans une minute." }) });
    fillAndSubmit();
    expect(await screen.findByText("Trop de tentatives, réessayez dans une minute.")).toBeTruthy();
  });

  it("checks required fields before sending anything", async () => {
    const fetchMock = stubApi({});
    renderUnderRoot(<RegistrationForm eventId="e1" consent={aConsent("PUBLIC_REGISTRATION")} />);
    fireEvent.click(screen.getByRole("button", { name: "Je m'inscris" }));
    expect(await screen.findByText("Indiquez votre prénom.")).toBeTruthy();
    expect(screen.getByText("Votre accord est nécessaire pour traiter votre inscription.")).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("has an off-screen honeypot kept out of the tab order", () => {
    renderUnderRoot(<RegistrationForm eventId="e1" consent={aConsent("PUBLIC_REGISTRATION")} />);
    const hp = screen.getByLabelText("Ne pas remplir ce champ");
    expect(hp.getAttribute("name")).toBe("site_web");
    expect(hp.getAttribute("tabindex")).toBe("-1");
    expect(hp.closest("[aria-hidden='true']")).toBeTruthy();
  });
});
