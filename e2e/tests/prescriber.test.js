// Journey of a prescriber (sophie.prescriber): the intranet home and its cards, "Inscrire une personne" with the
// mandatory consent box, the person's confirmation e-mail, then "Les personnes que j'ai orientées" with the status;
// when the person cancels, Sophie sees it on the referral's path page and receives the outcome e-mail, once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  BASE_URL,
  assertAccessible,
  assertNoPageErrors,
  awaitMail,
  closeJourney,
  homeCards,
  inbox,
  linkIn,
  logOut,
  openJourney,
  openPage,
  readMail,
  uniqueEmail,
} from "./support.js";

const SOPHIE = "sophie.martin@demo.coopemploi.test";

let browser;
let context;
let page;
before(async () => {
  ({ browser, context, page } = await openJourney("sophie.prescriber"));
});
after(async () => {
  await closeJourney({ browser, context });
});

const person = { firstName: "Yasmine", lastName: `Benali-${Date.now().toString(36)}`, email: uniqueEmail("orientee") };
let meetingLabel;

test("the intranet home shows the prescriber's space and its two cards", async () => {
  assert.deepEqual(await homeCards(page, "Espace prescripteur"), [
    "Inscrire une personne",
    "Les personnes que j'ai orientées",
  ]);
  // no other role's tools
  assert.equal(await page.getByRole("region", { name: "Espace entrepreneur" }).count(), 0);
  assert.equal(await page.getByRole("region", { name: "Équipe permanente" }).count(), 0);
});

test("\"Inscrire une personne\" asks for the person's consent, then registers them", async () => {
  await page.getByRole("link", { name: "Inscrire une personne" }).click();
  await page.waitForURL(`${BASE_URL}/intranet/orienter`);
  const form = page.getByRole("form", { name: "La personne et la réunion" });
  await form.waitFor();

  // an open meeting that still has seats (a full one says so in its label)
  const select = form.getByLabel("Réunion d'information");
  const options = await select.locator("option").evaluateAll((list) =>
    list.map((o) => ({ value: o.value, label: o.textContent ?? "" })),
  );
  const choice = options.find((o) => o.value && !/complet/.test(o.label));
  assert.ok(choice, `an information meeting with seats is offered (${options.length} options)`);
  meetingLabel = choice.label;
  await select.selectOption(choice.value);
  await form.getByLabel("Prénom").fill(person.firstName);
  await form.getByLabel("Nom", { exact: true }).fill(person.lastName);
  await form.getByLabel("Adresse e-mail").fill(person.email);
  await form.getByLabel("Commune").fill("Rumilly");

  // without the consent box: refused before anything is sent
  await form.getByRole("button", { name: "Inscrire la personne" }).click();
  const alert = form.getByRole("alert");
  await alert.getByText("L'accord de la personne est obligatoire pour l'inscrire.").waitFor();

  await form.getByRole("checkbox", { name: /La personne a donné son accord/ }).check();
  await form.getByRole("button", { name: "Inscrire la personne" }).click();
  const done = page.getByRole("status");
  await done.getByRole("heading", { name: "La personne est inscrite" }).waitFor();
  await done.getByText("Votre inscription est confirmée. Un e-mail de confirmation vous a été envoyé.").waitFor();
});

let cancelLink;

test("the person receives the confirmation e-mail", async () => {
  const mail = await awaitMail(person.email, /^Inscription confirmée : /);
  assert.match(mail.text, new RegExp(`^Bonjour ${person.firstName},`));
  assert.ok(mail.attachments.some((part) => part.contentType === "text/calendar"), "with its calendar file");
  cancelLink = linkIn(mail, "/inscriptions/annuler?jeton=");
});

