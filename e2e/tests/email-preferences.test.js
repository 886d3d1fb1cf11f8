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
  cancelEvent,
  closeJourney,
  createEvent,
  linkIn,
  openJourney,
  registerVisitor,
  uniqueEmail,
} from "./support.js";

let browser;
let context;
let page;
let meeting;
before(async () => {
  ({ browser, context, page } = await openJourney());
});
after(async () => {
  if (meeting) await cancelEvent(meeting, "Réunion de test des préférences d'e-mails");
  await closeJourney({ browser, context });
});

const address = uniqueEmail("visiteur-rappels");
let reminder;

/** A header of the raw mail, its folded lines joined. */
function header(mail, name) {
  const head = mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
  return new RegExp(`^${name}:\\s*(.*)$`, "mi").exec(head)?.[1] ?? null;
}

test("the reminder of a meeting carries the one-click unsubscribe, the confirmation does not", async () => {
  // the reminder is due 24 h before the start: a start 24 h and 25 s ahead makes it due a few job runs later
  // (./coop test runs the reminder job every 5 s: COOP_REMINDERS_INTERVAL), and still ahead when notification-service
  // plans it on the registration's message (a reminder already due when planned is not sent)
  const start = new Date(Date.now() + 24 * 3600_000 + 25_000);
  start.setUTCMilliseconds(0);
  meeting = await createEvent({ title: "Réunion d'information (préférences d'e-mails)", start });
  await registerVisitor(meeting, { firstName: "Lina", lastName: "Rappel", email: address });

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
