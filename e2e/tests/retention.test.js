// Journey of the retention periods and the addresses in failure (camille.staff, head office): « Conservation des
// données » shows the periods in force, refuses an impossible one before sending, saves a changed one that the privacy
// notice then states, and puts it back; « Adresses en échec » opens. Pages checked with axe and for script errors.
// Whatever it changes it puts back, so it can run again on the same data.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  assertAccessible,
  assertNoPageErrors,
  BASE_URL,
  closeJourney,
  membersApi,
  openJourney,
  publicJson,
} from "./support.js";

const REMINDERS = "Rappels d'événements passés (jours)";

let browser;
let context;
let page;
let periodsBefore;
before(async () => {
  periodsBefore = await publicJson("/api/members/public/retention");
  ({ browser, context, page } = await openJourney("camille.staff"));
});
after(async () => {
  // a journey stopped half-way leaves the periods as it found them
  const now = await publicJson("/api/members/public/retention");
  if (periodsBefore && JSON.stringify(now) !== JSON.stringify(periodsBefore)) {
    await membersApi("camille.staff", "PUT", "/api/members/staff/retention", periodsBefore);
  }
  await closeJourney({ browser, context });
});

async function openRetention() {
  await page.goto(`${BASE_URL}/intranet`);
  await page.getByRole("link", { name: "Conservation des données" }).click();
  await page.getByRole("heading", { level: 1, name: "Conservation des données" }).waitFor();
  await page.getByLabel(REMINDERS).waitFor();
}

async function save() {
  await page.getByRole("button", { name: "Enregistrer les durées" }).click();
}

test("staff change a retention period, the privacy notice states it, then they put it back", async () => {
  await openRetention();
  await assertAccessible(page);
  const field = page.getByLabel(REMINDERS);
  assert.equal(Number(await field.inputValue()), periodsBefore.reminders);

  await field.fill("0");
  await save();
  await page.getByRole("alert").waitFor();
  await page.locator(".field-error").filter({ hasText: "Indiquez un nombre entier de jours, au moins 1." }).waitFor();
  assert.equal((await publicJson("/api/members/public/retention")).reminders, periodsBefore.reminders);

  const trial = periodsBefore.reminders === 60 ? 120 : 60;
  await field.fill(String(trial));
  await save();
  await page.getByText(/Durées enregistrées/).waitFor();
  assert.equal((await publicJson("/api/members/public/retention")).reminders, trial);

  await page.goto(`${BASE_URL}/confidentialite`);
  await page.getByRole("heading", { level: 2, name: "Combien de temps nous les conservons" }).waitFor();
  await page.getByText(`rappels : ${trial / 30} mois après l'événement`).waitFor();

  await openRetention();
  await page.getByLabel(REMINDERS).fill(String(periodsBefore.reminders));
  await save();
  await page.getByText(/Durées enregistrées/).waitFor();
  assert.deepEqual(await publicJson("/api/members/public/retention"), periodsBefore);
  assertNoPageErrors(page);
});

test("staff open the addresses in failure", async () => {
  await page.goto(`${BASE_URL}/intranet`);
  await page.getByRole("link", { name: "Adresses en échec" }).click();
  await page.getByRole("heading", { level: 1, name: "Adresses en échec" }).waitFor();
  await page.getByText(/Aucune adresse en échec|Adresses en échec \(\d+\)/).first().waitFor();
  await assertAccessible(page);
  assertNoPageErrors(page);
});