test("\"Les personnes que j'ai orientées\" lists the person with the meeting and the status", async () => {
  await page.getByRole("link", { name: "Voir les personnes que j'ai orientées" }).click();
  await page.waitForURL(`${BASE_URL}/intranet/orientations`);
  const table = page.getByRole("table", { name: "Personnes inscrites par vous, les plus récentes d'abord" });
  await table.waitFor();
  const row = table.getByRole("row").filter({ hasText: person.email });
  await row.waitFor();
  const cells = await row.getByRole("cell").allInnerTexts();
  const [meeting, registeredOn, followUp] = cells;
  assert.match(await row.getByRole("rowheader").innerText(), new RegExp(`${person.firstName} ${person.lastName}`));
  assert.match(meeting, /Réunion d'information/);
  // the meeting chosen in the form ("<date> · <town>") is the one listed
  assert.ok(meeting.replace(/\s+/g, " ").includes(meetingLabel.split(" · ")[0].replace(/\s+/g, " ")), `${meeting} / ${meetingLabel}`);
  assert.match(registeredOn, /\d{4}/);
  assert.equal(followUp, "Inscrit·e");
  // the most recent first
  assert.match(await table.getByRole("row").nth(1).innerText(), new RegExp(person.email.replace(/[.+]/g, "\\$&")));
  assertNoPageErrors(page);
});

test("when the person cancels from their e-mail, the prescriber sees it", async () => {
  assert.ok(cancelLink, "the e-mail gave the cancel link");
  // the person, in their own browser
  const theirs = await openPage(browser);
  await theirs.page.goto(cancelLink);
  await theirs.page.getByRole("button", { name: "Annuler mon inscription" }).click();
  await theirs.page.getByRole("status").getByText(/est annulée\. Merci de nous avoir prévenus\./).waitFor();
  await theirs.context.close();

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: person.email });
  await row.waitFor();
  assert.equal((await row.getByRole("cell").allInnerTexts()).at(-1), "Annulé");
});

test("the person's name leads to their path: the meeting cancelled, the next steps not reached", async () => {
  await page.getByRole("row").filter({ hasText: person.email }).getByRole("link", { name: `${person.firstName} ${person.lastName}` }).click();
  await page.waitForURL(new RegExp(`${BASE_URL}/intranet/orientations/[0-9a-f-]{36}$`));
  await page.getByRole("heading", { level: 1, name: `Parcours de ${person.firstName} ${person.lastName}` }).waitFor();
  const steps = page.getByRole("list", { name: "Étapes du parcours" }).getByRole("listitem");
  assert.deepEqual(await steps.locator("h2").allInnerTexts(), ["Réunion d'information", "Premier entretien", "CAPE", "CESA"]);
  assert.match(await steps.nth(0).innerText(), /Inscription annulée le \d{1,2}(er)? \S+ \d{4}/);
  assert.match(await steps.nth(1).innerText(), /Pas encore/);
  assert.match(await steps.nth(2).innerText(), /Pas encore signé/);
  assert.match(await steps.nth(3).innerText(), /Pas encore signé/);
  // a prescriber sees no other prescriber of the person
  assert.equal(await page.getByText(/Orienté·e aussi par/).count(), 0);
  await assertAccessible(page);
  assertNoPageErrors(page);
});

test("Sophie receives the outcome e-mail once, with the link to the path", async () => {
  // Sophie's mailbox holds earlier runs' outcomes: this person's is the one naming them
  const about = (mail) => mail.text.includes(`${person.firstName} ${person.lastName} a annulé son inscription`);
  const deadline = Date.now() + 30000;
  let mails = [];
  while (mails.length === 0 && Date.now() < deadline) {
    mails = (await inbox(SOPHIE)).map(readMail).filter(about);
    if (mails.length === 0) await new Promise((resolve) => setTimeout(resolve, 300));
  }
  assert.equal(mails.length, 1, "one e-mail about this person's cancellation reached Sophie");
  const [mail] = mails;
  assert.equal(mail.subject, "Personne orientée : inscription annulée");
  assert.match(mail.text, /^Bonjour Sophie,/);
  assert.match(mail.text, new RegExp(`Vous avez orienté ${person.firstName} ${person.lastName} vers `));
  // one-click unsubscribe of « Suivi des personnes orientées » (not used here: Sophie keeps them)
  const head = mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
  assert.match(/^List-Unsubscribe:\s*(.*)$/im.exec(head)?.[1] ?? "", /topic=REFERRALS/);
  assert.equal(new URL(linkIn(mail, "/intranet/orientations/")).pathname, new URL(page.url()).pathname);
  // never twice for the same outcome
  await new Promise((resolve) => setTimeout(resolve, 2000));
  assert.equal((await inbox(SOPHIE)).map(readMail).filter(about).length, 1);
});

test("the prescriber logs out", async () => {
  await logOut(page);
});
