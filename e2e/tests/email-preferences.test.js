// Journey of a visitor who stops the reminders from the e-mail itself: staff schedule an information meeting a little
// more than a day ahead and the visitor registers; the confirmation (essential) carries no unsubscribe header; the
// reminder the day before, due a minute later, carries the one-click unsubscribe of RFC 8058 and a footer link; the
// mail client's POST through the gateway, without cookie nor CSRF token, stops the reminders; the footer link opens
// the preferences page (no axe violation), which shows them stopped; the visitor takes them back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  assertAccessible,
  assertNoPageErrors,
  awaitMail,
  BASE_URL,
  eventsApi,
  launchBrowser,
  linkIn,
  openPage,
  uniqueEmail,
} from "./support.js";

let browser;
let context;
let page;
let meeting;
before(async () => {
  browser = await launchBrowser();
  ({ context, page } = await openPage(browser));
});
after(async () => {
  if (meeting) {
    await eventsApi("camille.staff", "POST", `/api/events/staff/events/${meeting}/cancel`, {
      reason: "Réunion de test des préférences d'e-mails",
    });
  }
  await context?.close();
  await browser?.close();
});

const address = uniqueEmail("visiteur-rappels");
let reminder;

/** A header of the raw mail, its folded lines joined. */
function header(mail, name) {
  const head = mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
  return new RegExp(`^${name}:\\s*(.*)$`, "mi").exec(head)?.[1] ?? null;
}

test("the reminder of a meeting carries the one-click unsubscribe, the confirmation does not", async () => {
  // the reminder is due 24 h before the start: a start 24 h and 30 to 90 s ahead (a whole minute) makes it due a
  // few job runs later (./coop test runs the reminder job every 15 s: COOP_REMINDERS_INTERVAL)
  const start = new Date(Date.now() + 24 * 3600_000 + 90_000);
  start.setUTCSeconds(0, 0);
  const created = await eventsApi("camille.staff", "POST", "/api/events/staff/events", {
    kind: "INFO_MEETING",
    audience: "PUBLIC",
    title: "Réunion d'information (préférences d'e-mails)",
    summary: "Découvrir la coopérative",
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
    place: { kind: "ADDRESS", label: "Salle des fêtes", street: "1 place de la Mairie", postalCode: "74600", town: "Seynod" },
    antenna: "seynod",
    capacity: 10,
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  meeting = created.body[0].id;
  const registered = await eventsApi(null, "POST", `/api/events/public/events/${meeting}/registrations`, {
    firstName: "Lina",
    lastName: "Rappel",
    email: address,
    town: "Annecy",
    consent: true,
    honeypot: "",
  });
  assert.equal(registered.status, 201, JSON.stringify(registered.body));

  const confirmation = await awaitMail(address, /^Inscription confirmée/);
  assert.equal(header(confirmation, "List-Unsubscribe"), null);

  reminder = await awaitMail(address, /^Rappel : /, 240_000);
  assert.equal(header(reminder, "List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
  assert.match(reminder.text, /rubrique « Rappels »/);
});

test("the mail client's one-click POST stops the reminders without session or CSRF token", async () => {
  const oneClick = /^<(https?:\/\/[^>]+)>$/.exec(header(reminder, "List-Unsubscribe"))?.[1];
  assert.ok(oneClick, "List-Unsubscribe is an https (or local http) address");
  const url = new URL(oneClick);
  assert.equal(url.pathname, "/api/notifications/public/email-preferences/unsubscribe");
  assert.equal(url.searchParams.get("topic"), "REMINDERS");
  for (let i = 0; i < 2; i++) {
    const response = await fetch(`${BASE_URL}${url.pathname}${url.search}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    assert.equal(response.status, 200, await response.clone().text());
    assert.equal((await response.json()).message, "Vous ne recevrez plus les e-mails de la rubrique « Rappels ».");
  }
});

test("the footer link opens the preferences page, where the visitor takes the reminders back", async () => {
  const link = new URL(linkIn(reminder, "/preferences-courriels"));
  await page.goto(`${BASE_URL}${link.pathname}${link.search}`);
  await page.getByRole("heading", { level: 1, name: "Mes préférences d'e-mails" }).waitFor();
  const reminders = page.getByRole("checkbox", { name: "Rappels" });
  assert.equal(await reminders.isChecked(), false);
  assert.equal(await page.getByRole("checkbox", { name: "Questions-réponses" }).isChecked(), true);
  await assertAccessible(page);

  await reminders.check();
  await page.getByRole("button", { name: "Enregistrer mes choix" }).click();
  await page.getByRole("status").filter({ hasText: "Vos choix sont enregistrés." }).waitFor();
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Mes préférences d'e-mails" }).waitFor();
  assert.equal(await page.getByRole("checkbox", { name: "Rappels" }).isChecked(), true);
  assertNoPageErrors(page);
});
