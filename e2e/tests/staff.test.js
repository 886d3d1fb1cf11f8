// Journey of the permanent staff (camille.staff): the intranet home and its cards; "Agenda (gestion)": a public
// information meeting created and found on the public /agenda, the edit form of a members-only event with its
// description, then the created meeting cancelled with a reason; "Comptes": an account invited with a unique
// e-mail, its "choose your password" e-mail followed to a first login, then the account deactivated. What the journey creates it cancels or
// deactivates, so it can run again and again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  BASE_URL,
  closeJourney,
  homeCards,
  KEYCLOAK_URL,
  assertNoPageErrors,
  awaitMail,
  eventsApi,
  logIn,
  logOut,
  openJourney,
  openPage,
  parisDayAt,
  parisLocal,
  uniqueEmail,
} from "./support.js";

const ME = "camille.staff";

let browser;
let context;
let page;
before(async () => {
  ({ browser, context, page } = await openJourney(ME));
});
after(async () => {
  await hers?.context().close();
  await closeJourney({ browser, context });
});

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const stamp = Date.now().toString(36);

test("the intranet home shows the staff's space and its cards", async () => {
  assert.deepEqual(await homeCards(page, "Équipe permanente"), [
    "Agenda (gestion)",
    "Comptes",
    "Données personnelles",
    "Adresses en échec",
    "Conservation des données",
    "Organisations",
    "Personnes orientées",
    "Réglages de la coopérative",
    "Pages de présentation",
    "Antennes",
    "Vitrines à valider",
    "Portefeuille d'entrepreneurs",
    "Imports de la comptabilité",
    "Chiffres pour les financeurs",
    "Moteur de recherche",
    "Centre de ressources",
    "Questions-réponses",
  ]);
  const session = await (await page.request.get(`${BASE_URL}/bff/user`)).json();
  assert.equal(session.managesEveryAntenna, true, "staff of the head office manage every antenna");
});

test("staff of an antenna are offered to change their antenna's events only", async () => {
  const { context: theirs, page: hers } = await openPage(browser);
  try {
    await logIn(hers, "nadia.staff");
    const session = await (await hers.request.get(`${BASE_URL}/bff/user`)).json();
    assert.equal(session.managesEveryAntenna, false);
    assert.deepEqual(session.antennas, ["annemasse"]);
    await hers.goto(`${BASE_URL}/intranet/gestion/agenda?kind=INFO_MEETING`);
    await hers.getByRole("heading", { level: 1, name: "Agenda (gestion)" }).waitFor();
    const table = hers.getByRole("table", { name: /^Événements/ });
    await table.waitFor();
    // the demo agenda has information meetings in Seynod and in Annemasse
    await table.getByText("Géré par l'antenne de Seynod").first().waitFor();
    const annemasse = table.getByRole("row").filter({ hasText: "Annemasse" }).filter({ hasText: "Programmé" }).first();
    await annemasse.getByRole("button", { name: /^Modifier/ }).waitFor();
    assertNoPageErrors(hers);
  } finally {
    await theirs.close();
  }
});

// a day about four months ahead, beyond most of the demo agenda; morning times of its own
const day = parisDayAt(110 + Math.floor(Math.random() * 30), 10).slice(0, 10);
const meeting = {
  title: `Réunion d'information de découverte ${stamp}`,
  summary: "Une présentation de la coopérative pour les porteurs de projet de la vallée.",
  description: "Deux heures pour comprendre la coopérative.\n\nVenez avec vos questions.",
};
let meetingId;

test("\"Agenda (gestion)\": she creates a public information meeting", async () => {
  await page.getByRole("link", { name: "Agenda (gestion)" }).click();
  await page.waitForURL(`${BASE_URL}/intranet/gestion/agenda`);
  await page.getByRole("heading", { level: 1, name: "Agenda (gestion)" }).waitFor();
  await page.getByRole("button", { name: "Créer un événement" }).click();
  const form = page.getByRole("form", { name: "Créer un événement" });
  await form.getByLabel("Type d'événement").selectOption("INFO_MEETING");
  await form.getByLabel("Public").selectOption("PUBLIC");
  await form.getByLabel("Titre").fill(meeting.title);
  await form.getByLabel("Résumé").fill(meeting.summary);
  await form.getByLabel("Description").fill(meeting.description);
  await form.getByLabel("Début").fill(`${day}T10:00`);
  await form.getByLabel("Fin").fill(`${day}T12:00`);
  await form.getByLabel("Type de lieu").selectOption("ANTENNA");
  await form.getByLabel("Antenne").selectOption("cluses");
  await form.getByLabel("Nombre de places").fill("15");
  await form.getByRole("button", { name: "Créer", exact: true }).click();
  await page.getByRole("status").getByText(`L'événement « ${meeting.title} » est créé.`).waitFor();
  await form.waitFor({ state: "detached" });
});

