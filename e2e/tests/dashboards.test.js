// Journeys of the dashboards, in the browser through the gateway:
// - Marie keeps "Mon tableau de bord" open; Camille (staff, head office) imports a ledger for Marie's analytical code
//   on « Imports de la comptabilité » and reads its report; Marie's page changes by itself (server-sent events
//   relayed by the gateway as they come), without a reload. The ledger's one line is dated tomorrow, so that replacing
//   "from the file's first date on" touches no demo figure, and each run is a new file.
// - Lucas (coach) opens his portfolio, sees Marie's alert saying why, and follows it to her dashboard.
// - Paul (funder) reads the cooperative's anonymous figures: no name on the page.
// Each page is checked with axe (WCAG 2.1 A and AA) and for script errors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, assertNoPageErrors, BASE_URL, closeJourney, launchBrowser, sessionOf } from "./support.js";

const MARIE = "b465c806-618a-4771-b0d4-d76aa7ceecf5";

let browser;
const sessions = [];
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await closeJourney({ browser, sessions });
});

const session = (username) => sessionOf(browser, sessions, username);


/** A Paris day `days` from today, as accountants write dates: 06/12/2026. */
function parisDay(days) {
  return new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", day: "2-digit", month: "2-digit", year: "numeric" })
    .format(new Date(Date.now() + days * 86400000));
}

test("staff import a ledger and Marie's open dashboard changes by itself", async () => {
  const marie = await session("marie.entrepreneur");
  await marie.goto(`${BASE_URL}/intranet/tableau-de-bord`);
  await marie.getByRole("heading", { level: 1, name: "Mon tableau de bord" }).waitFor();
  await marie.getByRole("table", { name: /par mois/ }).waitFor();
  const monthsBefore = await marie.getByRole("table", { name: /par mois/ }).innerText();
  await assertAccessible(marie);

  const camille = await session("camille.staff");
  await camille.goto(`${BASE_URL}/intranet/gestion/imports`);
  const tomorrow = parisDay(1);
  // an amount of its own, so that the month's figures differ from whatever an earlier run left for tomorrow
  const amount = (1000 + (Date.now() % 900000) / 100).toFixed(2).replace(".", ",");
  const csv =
    "Poste analytique;N° de compte;Date;Libellé;Débit;Crédit\r\n" +
    `MDUPONT;706000;${tomorrow};Vente du test de bout en bout ${Date.now()};0,00;${amount}\r\n`;
  await camille.getByLabel("Fichier de la comptabilité ou d'enDI").setInputFiles({
    name: `grand-livre-e2e-${Date.now()}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "latin1"),
  });
  await camille.getByRole("button", { name: "Importer" }).click();
  const report = camille.getByRole("region", { name: /Import de « grand-livre-e2e-/ });
  await report.getByText(/^Importé/).waitFor({ timeout: 30000 });
  await assertAccessible(camille);

  // Marie did nothing: her page heard of it and loaded her figures again
  await marie.getByText(/Les chiffres viennent d'être mis à jour/).waitFor({ timeout: 30000 });
  const monthsAfter = await marie.getByRole("table", { name: /par mois/ }).innerText();
  assert.notEqual(monthsAfter, monthsBefore);
  assert.match(await marie.getByTestId("figures-as-of").innerText(), /^Chiffres au /);
  assertNoPageErrors(marie);
  assertNoPageErrors(camille);
});

test("Lucas sees an alert on his portfolio and follows it to Marie's dashboard", async () => {
  const lucas = await session("lucas.coach");
  await lucas.goto(`${BASE_URL}/intranet/portefeuille`);
  const table = lucas.getByRole("table", { name: "Entrepreneurs, chiffres clés et alertes" });
  const row = table.getByRole("row").filter({ hasText: "Marie Dupont" });
  const alert = row.getByRole("listitem").getByRole("link").first();
  const reason = await alert.innerText();
  assert.ok(reason.length > 10, "the alert says why");
  await assertAccessible(lucas);
  await alert.click();
  await lucas.waitForURL(`${BASE_URL}/intranet/portefeuille/${MARIE}`);
  await lucas.getByRole("table", { name: /par mois/ }).waitFor();
  await lucas.getByRole("form", { name: "Saisir les chiffres d'un mois" }).waitFor();
  await assertAccessible(lucas);
  assertNoPageErrors(lucas);
});

test("a funder reads the cooperative's figures, with no name on the page", async () => {
  const paul = await session("paul.funder");
  await paul.goto(`${BASE_URL}/intranet/financeurs`);
  await paul.getByRole("table", { name: /Orientation → réunion d'information/ }).waitFor();
  const text = await paul.locator("main").innerText();
  for (const name of ["Marie", "Dupont", "Théo", "Girard"]) assert.ok(!text.includes(name), `no ${name}`);
  await assertAccessible(paul);
  assertNoPageErrors(paul);
});
