// The personal file (dossier): Marie (marie.entrepreneur) opens « Mon dossier » from her cards and sees her journey
// drawn as a path and her objectives; Lucas (lucas.coach, her coach) opens her file from « Mes entrepreneurs » and
// records « CAPE signé »; Marie sees it, with his line in the history. Both pages pass axe (WCAG 2.1 A and AA).
// What the journey changes it puts back: a step Marie had already reached is removed and recorded again on its own
// date; a step she had not reached is removed again and her agreement's dates restored (members' API, as Lucas).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  assertAccessible,
  assertNoPageErrors,
  BASE_URL,
  launchBrowser,
  logOut,
  membersApi,
  sessionOf,
} from "./support.js";

const MARIE = "marie.entrepreneur";
const LUCAS = "lucas.coach";
const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
  "novembre", "décembre"];

let browser;
const sessions = [];
let original;
let cape;

before(async () => {
  browser = await launchBrowser();
  const mine = await membersApi(MARIE, "GET", "/api/members/me/file");
  assert.equal(mine.status, 200, "Marie has a personal file (demo data)");
  original = mine.body;
  cape = original.journey.steps.find((s) => s.milestone === "CAPE_SIGNED");
});

after(async () => {
  // put back what the journey changed, whatever step failed
  if (original) {
    const subject = original.person.subject;
    const now = (await membersApi(LUCAS, "GET", `/api/members/files/${subject}`)).body;
    const step = now?.journey?.steps?.find((s) => s.milestone === "CAPE_SIGNED");
    if (cape.reached && (!step?.reached || step.reachedOn !== cape.reachedOn)) {
      await membersApi(LUCAS, "PUT", `/api/members/files/${subject}/milestones/CAPE_SIGNED`, {
        reachedOn: cape.reachedOn,
      });
    }
    if (!cape.reached && step?.reached) {
      await membersApi(LUCAS, "DELETE", `/api/members/files/${subject}/milestones/CAPE_SIGNED`);
    }
    // recording « CAPE signé » starts a CAPE that had no date: the dates go back as they were
    const agreement = original.agreement ?? {};
    const after = (await membersApi(LUCAS, "GET", `/api/members/files/${subject}`)).body?.agreement ?? {};
    if (JSON.stringify(after) !== JSON.stringify(agreement)) {
      await membersApi(LUCAS, "PUT", `/api/members/files/${subject}/agreement`, {
        capeStartsOn: agreement.capeStartsOn ?? undefined,
        capeEndsOn: agreement.capeEndsOn ?? undefined,
        cesaStartsOn: agreement.cesaStartsOn ?? undefined,
      });
    }
  }
  for (const { context } of sessions) await context.close();
  await browser?.close();
});

const session = (username) => sessionOf(browser, sessions, username);


/** "2026-07-01" → "1er juillet 2026", as the file writes a day. */
function frenchDay(day) {
  const [y, m, d] = day.split("-").map(Number);
  return `${d === 1 ? "1er" : d} ${MONTHS[m - 1]} ${y}`;
}

/** "2026-07-01" → "01/07/2026", as the history writes a day. */
function historyDay(day) {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

/** Today in Paris, "2026-12-05". */
function parisToday() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let marie;
let lucas;
let recordedOn;

test("Marie opens her file from her cards and sees her journey as a path and her objectives", async () => {
  marie = await session(MARIE);
  await marie.getByRole("link", { name: "Mon dossier" }).click();
  await marie.waitForURL(`${BASE_URL}/intranet/mon-dossier`);
  await marie.getByRole("heading", { level: 1, name: "Mon dossier" }).waitFor();

  const path = marie.getByRole("list", { name: "Mon parcours" });
  await path.waitFor();
  const steps = path.getByRole("listitem");
  assert.equal(await steps.count(), original.journey.steps.length);
  for (const [i, step] of original.journey.steps.entries()) {
    const item = steps.nth(i);
    assert.match(await item.innerText(), new RegExp(escape(step.label)));
    if (step.reached) assert.match(await item.innerText(), new RegExp(`Franchie le ${escape(frenchDay(step.reachedOn))}`));
  }
  if (original.journey.next) {
    const next = original.journey.steps.find((s) => s.milestone === original.journey.next);
    const current = path.locator('[aria-current="step"]');
    assert.match(await current.innerText(), new RegExp(`${escape(next.label)}\\s*Prochaine étape`));
  }
  await marie.getByText(`${original.journey.reachedCount} étape`, { exact: false }).first().waitFor();

  const objectives = marie.getByRole("region", { name: "Mes objectifs" });
  for (const objective of original.objectives) {
    await objectives.getByRole("heading", { level: 3, name: new RegExp(`^${escape(objective.label)}`) }).waitFor();
  }
  // she reads her journey; her coach changes it
  assert.equal(await marie.getByRole("button", { name: "Enregistrer l'étape" }).count(), 0);
  await assertAccessible(marie);
  assertNoPageErrors(marie);
});

test("Lucas opens Marie's file from « Mes entrepreneurs » and records « CAPE signé »", async () => {
  lucas = await session(LUCAS);
  await lucas.getByRole("link", { name: "Mes entrepreneurs" }).click();
  await lucas.waitForURL(`${BASE_URL}/intranet/entrepreneurs`);
  await lucas.getByRole("link", { name: "Marie Dupont" }).click();
  await lucas.waitForURL(`${BASE_URL}/intranet/dossiers/${original.person.subject}`);
  await lucas.getByRole("heading", { level: 1, name: "Dossier de Marie Dupont" }).waitFor();
  await assertAccessible(lucas);

  if (cape.reached) {
    // the demo's Marie is in her CAPE: the step is taken back first, then recorded again on its own date
    await lucas.getByRole("button", { name: "Retirer l'étape « CAPE signé »" }).click();
    await lucas.getByRole("button", { name: "Oui, la retirer" }).click();
    await lucas.getByRole("status").getByText("Étape « CAPE signé » retirée.").waitFor();
  }
  recordedOn = cape.reached ? cape.reachedOn : parisToday();
  const form = lucas.getByRole("form", { name: "Enregistrer une étape franchie" });
  await form.getByLabel("Étape").selectOption({ label: "CAPE signé" });
  await form.getByLabel("Franchie le").fill(recordedOn);
  await form.getByRole("button", { name: "Enregistrer l'étape" }).click();
  await lucas
    .getByRole("status")
    .getByText(`Étape « CAPE signé » enregistrée, franchie le ${frenchDay(recordedOn)}.`)
    .waitFor();
  const step = lucas.getByRole("list", { name: "Parcours" }).getByRole("listitem").filter({ hasText: "CAPE signé" });
  await step.getByText(`Franchie le ${frenchDay(recordedOn)}`).waitFor();
  await assertAccessible(lucas);
  assertNoPageErrors(lucas);
});

test("Marie sees « CAPE signé » reached, and Lucas's line in her history", async () => {
  assert.ok(recordedOn, "Lucas recorded the step");
  await marie.reload();
  const step = marie.getByRole("list", { name: "Mon parcours" }).getByRole("listitem").filter({ hasText: "CAPE signé" });
  await step.getByText(`Franchie le ${frenchDay(recordedOn)}`).waitFor();
  const history = marie.getByRole("region", { name: "Historique des changements" });
  const line = history.getByRole("listitem").filter({ hasText: `Étape « CAPE signé » franchie le ${historyDay(recordedOn)}` });
  await line.first().getByText(/Lucas Favre/).waitFor();
  await assertAccessible(marie);
  assertNoPageErrors(marie);
  await logOut(marie);
  await logOut(lucas);
});
