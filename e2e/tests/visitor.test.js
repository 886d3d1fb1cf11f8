// Journey of a visitor: the public agenda filtered by antenna, an information meeting, the registration and its
// confirmation, the kind refusal of a second registration with the same address, the confirmation e-mail with its
// calendar file, then the cancel link of the e-mail opened and used in the browser; last, a message through the
// contact form, which reaches the team mailbox (answered to the visitor) and is acknowledged.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  BASE_URL,
  assertNoPageErrors,
  awaitMail,
  closeJourney,
  inbox,
  linkIn,
  openJourney,
  publicJson,
  readMail,
  uniqueEmail,
} from "./support.js";

let browser;
let context;
let page;
before(async () => {
  ({ browser, context, page } = await openJourney());
});
after(async () => {
  await closeJourney({ browser, context });
});

const address = uniqueEmail("visiteur");
let meeting;
let antenna;

test("the agenda filtered by antenna lists that antenna's events, and leads to an information meeting", async () => {
  // an antenna whose first agenda page has an information meeting still open, with seats
  const antennas = await publicJson("/api/members/public/antennas");
  for (const candidate of antennas) {
    const events = await publicJson(`/api/events/public/events?antenna=${candidate.code}&size=20`);
    const open = events.items.find((e) => e.kind === "INFO_MEETING" && e.registrationOpen && e.seatsLeft > 1);
    if (open) {
      antenna = { ...candidate, events: events.items };
      meeting = open;
      break;
    }
  }
  assert.ok(meeting, "some antenna has an information meeting open to registration");

  await page.goto(`${BASE_URL}/agenda`);
  await page.getByRole("heading", { level: 1, name: "Agenda" }).waitFor();
  await page.getByLabel("Lieu").selectOption({ label: antenna.name });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await page.waitForURL((url) => url.searchParams.get("antenna") === antenna.code);
  await page.locator(`a[href="/agenda/${meeting.id}"]`).waitFor();

  // exactly the antenna's events, and the filter shows what was chosen
  const listed = await page.locator(".card-title a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  assert.deepEqual(listed, antenna.events.map((e) => `/agenda/${e.id}`));
  assert.equal(await page.getByLabel("Lieu").inputValue(), antenna.code);

  await page.locator(`a[href="/agenda/${meeting.id}"]`).click();
  await page.waitForURL(`${BASE_URL}/agenda/${meeting.id}`);
  await page.getByRole("heading", { level: 1, name: meeting.title }).waitFor();
  await page.getByRole("heading", { name: "S'inscrire à cette réunion" }).waitFor();
  assert.match(await page.locator("dl.facts").innerText(), new RegExp(antenna.name));
});

async function fillRegistration() {
  const form = page.getByRole("form", { name: "S'inscrire à cette réunion" });
  await form.getByLabel("Prénom").fill("Camille");
  await form.getByLabel("Nom", { exact: true }).fill("Durand");
  await form.getByLabel("Adresse e-mail").fill(address);
  await form.getByLabel("Commune").fill("Annecy");
  await form.getByLabel("Comment nous avez-vous connus ?").selectOption("WORD_OF_MOUTH");
  await form.getByRole("checkbox", { name: /J'accepte que la coopérative traite ces informations/ }).check();
  // the button is enabled once the page is hydrated
  await form.getByRole("button", { name: "Je m'inscris" }).click();
}

test("the visitor registers and reads the confirmation", async () => {
  assert.ok(meeting, "the previous step found a meeting");
  await fillRegistration();
  const done = page.getByRole("status");
  await done.getByRole("heading", { name: "Votre inscription est confirmée" }).waitFor();
  await done.getByText("Votre inscription est confirmée. Un e-mail de confirmation vous a été envoyé.").waitFor();
  await done.getByText("Vous allez recevoir un e-mail de confirmation avec les informations pratiques.").waitFor();
});

test("registering the same address again gets a kind French refusal, and no second registration", async () => {
  assert.ok(meeting, "the previous step found a meeting");
  await page.reload();
  await fillRegistration();
  const alert = page.getByRole("alert");
  await alert
    .getByText(
      `Vous êtes déjà inscrit(e) à cette réunion avec l'adresse ${address}. Votre inscription précédente reste valable.`,
    )
    .waitFor();
  assert.equal(await page.getByRole("heading", { name: "Votre inscription est confirmée" }).count(), 0);
});

let cancelLink;

test("the confirmation e-mail carries the practical details, a calendar file and the cancel link", async () => {
  assert.ok(meeting, "the previous step found a meeting");
  const mail = await awaitMail(address, /^Inscription confirmée : /);
  assert.match(mail.subject, new RegExp(`^Inscription confirmée : ${escape(meeting.title)} — `));
  assert.match(mail.text, /^Bonjour Camille,/);
  assert.match(mail.text, /Quand : .+ de \d{1,2} h \d{2} à \d{1,2} h \d{2}/);

  // the attachment as GreenMail's REST JSON shows it: the raw MIME names its calendar part
  assert.match(mail.raw, /Content-Type: text\/calendar/);
  const calendar = mail.attachments.find((part) => part.contentType === "text/calendar");
  assert.ok(calendar, `a text/calendar attachment (parts: ${mail.parts.map((p) => p.contentType).join(", ")})`);
  assert.match(calendar.filename ?? "", /\.ics$/);
  const ics = calendar.content.replace(/\r?\n[ \t]/g, ""); // unfolded lines
  assert.match(ics, /^BEGIN:VCALENDAR/);
  assert.match(ics, /BEGIN:VTIMEZONE\r?\nTZID:Europe\/Paris/);
  assert.match(ics, new RegExp(`SUMMARY:${escape(meeting.title)}\r?\n`));
  assert.match(ics, /DTSTART;TZID=Europe\/Paris:\d{8}T\d{6}/);

  cancelLink = linkIn(mail, "/inscriptions/annuler?jeton=");
  assert.ok(cancelLink.startsWith(`${BASE_URL}/inscriptions/annuler?jeton=`), cancelLink);
});

test("the cancel link of the e-mail shows the registration and cancels it in the browser", async () => {
  assert.ok(cancelLink, "the previous step found the cancel link");
  await page.goto(cancelLink);
  await page.getByRole("heading", { level: 1, name: "Annuler mon inscription" }).waitFor();
  await page.getByText("Bonjour Camille,").waitFor();
  const facts = await page.locator("dl.facts").innerText();
  assert.match(facts, new RegExp(escape(meeting.title)));
  assert.match(facts, /Votre inscription\s+Confirmée/);

  await page.getByRole("button", { name: "Annuler mon inscription" }).click();
  await page
    .getByRole("status")
    .getByText(`Votre inscription à « ${meeting.title} » est annulée. Merci de nous avoir prévenus.`)
    .waitFor();
  await page.getByRole("link", { name: "Voir les autres dates de l'agenda" }).waitFor();

  // the same link later: nothing left to do
  await page.reload();
  await page.getByText("Cette inscription est déjà annulée : vous n'avez rien d'autre à faire.").waitFor();
  assert.match(await page.locator("dl.facts").innerText(), /Votre inscription\s+Annulée/);

  // one confirmation only: the refused second registration sent nothing
  const confirmations = (await inbox(address)).map(readMail).filter((m) => /^Inscription confirmée/.test(m.subject));
  assert.equal(confirmations.length, 1);
  assertNoPageErrors(page);
});

test("the contact form sends the visitor's message to the team and acknowledges it", async () => {
  const address = uniqueEmail("contact");
  const name = `Léa Contact ${Date.now().toString(36)}`;
  await page.goto(`${BASE_URL}/contact`);
  await page.getByRole("heading", { level: 1, name: "Contact" }).waitFor();
  const form = page.getByRole("form", { name: "Nous écrire" });
  await form.getByRole("button", { name: "Envoyer mon message" }).click();
  await form.getByRole("alert").getByText("Merci de corriger les champs signalés.").waitFor();

  await form.getByLabel("Nom et prénom").fill(name);
  await form.getByLabel("Adresse e-mail").fill(address);
  await form.getByLabel("Objet").selectOption("PROJECT");
  await form.getByLabel("Votre message").fill("Bonjour, je fabrique des savons et voudrais tester mon activité.");
  // the consent text in force (events-service's versioned texts), whose version goes with the message
  await form.getByLabel(/J'accepte que la coopérative conserve ce message/).check();
  await form.getByRole("button", { name: "Envoyer mon message" }).click();
  await page.getByRole("heading", { name: "Merci, votre message est parti" }).waitFor();

  const toTeam = await awaitMail(process.env.TEAM_MAILBOX ?? "contact@coopemploi.com", new RegExp(`— ${escape(name)}$`));
  assert.match(toTeam.subject, /^Formulaire de contact — Présentation d'un projet/);
  assert.match(toTeam.replyTo, new RegExp(escape(address)), "the team answers the visitor directly");
  assert.match(toTeam.text, /je fabrique des savons/);
  const acknowledgment = await awaitMail(address, /^Votre message à COOP'EMPLOI est bien reçu$/);
  // the address is not verified: the acknowledgment echoes nothing the visitor typed
  assert.match(acknowledgment.text, /^Bonjour,/);
  assert.doesNotMatch(acknowledgment.text, /je fabrique des savons/);
  assertNoPageErrors(page);
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
