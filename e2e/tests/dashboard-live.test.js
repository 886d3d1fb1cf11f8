// Live dashboards through the gateway: Marie keeps her dashboard's event stream open in her browser session (the
// stream the dashboard page listens to); staff import an enDI invoices file for her analytical code through their own
// session; her stream hears of it by itself within seconds, while it stays open (the gateway relays the stream as it
// comes, it does not buffer it). The invoice is dated today, so that replacing "from the file's first date on" touches
// no demo invoice, and numbered by the run, so that each run is a new file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL, assertNoPageErrors, launchBrowser, logIn, openPage } from "./support.js";

let browser;
let marie;
let camille;
before(async () => {
  browser = await launchBrowser();
  marie = await openPage(browser);
  camille = await openPage(browser);
  await logIn(marie.page, "marie.entrepreneur");
  await logIn(camille.page, "camille.staff");
});
after(async () => {
  await marie?.context.close();
  await camille?.context.close();
  await browser?.close();
});

/** Today in Paris as enDI writes dates: 05/12/2026. */
function parisToday() {
  return new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", day: "2-digit", month: "2-digit", year: "numeric" })
    .format(new Date());
}

test("staff import an invoices file and Marie's open dashboard hears of it by itself", async () => {
  await marie.page.evaluate(() => {
    window.figureEvents = [];
    const source = new EventSource("/api/dashboard/me/live");
    source.addEventListener("ready", () => (window.streamOpen = true));
    source.addEventListener("figures", (event) => window.figureEvents.push({ ...JSON.parse(event.data), at: Date.now() }));
    window.liveSource = source;
  });
  await marie.page.waitForFunction(() => window.streamOpen === true, null, { timeout: 15000 });

  const number = `F-E2E-${Date.now()}`;
  const csv =
    "Code analytique;Enseigne;Client;Date;Numéro;Description;Montant HT;Montant TTC;Reste dû\r\n" +
    `MDUPONT;Marie D. Bijoux;Client du test de bout en bout;${parisToday()};${number};Bague;100,00;120,00;120,00\r\n`;
  const xsrf = (await camille.context.cookies()).find((cookie) => cookie.name === "XSRF-TOKEN")?.value;
  assert.ok(xsrf, "staff's session has its CSRF cookie");
  const sentAt = Date.now();
  const response = await camille.page.request.post(`${BASE_URL}/api/dashboard/imports?fileName=factures-${number}.csv`, {
    headers: { "Content-Type": "text/csv", "X-XSRF-TOKEN": xsrf },
    data: Buffer.from(csv, "latin1"),
  });
  assert.equal(response.status(), 202, await response.text());

  await marie.page.waitForFunction(() => window.figureEvents.some((event) => event.cause === "IMPORT"), null, {
    timeout: 30000,
  });
  const heard = await marie.page.evaluate(() => ({
    events: window.figureEvents,
    open: window.liveSource.readyState === EventSource.OPEN,
  }));
  assert.ok(heard.open, "the stream is still open: the event came through as it was sent");
  assert.ok(heard.events[0].at - sentAt < 30000);

  // what the dashboard then reloads shows the new invoice
  const dashboard = await marie.page.evaluate(async () => (await fetch("/api/dashboard/me")).json());
  assert.ok(dashboard.sales.invoicesUnpaid >= 1);
  assertNoPageErrors(marie.page);
});

test("the live stream is the caller's own: an entrepreneur cannot open another's", async () => {
  const status = await marie.page.evaluate(async () =>
    (await fetch("/api/dashboard/entrepreneurs/5ae4bd4f-a0f9-4544-bf45-a2440fc1b240/live")).status,
  );
  assert.equal(status, 403);
});
