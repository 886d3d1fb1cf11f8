// Journey of the presentation pages (resources-service's pages, rendered by the web UI): a visitor reads the
// cooperative's page, its menu and a page of it, the legal notices and the accessibility statement from the footer,
// each with the cooperative's name of the settings and no axe violation, and the consenting coaches' cards on « Qui sont
// les accompagnateurs »; Camille (staff of the head office) changes
// « Les activités accueillies » in « Pages de présentation » with its live preview, publishes it and a visitor reads
// the new text (the gateway's page cache refreshed by resources.page.published), then she restores the version that
// was online and publishes it again, so the journey can run again and again on the same data.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  assertAccessible,
  assertNoPageErrors,
  BASE_URL,
  launchBrowser,
  logIn,
  openPage,
  publicJson,
  resourcesApi,
} from "./support.js";

const SLUG = "activites";

let browser;
let context;
let page;
before(async () => {
  browser = await launchBrowser();
  ({ context, page } = await openPage(browser));
});
after(async () => {
  await context?.close();
  await browser?.close();
});

/** The public page's HTML as a visitor gets it (no cookie: what the page cache serves). */
async function publicHtml(path) {
  const response = await fetch(`${BASE_URL}${path}`, { headers: { Accept: "text/html" } });
  assert.equal(response.status, 200, `GET ${path}`);
  return response.text();
}

/** Waits until the public page does (or no longer does) show `text`. */
async function awaitPublic(path, text, shown) {
  const deadline = Date.now() + 30_000;
  let html = await publicHtml(path);
  while (html.includes(text) !== shown && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    html = await publicHtml(path);
  }
  assert.equal(html.includes(text), shown, `${path} ${shown ? "shows" : "no longer shows"} « ${text} »`);
}

test("a visitor reads the cooperative's page, its menu, a page of it and the legal pages", async () => {
  const cooperative = await publicJson("/api/members/public/cooperative");
  const menu = (await publicJson("/api/resources/public/pages")).filter((p) => p.menuOrder !== null);
  assert.ok(menu.length >= 7, "the seven questions are in the menu");

  await page.goto(`${BASE_URL}/cooperative`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  const questions = page.getByRole("region", { name: "La coopérative en questions" });
  for (const item of menu) await questions.getByRole("link", { name: item.title }).waitFor();
  assert.ok((await page.locator("main").innerText()).includes(cooperative.name), "the page names the cooperative");
  assert.doesNotMatch(await page.content(), /\{\{/, "no placeholder left");
  await assertAccessible(page);

  await questions.getByRole("link", { name: menu[0].title }).click();
  await page.waitForURL(`${BASE_URL}${menu[0].path}`);
  await page.getByRole("heading", { level: 1, name: menu[0].title }).waitFor();
  const nav = page.getByRole("navigation", { name: "La coopérative en questions" });
  assert.equal(await nav.getByRole("link", { name: menu[0].title }).getAttribute("aria-current"), "page");
  await assertAccessible(page);

  for (const [link, title] of [
    ["Mentions légales", "Mentions légales"],
    ["Accessibilité", "Déclaration d'accessibilité"],
  ]) {
    await page.getByRole("contentinfo").getByRole("link", { name: link, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await assertAccessible(page);
  }

  // « Qui sont les accompagnateurs »: the coaches who consented (the demo's Lucas and Inès) as cards under staff's text
  const coaches = await publicJson("/api/members/public/coaches");
  assert.ok(coaches.length >= 2, "the demo coaches agreed to appear");
  await page.goto(`${BASE_URL}/cooperative/accompagnateurs`);
  const team = page.getByRole("region", { name: "L'équipe d'accompagnement" });
  for (const coach of coaches) {
    const card = team.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: coach.name }) });
    await card.getByText(coach.speciality, { exact: true }).waitFor();
    if (coach.antennaName) await card.getByText(`Antenne de ${coach.antennaName}`).waitFor();
  }
  await assertAccessible(page);

  const sitemap = await publicHtml("/sitemap.xml");
  assert.match(sitemap, new RegExp(`/cooperative/${menu[0].slug}</loc><lastmod>`), "in the sitemap with its date");
  assertNoPageErrors(page);
});

test("staff change a page with its live preview, publish it, then put the version that was online back", async () => {
  const pages = await resourcesApi("camille.staff", "GET", "/api/resources/pages");
  assert.equal(pages.status, 200, JSON.stringify(pages.body));
  const summary = pages.body.find((p) => p.slug === SLUG);
  assert.ok(summary?.version, `« ${SLUG} » is published`);
  const online = summary.version;
  const trial = `Essai de la page ${Date.now().toString(36)}`;

  await logIn(page, "camille.staff");
  await page.getByRole("link", { name: "Pages de présentation" }).click();
  await page.getByRole("heading", { level: 1, name: "Pages de présentation" }).waitFor();
  await assertAccessible(page);
  await page.getByRole("link", { name: summary.title, exact: true }).click();
  await page.getByRole("heading", { level: 2, name: "Brouillon" }).waitFor();

  const text = page.getByLabel(/^Texte/);
  const original = await text.inputValue();
  await text.fill(`${original.trimEnd()}\n\n**${trial}**\n`);
  // the preview is the service's own rendering
  await page.getByRole("region", { name: "Aperçu" }).locator("strong", { hasText: trial }).waitFor();
  await assertAccessible(page);
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await page.getByText("Le brouillon est enregistré. Publiez-le pour le mettre en ligne.").waitFor();
  await page.getByRole("button", { name: "Publier le brouillon" }).click();
  await page.getByText(`La version ${online + 1} est en ligne.`).waitFor();
  await awaitPublic(summary.path, trial, true);

  // the version that was online comes back
  await page.getByRole("button", { name: `Restaurer la version ${online}` }).click();
  await page.getByRole("button", { name: "Oui, restaurer dans le brouillon" }).click();
  await page.getByText(`La version ${online} est dans le brouillon : publiez-la pour la remettre en ligne.`).waitFor();
  await page.getByRole("button", { name: "Publier le brouillon" }).click();
  await page.getByText(`La version ${online + 2} est en ligne.`).waitFor();
  await awaitPublic(summary.path, trial, false);
  assertNoPageErrors(page);
});
