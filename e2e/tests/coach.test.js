// Journey of a coach (lucas.coach): the intranet home and its cards; "Mes sessions": a session that has started (the
// demo's past workshop), attendance marked, saved, still there after a reload, and the sign-in sheet as a PDF;
// "Mes créneaux": a slot published for a future date, seen in the list, then withdrawn. The journey puts back the
// attendance it changed and withdraws the slot it published, so it can run again and again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  BASE_URL,
  assertNoPageErrors,
  closeJourney,
  eventsApi,
  homeCards,
  logOut,
  openJourney,
  parisDayAt,
} from "./support.js";

const ME = "lucas.coach";
const MARIE_EMAIL = "marie.dupont@demo.coopemploi.test";
const CHOICES = { PRESENT: "Présent", ABSENT: "Absent", EXCUSED: "Excusé" };

let browser;
let context;
let page;
before(async () => {
  ({ browser, context, page } = await openJourney(ME));
});
after(async () => {
  await closeJourney({ browser, context });
});

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("the intranet home shows the coach's space and its cards", async () => {
  assert.deepEqual(await homeCards(page, "Espace accompagnateur", "Bonjour Lucas Favre"), [
    "Mes sessions (présences)",
    "Mes créneaux et rendez-vous",
    "Mes entrepreneurs",
    "Vitrines à valider",
    "Mon portefeuille",
    "Mon profil d'accompagnateur",
    "Centre de ressources",
    "Ressources à valider",
    "Questions-réponses",
  ]);
  assert.equal(await page.getByRole("region", { name: "Espace entrepreneur" }).count(), 0);
});

let session;
let person;
let original;

test("\"Mes sessions\": he opens a session that has started and marks attendance; the choice is kept", async () => {
  // a workshop that has started, with someone registered besides Marie (whose absence the entrepreneur journey
  // relies on): the demo's past workshop
  const sessions = (await eventsApi(ME, "GET", "/api/events/coach/sessions")).body;
  const started = sessions
    .filter((s) => s.event.kind === "WORKSHOP" && new Date(s.event.startsAt) < new Date() && s.confirmed > 0)
    .sort((a, b) => b.event.startsAt.localeCompare(a.event.startsAt));
  for (const candidate of started) {
    const registrations = (await eventsApi(ME, "GET", `/api/events/coach/sessions/${candidate.event.id}/registrations`)).body;
    const other = registrations.find((r) => r.status === "CONFIRMED" && r.email !== MARIE_EMAIL);
    if (other) {
      session = candidate.event;
      person = `${other.firstName} ${other.lastName}`;
      original = other.attendance;
      break;
    }
  }
  assert.ok(session, "a workshop that has started, with registrations (GET /api/events/coach/sessions)");
  const target = original === "EXCUSED" ? "PRESENT" : "EXCUSED";

  await page.getByRole("link", { name: "Mes sessions (présences)" }).click();
  await page.waitForURL(`${BASE_URL}/intranet/sessions`);
  const table = page.getByRole("table", { name: "Mes ateliers et réunions" });
  const row = table.getByRole("row").filter({ has: page.locator(`time[datetime="${session.startsAt}"]`) });
  await row.getByRole("link", { name: session.title }).click();
  await page.waitForURL(`${BASE_URL}/intranet/sessions/${session.id}`);
  await page.getByRole("heading", { level: 1, name: session.title }).waitFor();

  const group = page.getByRole("group", { name: new RegExp(`^${escape(person)} `) });
  await group.getByRole("radio", { name: CHOICES[target] }).check();
  await page.getByRole("button", { name: "Enregistrer les présences" }).click();
  await page.getByRole("status").getByText(/^Présences enregistrées\./).waitFor();

  await page.reload();
  const reloaded = page.getByRole("group", { name: new RegExp(`^${escape(person)} `) });
  await reloaded.getByRole("radio", { name: CHOICES[target], checked: true }).waitFor();
  // Marie's absence is untouched
  const marie = page.getByRole("group", { name: /\(marie\.dupont@demo\.coopemploi\.test\)/ });
  if (await marie.count()) await marie.getByRole("radio", { name: "Absent", checked: true }).waitFor();
});

