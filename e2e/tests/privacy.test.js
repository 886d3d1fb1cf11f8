// Journey of a visitor who asks for their personal data from an e-mail (GDPR access, issue 15): staff schedule an
// information meeting and the visitor registers; the confirmation (an essential e-mail) carries the link « Mes données
// personnelles »; the signed page it opens (no axe violation) asks for the data; every service answers through the
// broker; the visitor receives « Vos données personnelles sont prêtes » with a link and downloads one zip archive in
// which events-service's part holds the registration, beside the other services' parts and a French summary.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  assertAccessible,
  assertNoPageErrors,
  awaitMail,
  BASE_URL,
  cancelEvent,
  closeJourney,
  createEvent,
  linkIn,
  openJourney,
  registerVisitor,
  uniqueEmail,
  zipEntries,
} from "./support.js";

let browser;
let context;
let page;
let meeting;
before(async () => {
  ({ browser, context, page } = await openJourney());
});
after(async () => {
  if (meeting) await cancelEvent(meeting, "Réunion de test des données personnelles");
  await closeJourney({ browser, context });
});

const address = uniqueEmail("visiteur-rgpd");
const title = `Réunion d'information (données ${address.slice(14, 22)})`;
let confirmation;
let ready;

test("a visitor's confirmation e-mail leads to their personal data", async () => {
  const start = new Date(Date.now() + 9 * 24 * 3600_000);
  start.setUTCHours(8, 30, 0, 0);
  meeting = await createEvent({ title, start });
  await registerVisitor(meeting, { firstName: "Léa", lastName: "Données", email: address });
  confirmation = await awaitMail(address, /^Inscription confirmée/);
  assert.match(confirmation.text, /Mes données personnelles : /);
});

test("from the e-mail's link the visitor asks for their data and receives the archive's link", async () => {
  const link = new URL(linkIn(confirmation, "/preferences-courriels"));
  await page.goto(`${BASE_URL}${link.pathname}${link.search}`);
  await page.getByRole("heading", { level: 2, name: "Vos données personnelles" }).waitFor();
  await assertAccessible(page);
  await page.getByRole("button", { name: "Obtenir mes données" }).click();
  await page.getByRole("status").filter({ hasText: "Votre demande est enregistrée" }).waitFor();
  assertNoPageErrors(page);

  // every service answers through the broker; the archive is built when the last one has
  ready = await awaitMail(address, /^Vos données personnelles sont prêtes$/, 120_000);
  assert.match(ready.text, /Télécharger mes données/);
});

test("the archive holds the registration, every service's part and a French summary", async () => {
  const download = new URL(linkIn(ready, "/api/members/public/privacy/archives/"));
  const response = await fetch(`${BASE_URL}${download.pathname}`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("content-type"), "application/zip");
  const entries = zipEntries(Buffer.from(await response.arrayBuffer()));
  assert.ok(Object.keys(entries).length > 0, "a zip archive");
  for (const part of ["members-service", "events-service", "resources-service", "dashboard-service", "notification-service"]) {
    assert.ok(`${part}.json` in entries, `${part}.json in ${Object.keys(entries)}`);
    JSON.parse(entries[`${part}.json`]);
  }
  assert.ok(entries["events-service.json"].includes(title), "the registration to the meeting is in events-service's part");
  assert.ok(entries["notification-service.json"].includes("Inscription confirmée"), "the confirmation in the sent log");
  assert.match(entries["resume.html"], /<html lang="fr">/);
  assert.match(entries["resume.html"], /Vos données personnelles/);

  const forged = await fetch(`${BASE_URL}${download.pathname.replace(/.$/, (c) => (c === "A" ? "B" : "A"))}`);
  assert.equal(forged.status, 404);
});