test("the new meeting is on the public agenda, with its page and registration form", async () => {
  await page.goto(`${BASE_URL}/agenda`);
  await page.getByLabel("Type d'événement").selectOption("INFO_MEETING");
  await page.getByLabel("Lieu").selectOption("cluses");
  await page.getByLabel("Mois").selectOption(day.slice(0, 7));
  await page.getByRole("button", { name: "Filtrer" }).click();
  await page.waitForURL((url) => url.searchParams.get("month") === day.slice(0, 7));
  const link = page.getByRole("link", { name: meeting.title, exact: true });
  await link.waitFor();
  meetingId = (await link.getAttribute("href")).replace(/^\/agenda\//, "");

  await link.click();
  await page.getByRole("heading", { level: 1, name: meeting.title }).waitFor();
  await page.getByText(meeting.summary).waitFor();
  await page.getByText("Venez avec vos questions.").waitFor();
  assert.match(await page.locator("dl.facts").innerText(), /Cluses/);
  await page.getByRole("heading", { name: "S'inscrire à cette réunion" }).waitFor();
});

test("\"Agenda (gestion)\": the edit form of a members-only event shows its description", async () => {
  // a members-only workshop still to come, and its description as the staff API gives it
  const list = (await eventsApi(ME, "GET", `/api/events/staff/events?kind=WORKSHOP&from=${encodeURIComponent(new Date().toISOString())}&size=50`)).body;
  const workshop = list.items.find((e) => e.audience === "MEMBERS" && e.status !== "CANCELLED");
  assert.ok(workshop, "a members-only workshop is scheduled");
  const detail = await eventsApi(ME, "GET", `/api/events/staff/events/${workshop.id}`);
  assert.equal(detail.status, 200, `GET /api/events/staff/events/${workshop.id}`);
  assert.ok(detail.body.description, "the staff API gives its description");

  const on = parisLocal(new Date(workshop.startsAt)).slice(0, 10);
  await page.goto(`${BASE_URL}/intranet/gestion/agenda?kind=WORKSHOP&du=${on}&au=${on}`);
  const row = page.getByRole("row").filter({ has: page.locator(`time[datetime="${workshop.startsAt}"]`) });
  await row.getByRole("button", { name: new RegExp(`^Modifier : ${escape(workshop.title)}, `) }).click();
  const form = page.getByRole("form", { name: `Modifier « ${workshop.title} »` });
  await form.waitFor();
  assert.equal(await form.getByLabel("Description").inputValue(), detail.body.description);
  assert.equal(await form.getByLabel("Public").inputValue(), "MEMBERS");
  assert.equal(await form.getByText(/La description actuelle n'a pas pu être chargée/).count(), 0);
  await form.getByRole("button", { name: "Fermer sans enregistrer" }).click();
  await form.waitFor({ state: "detached" });
});

test("\"Agenda (gestion)\": she cancels the meeting she created, with a reason; it leaves the public agenda", async () => {
  assert.ok(meetingId, "the meeting was created and found");
  await page.goto(`${BASE_URL}/intranet/gestion/agenda?kind=INFO_MEETING&du=${day}&au=${day}`);
  const row = page.getByRole("row").filter({ hasText: meeting.title });
  await row.getByRole("button", { name: new RegExp(`^Annuler l'événement : ${escape(meeting.title)}, `) }).click();
  await row.getByLabel("Motif de l'annulation (envoyé aux personnes inscrites)").fill("Date déplacée au mois suivant.");
  await row.getByRole("button", { name: "Oui, annuler l'événement" }).click();
  await page.getByRole("status").getByText(`« ${meeting.title} » est annulé ; les personnes inscrites sont prévenues.`).waitFor();
  await row.getByText("Annulé", { exact: true }).waitFor();

  await page.goto(`${BASE_URL}/agenda/${meetingId}`);
  await page.getByText("Cet événement est annulé. Les personnes inscrites ont été prévenues par e-mail.").waitFor();
  assert.equal(await page.getByRole("heading", { name: "S'inscrire à cette réunion" }).count(), 0);
  await page.goto(`${BASE_URL}/agenda?kind=INFO_MEETING&antenna=cluses&month=${day.slice(0, 7)}`);
  await page.getByRole("heading", { level: 1, name: "Agenda" }).waitFor();
  assert.equal(await page.locator(`a[href="/agenda/${meetingId}"]`).count(), 0);
  assertNoPageErrors(page);
});

const invited = { firstName: "Lina", lastName: `Moreau-${stamp}`, email: uniqueEmail("invitee") };

test("\"Comptes\": she invites an account with a unique e-mail", async () => {
  await page.goto(`${BASE_URL}/intranet`);
  await page.getByRole("link", { name: "Comptes" }).click();
  await page.waitForURL(`${BASE_URL}/intranet/gestion/comptes`);
  await page.getByRole("heading", { level: 1, name: "Comptes" }).waitFor();
  await page.getByRole("button", { name: "Inviter une personne" }).click();
  const form = page.getByRole("form", { name: "Inviter une personne" });
  await form.getByLabel("Prénom").fill(invited.firstName);
  await form.getByLabel("Nom", { exact: true }).fill(invited.lastName);
  await form.getByLabel("Adresse e-mail").fill(invited.email);
  await form.getByLabel("Rôle").selectOption("entrepreneur");
  await form.getByLabel(/^Antenne/).selectOption("seynod");
  await form.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await page
    .getByRole("status")
    .getByText(`${invited.firstName} ${invited.lastName} est invité·e : un e-mail lui permet de choisir son mot de passe.`)
    .waitFor();

  await page.getByLabel("Nom ou e-mail").fill(invited.email);
  await page.getByRole("button", { name: "Filtrer" }).click();
  const row = page.getByRole("row").filter({ hasText: invited.email });
  await row.waitFor();
  const cells = await row.getByRole("cell").allInnerTexts();
  assert.deepEqual(cells.slice(0, 3), ["Entrepreneur", "Seynod", "—"]);
  assert.equal(cells[3], "Invitation envoyée");
});

test("the invited person receives the \"choose your password\" e-mail", async () => {
  const mail = await awaitMail(invited.email, /./);
  const link = `${mail.text}\n${mail.html}`.match(/https?:\/\/[^\s"'<>]*\/realms\/coop\/login-actions\/action-token\?[^\s"'<>]+/);
  assert.ok(link, `the e-mail "${mail.subject}" has the link to choose a password`);
  assert.ok(link[0].startsWith(`${KEYCLOAK_URL}/realms/coop/`), link[0]);
  assert.equal(mail.subject, "Votre compte sur l'intranet : choisissez votre mot de passe", "the platform's own e-mail, in French");
  invited.link = link[0];
});

// the invited person's own browser, kept open until her account is deactivated
let hers;

test("the invited person chooses a password on the French Keycloak page, then logs in to her intranet", async () => {
  ({ page: hers } = await openPage(browser));
  await hers.goto(invited.link);
  // Keycloak may first list the actions to perform, with a link to go on
  const proceed = hers.getByRole("link", { name: /Cliquez ici|continuer/i });
  await Promise.race([proceed.waitFor(), hers.locator("#password-new").waitFor()]);
  if (await proceed.isVisible()) await proceed.click();
  await hers.locator("#password-new").fill("Atelier-2027-lac");
  await hers.locator("#password-confirm").fill("Atelier-2027-lac");
  await hers.locator("#password-new").press("Enter");
  await hers.getByRole("heading", { name: "Votre compte a été mis à jour." }).waitFor();

  await hers.goto(`${BASE_URL}/intranet`);
  await hers.getByRole("link", { name: "Se connecter" }).first().click();
  await hers.locator("#username").fill(invited.email);
  await hers.locator("#password").fill("Atelier-2027-lac");
  await hers.locator("#kc-login").click();
  await hers.waitForURL(`${BASE_URL}/intranet`);
  await hers.getByText(`Bonjour ${invited.firstName} ${invited.lastName}`).waitFor();
  const session = await (await hers.request.get(`${BASE_URL}/bff/user`)).json();
  assert.deepEqual(session.roles, ["entrepreneur"]);
  assert.deepEqual(session.antennas, ["seynod"]);
  assertNoPageErrors(hers);
});

test("\"Comptes\": she deactivates the invited account", async () => {
  const row = page.getByRole("row").filter({ hasText: invited.email });
  const name = `${invited.firstName} ${invited.lastName}`;
  await row.getByRole("button", { name: `Désactiver : ${name}` }).click();
  await row.getByRole("button", { name: "Oui, désactiver" }).click();
  await row.getByRole("status").getByText(`Le compte de ${name} est désactivé.`).waitFor();
  await row.getByText("Désactivé", { exact: true }).waitFor();
  assertNoPageErrors(page);
});

test("the deactivated person is refused at her next request and her browser session ends", async () => {
  // the services learn of the deactivation through the broker: a moment at most
  let refused;
  for (const until = Date.now() + 15000; Date.now() < until; await new Promise((r) => setTimeout(r, 300))) {
    refused = await hers.request.get(`${BASE_URL}/api/members/me`);
    if (refused.status() !== 200) break;
  }
  assert.equal(refused.status(), 401);
  assert.equal((await refused.json()).type, "https://coopemploi.com/problems/account-deactivated");
  const session = await (await hers.request.get(`${BASE_URL}/bff/user`)).json();
  assert.equal(session.authenticated, false, "the gateway ended the session the services refuse");
  await hers.goto(`${BASE_URL}/intranet`);
  await hers.getByRole("link", { name: "Se connecter" }).first().waitFor();
  assertNoPageErrors(hers);
  await hers.context().close();
  hers = null;
});

test("the staff member logs out", async () => {
  await logOut(page);
});