test("\"Mes sessions\": the attendance is put back as it was", async (t) => {
  assert.ok(session && person, "the previous step changed an attendance");
  if (!original) return t.skip("no attendance was recorded before: nothing to put back");
  const group = page.getByRole("group", { name: new RegExp(`^${escape(person)} `) });
  await group.getByRole("radio", { name: CHOICES[original] }).check();
  await page.getByRole("button", { name: "Enregistrer les présences" }).click();
  await page.getByRole("status").getByText(/^Présences enregistrées\./).waitFor();
  await page.reload();
  await page
    .getByRole("group", { name: new RegExp(`^${escape(person)} `) })
    .getByRole("radio", { name: CHOICES[original], checked: true })
    .waitFor();
});

test("\"Mes sessions\": the sign-in sheet link returns a PDF", async () => {
  assert.ok(session, "a session is open");
  const link = page.getByRole("link", { name: "Télécharger la feuille d'émargement (PDF)" });
  const href = await link.getAttribute("href");
  assert.equal(href, `/api/events/coach/sessions/${session.id}/sign-in-sheet.pdf`);
  // what the browser downloads with the session
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  assert.match(download.suggestedFilename(), /\.pdf$/);
  const response = await page.request.get(`${BASE_URL}${href}`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()["content-type"] ?? "", /^application\/pdf/);
  assert.equal((await response.body()).subarray(0, 5).toString("latin1"), "%PDF-");
});

let published;

test("\"Mes créneaux\": he publishes a slot for a future date and sees it among his open slots", async () => {
  // a day some weeks ahead, at a time of its own (minutes), so that this run's slot is easy to tell apart
  const minute = 5 * Math.floor(Math.random() * 12);
  const start = parisDayAt(20 + Math.floor(Math.random() * 20), 16, minute);
  const end = start.replace("T16:", "T17:");

  await page.goto(`${BASE_URL}/intranet`);
  await page.getByRole("link", { name: "Mes créneaux et rendez-vous" }).click();
  await page.waitForURL(`${BASE_URL}/intranet/creneaux`);
  const form = page.getByRole("form", { name: "Publier un créneau" });
  await form.waitFor();
  await form.getByLabel("Début").fill(start);
  await form.getByLabel("Fin").fill(end);
  await form.getByLabel("Type de lieu").selectOption({ label: "Dans une antenne" });
  await form.getByLabel("Antenne").selectOption("seynod");
  await form.getByRole("button", { name: "Publier le créneau" }).click();
  const done = form.getByRole("status").getByText(/^Créneau publié pour le .+\.$/);
  await done.waitFor();
  // "Créneau publié pour le jeudi 7 janvier 2027 à 16 h 35." names the slot as the list does
  published = (await done.innerText()).replace(/^Créneau publié pour le /, "").replace(/\.$/, "");
  assert.match(published, new RegExp(`à 16\\s?h${minute ? `\\s${String(minute).padStart(2, "0")}` : ""}$`));

  const open = page.getByRole("region", { name: "Mes créneaux libres" });
  await open.getByRole("button", { name: `Supprimer le créneau du ${published}` }).waitFor();
});

test("\"Mes créneaux\": he withdraws the slot he published", async () => {
  assert.ok(published, "the previous step published a slot");
  const open = page.getByRole("region", { name: "Mes créneaux libres" });
  await open.getByRole("button", { name: `Supprimer le créneau du ${published}` }).click();
  await open.getByRole("button", { name: "Oui, supprimer" }).click();
  await open.getByRole("status").getByText("Créneau supprimé.").waitFor();
  await open.getByRole("button", { name: `Supprimer le créneau du ${published}` }).waitFor({ state: "detached" });
  assertNoPageErrors(page);
});

test("the coach logs out", async () => {
  await logOut(page);
});
