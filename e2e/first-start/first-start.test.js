// First start without demo data (issue 14): the platform of this checkout is stopped and every store wiped, then
// started with COOP_DEMO_DATA=false and COOP_ADMIN_EMAIL, as a cooperative installing it would. The first staff
// account gets Keycloak's « choose your password » e-mail, logs in, finds « Première mise en route » on its intranet
// home, describes the cooperative (name, logo, colours, contact) and creates the first antenna; the steps are then
// gone, and no public page of the sitemap holds a trace of COOP'EMPLOI, the demo cooperative: only what was typed.
//
// It wipes the platform: `./coop test` runs it as its own step, last, never `npm test` (tests/ only). By hand, only
// on a platform you may wipe: (cd e2e && node --test first-start/)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import {
  BASE_URL,
  KEYCLOAK_URL,
  assertAccessible,
  assertNoPageErrors,
  awaitMail,
  launchBrowser,
  openPage,
  publicJson,
} from "../tests/support.js";
import { coop, retryClosedConnections, wipePlatform } from "../tests/platform.js";

retryClosedConnections();
const suffix = randomBytes(3).toString("hex");
const ADMIN = `premiere.equipe-${suffix}@example.org`;
const PASSWORD = `Premier-demarrage-${suffix}`;
const COOPERATIVE = {
  name: "Coopérative Alpes Lémanique",
  shortName: `Alpes Léman ${suffix}`,
  primary: "#1d5c4a",
  contact: `contact-${suffix}@example.org`,
  antenna: "Thonon-les-Bains",
};
// what would betray the demo cooperative (its name however it is spelt, its town)
const DEMO_TRACES = /coop[\s'’_-]?emploi|seynod/i;
// a small square logo, an SVG the service keeps after cleaning it
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" fill="${COOPERATIVE.primary}"/><circle cx="24" cy="24" r="14" fill="#ffffff"/></svg>`;

let browser;
let context;
let page;
before(async () => {
  await wipePlatform({ index: true });
  coop(["up"], { COOP_DEMO_DATA: "false", COOP_ADMIN_EMAIL: ADMIN });
  browser = await launchBrowser();
  ({ context, page } = await openPage(browser));
});
after(async () => {
  await context?.close();
  await browser?.close();
});

test("before anyone sets it up, the public site runs on a neutral name", async () => {
  const cooperative = await publicJson("/api/members/public/cooperative");
  assert.equal(cooperative.configured, false);
  await page.goto(`${BASE_URL}/`);
  assert.doesNotMatch(await page.content(), DEMO_TRACES, "the home page shows nothing of the demo cooperative");
  assert.equal((await page.locator(".site-header .logo-name").innerText()).trim(), cooperative.shortName);
});

test("the first staff account chooses its password from Keycloak's e-mail and logs in", async () => {
  const mail = await awaitMail(ADMIN, /choisissez votre mot de passe/, 180_000);
  const link = `${mail.text}\n${mail.html}`.match(/https?:\/\/[^\s"'<>]*\/realms\/coop\/login-actions\/action-token\?[^\s"'<>]+/);
  assert.ok(link, `the e-mail "${mail.subject}" has the link to choose a password`);
  assert.ok(link[0].startsWith(`${KEYCLOAK_URL}/realms/coop/`), link[0]);
  await page.goto(link[0]);
  // Keycloak may first list the actions to perform, with a link to go on
  const proceed = page.getByRole("link", { name: /Cliquez ici|continuer/i });
  await Promise.race([proceed.waitFor(), page.locator("#password-new").waitFor()]);
  if (await proceed.isVisible()) await proceed.click();
  await page.locator("#password-new").fill(PASSWORD);
  await page.locator("#password-confirm").fill(PASSWORD);
  await page.locator("#password-new").press("Enter");
  await page.getByRole("heading", { name: "Votre compte a été mis à jour." }).waitFor();

  await page.goto(`${BASE_URL}/intranet`);
  await page.getByRole("link", { name: "Se connecter" }).first().click();
  await page.locator("#username").fill(ADMIN);
  await page.locator("#password").fill(PASSWORD);
  await page.locator("#kc-login").click();
  await page.waitForURL(`${BASE_URL}/intranet`);
  const session = await (await page.request.get(`${BASE_URL}/bff/user`)).json();
  assert.deepEqual(session.roles, ["staff"]);
  assertNoPageErrors(page);
});

test("the intranet home leads them through the first start: the cooperative, then its first antenna", async () => {
  const steps = page.getByRole("region", { name: "Première mise en route" });
  await steps.waitFor();
  await assertAccessible(page);

  await steps.getByRole("link", { name: "Décrire la coopérative" }).click();
  await page.getByRole("heading", { level: 1, name: "Réglages de la coopérative" }).waitFor();
  await page.getByLabel("Nom de la coopérative").fill(COOPERATIVE.name);
  await page.getByLabel(/^Nom court/).fill(COOPERATIVE.shortName);
  await page.getByLabel(/^Couleur principale/).fill(COOPERATIVE.primary);
  await page.getByLabel("Adresse e-mail de l'équipe").fill(COOPERATIVE.contact);
  await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
  await page.getByText("Les réglages sont enregistrés : le site les montre déjà.").waitFor();

  await page.getByLabel("Ajouter un logo").setInputFiles({
    name: "logo.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from(LOGO),
  });
  await page.getByRole("button", { name: "Envoyer le logo" }).click();
  await page.getByText("Le nouveau logo est enregistré.").waitFor();
  assertNoPageErrors(page);

  await page.goto(`${BASE_URL}/intranet`);
  await steps.getByRole("link", { name: "Créer la première antenne" }).waitFor();
  const cooperative = await publicJson("/api/members/public/cooperative");
  assert.equal(cooperative.configured, true, "saving the settings sets the cooperative up");
  assert.equal(cooperative.name, COOPERATIVE.name);
  assert.ok(cooperative.logoUrl, "the logo is kept");

  await steps.getByRole("link", { name: "Créer la première antenne" }).click();
  await page.getByRole("heading", { level: 1, name: "Antennes" }).waitFor();
  const form = page.getByRole("form", { name: "Créer une antenne" });
  await form.getByLabel("Nom de l'antenne").fill(COOPERATIVE.antenna);
  await form.getByLabel(/^Rue et numéro/).fill("12 quai de Ripaille");
  await form.getByLabel("Code postal").fill("74200");
  await form.getByLabel("Commune").fill("Thonon-les-Bains");
  await form.getByLabel(/^Horaires d'ouverture/).fill("Du lundi au jeudi, 9 h – 17 h");
  await form.getByRole("button", { name: "Créer l'antenne" }).click();
  await page.getByText(`L'antenne « ${COOPERATIVE.antenna} » est créée.`).waitFor();
  assert.ok((await publicJson("/api/members/public/antennas")).some((a) => a.name === COOPERATIVE.antenna));
  assertNoPageErrors(page);
});

test("once set up, the steps are gone and the intranet shows the cooperative's own name", async () => {
  await page.goto(`${BASE_URL}/intranet`);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  assert.equal(await page.getByRole("region", { name: "Première mise en route" }).count(), 0);
  await page.locator(".site-header .logo-name").filter({ hasText: COOPERATIVE.shortName }).waitFor();
  assertNoPageErrors(page);
});

test("a visitor finds the cooperative's name, logo and colour, and no page of the sitemap shows the demo cooperative", async () => {
  const visitor = await openPage(browser);
  try {
    await visitor.page.goto(`${BASE_URL}/`);
    assert.equal((await visitor.page.locator(".site-header .logo-name").innerText()).trim(), COOPERATIVE.shortName);
    assert.match(await visitor.page.title(), new RegExp(COOPERATIVE.name));
    assert.equal(await visitor.page.locator(".site-header img.logo-image").count(), 1, "the header shows the logo");
    const html = await visitor.page.content();
    assert.ok(html.toLowerCase().includes(COOPERATIVE.primary), "the page's palette uses the chosen colour");
    await assertAccessible(visitor.page);

    const sitemap = await (await fetch(`${BASE_URL}/sitemap.xml`)).text();
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    assert.ok(pages.length >= 5, `the sitemap lists the public pages: ${pages.join(", ")}`);
    for (const path of pages) {
      const response = await fetch(`${BASE_URL}${path}`);
      assert.equal(response.status, 200, path);
      const text = await response.text();
      assert.doesNotMatch(text, DEMO_TRACES, `${path} shows nothing of the demo cooperative`);
    }
    assertNoPageErrors(visitor.page);
  } finally {
    await visitor.context.close();
  }
});
