// The pages reached from the signed links of the e-mails: cancel a registration, answer a freed seat.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import * as cancelPage from "../app/registration/cancel";
import * as offerPage from "../app/registration/offer";
import { aSummary, callsTo, json, problem, setCsrfCookie, stubApi } from "./fixtures";
import { click, renderRoute } from "./render";

const BY_TOKEN = "/api/events/public/registrations/by-token";
const tokenRegistration = (overrides: Record<string, unknown> = {}) => ({
  registrationId: "r1",
  status: "CONFIRMED",
  position: null,
  offerExpiresAt: null,
  firstName: "Camille",
  event: aSummary(),
  ...overrides,
});

describe("/inscriptions/annuler", () => {
  it("shows the registration and its event, cancels with the token and the CSRF header, then confirms", async () => {
    setCsrfCookie("c-1");
    const fetchMock = stubApi({
      "/bff/user": { authenticated: false },
      [BY_TOKEN]: tokenRegistration(),
      [`${BY_TOKEN}/cancel`]: () =>
        json({ status: "CANCELLED", message: "Votre inscription du 12 janvier est annulée." }),
    });
    renderRoute("inscriptions/annuler", cancelPage, "/inscriptions/annuler?jeton=sig-123");

    expect(await screen.findByRole("heading", { level: 1, name: "Annuler mon inscription" })).toBeTruthy();
    expect(screen.getByText("Bonjour Camille,")).toBeTruthy();
    expect(screen.getByText("mardi 12 janvier 2027, de 9 h 30 à 12 h")).toBeTruthy();
    expect(screen.getByText("COOP'EMPLOI Seynod, Seynod")).toBeTruthy();
    expect(screen.getByText("Confirmée")).toBeTruthy();
    expect(callsTo(fetchMock, "GET", BY_TOKEN)[0].url.searchParams.get("token")).toBe("sig-123");

    await click("Annuler mon inscription");
    expect((await screen.findByRole("status")).textContent).toBe("Votre inscription du 12 janvier est annulée.");
    const [post] = callsTo(fetchMock, "POST", `${BY_TOKEN}/cancel`);
    expect(post.body).toEqual({ token: "sig-123" });
    expect(post.headers.get("X-XSRF-TOKEN")).toBe("c-1");
    expect(screen.queryByRole("button", { name: "Annuler mon inscription" })).toBeNull();
    expect(screen.getByRole("link", { name: "Voir les autres dates de l'agenda" })).toBeTruthy();
  });

  it("shows the position on the waiting list and the French detail of a refusal", async () => {
    stubApi({
      "/bff/user": { authenticated: false },
      [BY_TOKEN]: tokenRegistration({ status: "WAITLISTED", position: 3 }),
      [`${BY_TOKEN}/cancel`]: () =>
        problem(409, { detail: "L'événement a déjà commencé : il est trop tard pour annuler." }),
    });
    renderRoute("inscriptions/annuler", cancelPage, "/inscriptions/annuler?jeton=t");
    expect(await screen.findByText("Sur liste d'attente (position 3)")).toBeTruthy();
    await click("Annuler mon inscription");
    expect(
      within(await screen.findByRole("alert")).getByText(
        "L'événement a déjà commencé : il est trop tard pour annuler.",
      ),
    ).toBeTruthy();
  });

  it("has nothing to cancel when the registration or the event is already cancelled", async () => {
    stubApi({ "/bff/user": { authenticated: false }, [BY_TOKEN]: tokenRegistration({ status: "CANCELLED" }) });
    renderRoute("inscriptions/annuler", cancelPage, "/inscriptions/annuler?jeton=t");
    expect(await screen.findByText(/Cette inscription est déjà annulée/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Annuler mon inscription" })).toBeNull();
  });

  it("says in French that an unknown token is not valid", async () => {
    stubApi({
      "/bff/user": { authenticated: false },
      [BY_TOKEN]: () => problem(404, { detail: "Ce lien n'est pas valide ou a expiré." }),
    });
    renderRoute("inscriptions/annuler", cancelPage, "/inscriptions/annuler?jeton=nope");
    expect(await screen.findByText("Ce lien n'est pas valide ou a expiré.")).toBeTruthy();
    // no action: the only button is the header's search
    expect(screen.queryAllByRole("button").map((b) => b.textContent)).toEqual(["Rechercher"]);
  });
});

describe("/inscriptions/place", () => {
  const offered = () => tokenRegistration({ status: "OFFERED", offerExpiresAt: "2027-01-10T18:00:00+01:00" });

  it("offers the freed seat until its deadline, written in French", async () => {
    stubApi({ "/bff/user": { authenticated: false }, [BY_TOKEN]: offered() });
    renderRoute("inscriptions/place", offerPage, "/inscriptions/place?jeton=t");
    expect(await screen.findByRole("heading", { level: 1, name: "Une place s'est libérée" })).toBeTruthy();
    const deadline = screen.getByText("dimanche 10 janvier 2027 à 18 h");
    expect(deadline.getAttribute("datetime")).toBe("2027-01-10T18:00:00+01:00");
    expect(screen.getByText("Une place vous est proposée")).toBeTruthy();
  });

  it("accepts the seat with the token and the CSRF header", async () => {
    setCsrfCookie("c-2");
    const fetchMock = stubApi({
      "/bff/user": { authenticated: false },
      [BY_TOKEN]: offered(),
      [`${BY_TOKEN}/accept-offer`]: () =>
        json({ status: "CONFIRMED", message: "Votre place est confirmée. À bientôt !" }),
    });
    renderRoute("inscriptions/place", offerPage, "/inscriptions/place?jeton=t-9");
    await click("J'accepte la place");
    expect((await screen.findByRole("status")).textContent).toBe("Votre place est confirmée. À bientôt !");
    const [post] = callsTo(fetchMock, "POST", `${BY_TOKEN}/accept-offer`);
    expect(post.body).toEqual({ token: "t-9" });
    expect(post.headers.get("X-XSRF-TOKEN")).toBe("c-2");
  });

  it("shows the 409 detail when the offer has expired", async () => {
    stubApi({
      "/bff/user": { authenticated: false },
      [BY_TOKEN]: offered(),
      [`${BY_TOKEN}/accept-offer`]: () =>
        problem(409, {
          type: "https://coopemploi.com/problems/offer-expired",
          detail: "Le délai pour accepter cette place est dépassé.",
        }),
    });
    renderRoute("inscriptions/place", offerPage, "/inscriptions/place?jeton=t");
    await click("J'accepte la place");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Le délai pour accepter cette place est dépassé.");
    // the focus moves once the message is shown (an effect after the render)
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it("declines only after a confirmation", async () => {
    const fetchMock = stubApi({
      "/bff/user": { authenticated: false },
      [BY_TOKEN]: offered(),
      [`${BY_TOKEN}/decline-offer`]: () =>
        json({ status: "CANCELLED", message: "La place est proposée à la personne suivante." }),
    });
    renderRoute("inscriptions/place", offerPage, "/inscriptions/place?jeton=t");
    await click("Je refuse la place");
    const confirm = screen.getByRole("button", { name: "Oui, je refuse la place" });
    expect(document.activeElement).toBe(confirm);
    expect(callsTo(fetchMock, "POST", `${BY_TOKEN}/decline-offer`)).toHaveLength(0);
    fireEvent.click(confirm);
    expect((await screen.findByRole("status")).textContent).toBe("La place est proposée à la personne suivante.");
    expect(callsTo(fetchMock, "POST", `${BY_TOKEN}/decline-offer`)[0].body).toEqual({ token: "t" });
  });

  it("has nothing to answer when the seat is already confirmed", async () => {
    stubApi({ "/bff/user": { authenticated: false }, [BY_TOKEN]: tokenRegistration({ status: "CONFIRMED" }) });
    renderRoute("inscriptions/place", offerPage, "/inscriptions/place?jeton=t");
    expect(await screen.findByText(/Votre place est déjà confirmée/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "J'accepte la place" })).toBeNull();
  });
});
