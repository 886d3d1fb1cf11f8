// The contact form of the public site: what it sends, what it refuses before sending, and how it shows the answers.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ConsentVersion } from "../app/api/events";
import { ContactForm } from "../app/contact/ContactForm";
import * as contactPage from "../app/contact/contact";
import { aConsent, callsTo, json, problem, stubApi } from "./fixtures";
import { click, renderRoute, renderUnderRoot } from "./render";

const URL_ = "/api/notifications/public/contact";

/** The consent text in force, as events-service serves it: its version goes with the message. */
const CONSENT: ConsentVersion = {
  id: "7b1d7a52-4c1e-4e55-9a0c-2f1d3c4b5a69",
  purpose: "CONTACT_MESSAGE",
  version: 2,
  statement: "J'accepte que la coopérative conserve ce message pour me répondre.",
  notice: "Votre message est lu par l'équipe permanente de la coopérative et n'est jamais cédé.",
  publishedAt: "2026-12-05T18:00:00Z",
};

function fill() {
  renderUnderRoot(<ContactForm consent={CONSENT} />);
  type();
}

function type() {
  fireEvent.change(screen.getByLabelText("Nom et prénom"), { target: { value: "Léa Perrin" } });
  fireEvent.change(screen.getByLabelText("Adresse e-mail"), { target: { value: "lea@example.org" } });
  fireEvent.change(screen.getByLabelText("Objet"), { target: { value: "PROJECT" } });
  fireEvent.change(screen.getByLabelText("Votre message"), {
    target: { value: "Je voudrais tester mon activité de céramiste." },
  });
  fireEvent.click(screen.getByLabelText(/J'accepte que la coopérative conserve ce message/));
}

describe("contact form", () => {
  afterEach(() => {
    document.cookie = "XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
  });

  it("posts the message as JSON with the CSRF header and the consent text's version, and says it is on its way", async () => {
    document.cookie = "XSRF-TOKEN=t-2; path=/";
    const fetchMock = stubApi({
      [URL_]: () => json({ message: "Votre message est envoyé à l'équipe de COOP'EMPLOI." }, 202),
    });
    fill();
    fireEvent.click(screen.getByRole("button", { name: "Envoyer mon message" }));

    expect(await screen.findByRole("heading", { name: "Merci, votre message est parti" })).toBeTruthy();
    // the form moves the focus to the message once it is shown (an effect after the render)
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("status")));
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(URL_);
    expect(init?.method).toBe("POST");
    expect(new Headers(init?.headers).get("X-XSRF-TOKEN")).toBe("t-2");
    expect(JSON.parse(String(init?.body))).toEqual({
      name: "Léa Perrin",
      email: "lea@example.org",
      topic: "PROJECT",
      message: "Je voudrais tester mon activité de céramiste.",
      consent: true,
      honeypot: "",
      consentVersion: 2,
    });
  });

  it("refuses an incomplete form without sending it, each error linked to its field", async () => {
    const fetchMock = stubApi({});
    renderUnderRoot(<ContactForm consent={CONSENT} />);
    fireEvent.click(screen.getByRole("button", { name: "Envoyer mon message" }));
    const alert = await screen.findByRole("alert");
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(
      screen.getByRole("link", { name: "Objet : Choisissez l'objet de votre message." }).getAttribute("href"),
    ).toBe("#contact-topic");
    expect(screen.getByLabelText("Votre message").getAttribute("aria-invalid")).toBe("true");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("offers no form without the consent text in force, the team's address instead", () => {
    renderUnderRoot(<ContactForm consent={null} />);
    expect(screen.queryByRole("button", { name: "Envoyer mon message" })).toBeNull();
    expect(screen.getByText(/Le formulaire de contact est momentanément indisponible/)).toBeTruthy();
  });

  it("shows the text that came into force meanwhile, unticked, and sends its version next", async () => {
    let version = 2;
    const fetchMock = stubApi({
      "/api/members/public/antennas": [],
      "/api/events/public/consents": () =>
        json({
          current: [
            {
              ...aConsent("CONTACT_MESSAGE", version),
              statement: version === 2 ? CONSENT.statement : "J'accepte que la coopérative garde ce message un an.",
            },
          ],
          history: [],
        }),
      [URL_]: (_url: URL, init?: RequestInit) =>
        JSON.parse(String(init?.body)).consentVersion === version
          ? json({ message: "Votre message est envoyé à l'équipe." }, 202)
          : problem(409, {
              type: "https://coopemploi.com/problems/consent-changed",
              detail:
                "Le texte de consentement a changé depuis l'ouverture de la page. Relisez-le puis validez à nouveau.",
            }),
    });
    renderRoute("contact", contactPage, "/contact");
    await screen.findByLabelText("Nom et prénom");
    type();
    version = 3;
    await click("Envoyer mon message");

    expect(await screen.findByText(/Le texte de consentement a changé/)).toBeTruthy();
    const box = (await screen.findByLabelText(/garde ce message un an/)) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await click("Envoyer mon message");
    expect(await screen.findByRole("heading", { name: "Merci, votre message est parti" })).toBeTruthy();
    expect(callsTo(fetchMock, "POST", URL_).map((call) => call.body.consentVersion)).toEqual([2, 3]);
  });

  it("shows the API's field errors next to the summary", async () => {
    stubApi({
      [URL_]: () => problem(400, { errors: [{ field: "email", message: "Cette adresse e-mail n'est pas valide." }] }),
    });
    fill();
    fireEvent.click(screen.getByRole("button", { name: "Envoyer mon message" }));
    expect(
      await screen.findByRole("link", { name: "Adresse e-mail : Cette adresse e-mail n'est pas valide." }),
    ).toBeTruthy();
  });

  it("says so when the gateway refuses a flood", async () => {
    const detail = "Vous avez envoyé beaucoup de demandes en peu de temps. Patientez une minute puis recommencez.";
    stubApi({ [URL_]: () => problem(429, { type: "https://coopemploi.com/problems/too-many-requests", detail }) });
    fill();
    fireEvent.click(screen.getByRole("button", { name: "Envoyer mon message" }));
    expect(await screen.findByText(detail)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Envoyer mon message" })).toBeTruthy();
  });
});
