// The personal file (dossier): Marie (marie.entrepreneur) opens « Mon dossier » from her cards and sees her journey
// drawn as a path and her objectives; Lucas (lucas.coach, her coach) opens her file from « Mes entrepreneurs » and
// records « CAPE signé »; Marie sees it, with his line in the history. Both pages pass axe (WCAG 2.1 A and AA).
// Then Marie puts a document in her file with the upload widget; Lucas is told by e-mail, finds it in her file and
// downloads it; Théo cannot read it; Marie removes it.
// What the journey changes it puts back: a step Marie had already reached is removed and recorded again on its own
// date; a step she had not reached is removed again and her agreement's dates restored (members' API, as Lucas).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  assertAccessible,
  assertNoPageErrors,
  awaitMail,
  BASE_URL,
  closeJourney,
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
let sharedName;

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
    const left = (await membersApi(MARIE, "GET", "/api/members/me/file")).body?.documents ?? [];
    for (const d of left.filter((d) => d.name === sharedName)) {
      await membersApi(MARIE, "DELETE", `/api/members/files/${subject}/documents/${d.id}`);
    }
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
  await closeJourney({ browser, sessions });
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

/** A small real PDF (one page, one line of text), made here so that the journey needs no file of its own. */
function pdf(text) {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
  ];
  const stream = `BT /F1 18 Tf 72 760 Td (${text}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  let body = "%PDF-1.4\n";
  const offsets = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

test("Marie shares a document in her file; Lucas is told, reads it; Théo cannot", async () => {
  const run = Date.now().toString(36);
  sharedName = `previsionnel-${run}.pdf`;
  const subject = original.person.subject;
  const marieFile = await session(MARIE);
  await marieFile.goto(`${BASE_URL}/intranet/mon-dossier`);
  const documents = marieFile.getByRole("region", { name: "Documents échangés" });
  await documents.getByLabel("Déposer des documents").setInputFiles({
    name: sharedName,
    mimeType: "application/pdf",
    buffer: pdf(`Previsionnel ${run}`),
  });
  await documents.getByText(`${sharedName} : ajouté`).waitFor({ timeout: 30000 });
  const item = documents.getByRole("listitem").filter({ hasText: sharedName });
  await item.getByText(/Déposé par Marie Dupont \(entrepreneur·e\)/).waitFor();
  await assertAccessible(marieFile);
  assertNoPageErrors(marieFile);

  // her coach is told by e-mail, with the way to her file
  const lucasAddress = (await membersApi(LUCAS, "GET", "/api/members/me")).body.email;
  const mail = await awaitMail(lucasAddress, new RegExp(`Nouveau document de Marie Dupont : ${escape(sharedName)}`));
  assert.match(mail.text, new RegExp(`/intranet/dossiers/${subject}`));

  // Lucas finds it in her file and downloads it with his session
  const lucasFile = await session(LUCAS);
  await lucasFile.goto(`${BASE_URL}/intranet/dossiers/${subject}`);
  const link = lucasFile.getByRole("region", { name: "Documents échangés" }).getByRole("link", { name: sharedName });
  const href = await link.getAttribute("href");
  const [download] = await Promise.all([lucasFile.waitForEvent("download"), link.click()]);
  assert.equal(download.suggestedFilename(), sharedName);
  const response = await lucasFile.request.get(`${BASE_URL}${href}`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()["content-type"] ?? "", /^application\/pdf/);
  assert.match(response.headers()["content-disposition"] ?? "", /^attachment/);
  assert.equal(response.headers()["x-content-type-options"], "nosniff");
  assert.equal((await response.body()).subarray(0, 5).toString("latin1"), "%PDF-");
  // he did not share it: he cannot remove it
  assert.equal(
    await lucasFile.getByRole("button", { name: `Retirer le document « ${sharedName} »` }).count(),
    0,
  );
  await assertAccessible(lucasFile);

  // Théo, another entrepreneur, cannot read it, even knowing its address
  const theo = await membersApi("theo.entrepreneur", "GET", href);
  assert.equal(theo.status, 404);

  // Marie removes it; it is gone for Lucas too
  await marieFile.reload();
  await documents.getByRole("button", { name: `Retirer le document « ${sharedName} »` }).click();
  await documents.getByRole("button", { name: "Oui, le retirer" }).click();
  await documents.getByText(`Document « ${sharedName} » retiré.`).waitFor();
  assert.equal((await lucasFile.request.get(`${BASE_URL}${href}`)).status(), 404);
  assertNoPageErrors(marieFile);
  await logOut(marieFile);
  await logOut(lucasFile);
});
