// Journey of the site's search: a visitor searches from the header (suggestions as she types, then the results
// page with its highlighted words, kept out of search engines), does not find what is for members, not even as a
// count; Marie, logged in, finds it, and a word found only inside a PDF with its passage; the results page works without JavaScript; staff check the index against the
// stores, rebuild it and edit a synonym. What the demo holds is read from the API (as a visitor and as Marie), never
// assumed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL, assertNoPageErrors, launchBrowser, logIn, logOut, openPage, resourcesApi } from "./support.js";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const search = (who, query) =>
  resourcesApi(who, "GET", `/api/resources/public/search?${new URLSearchParams({ size: "50", ...query })}`);

/** A word of a title long enough to be typed and searched (letters only). */
const wordOf = (title) =>
  title
    .normalize("NFC")
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 5)
    .sort((a, b) => b.length - a.length)[0];

let everyone; // a document a visitor finds
let membersOnly; // a document Marie finds and a visitor does not

test("the demo has public and members-only documents", async () => {
  const visitor = await search(null, { type: "resource" });
  const marie = await search("marie.entrepreneur", { type: "resource" });
  assert.equal(visitor.status, 200);
  assert.equal(marie.status, 200);
  const seen = new Set(visitor.body.items.map((h) => h.id));
  everyone = visitor.body.items.find((h) => wordOf(h.title));
  membersOnly = marie.body.items.find((h) => !seen.has(h.id) && wordOf(h.title));
  assert.ok(everyone, "a visitor finds some resource");
  assert.ok(membersOnly, "Marie finds a resource a visitor does not");
  assert.ok(marie.body.total > visitor.body.total, "members find more than visitors");
});

test("a visitor searches from the header: suggestions as she types, then highlighted results kept out of search engines", async () => {
  const { context, page } = await openPage(browser);
  try {
    const word = wordOf(everyone.title);
    await page.goto(`${BASE_URL}/`);
    const box = page.getByRole("combobox", { name: "Rechercher sur le site" });
    await box.click();
    await box.pressSequentially(word.slice(0, 4).toLowerCase(), { delay: 60 });
    const listbox = page.getByRole("listbox", { name: "Suggestions" });
    await listbox.waitFor();
    assert.equal(await box.getAttribute("aria-expanded"), "true");
    const option = listbox.getByRole("option", { name: new RegExp(everyone.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
    await option.waitFor();
    // the arrows move through the options, the input keeps the focus
    await box.press("ArrowDown");
    assert.match((await box.getAttribute("aria-activedescendant")) ?? "", /.+/);
    await box.press("Escape");
    assert.equal(await box.getAttribute("aria-expanded"), "false");

    await box.fill(word);
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname.startsWith("/recherche")),
      box.press("Enter"),
    ]);
    await page.waitForURL((url) => url.pathname === "/recherche" && url.searchParams.get("q") === word);
    await page.getByRole("heading", { level: 1, name: `Recherche : « ${word} »` }).waitFor();
    const result = page.locator(".search-hit", { has: page.getByRole("link", { name: everyone.title }) });
    await result.waitFor();
    assert.ok((await result.locator("mark").count()) > 0, "the words found are highlighted");
    assert.match(response.headers()["cache-control"] ?? "", /no-store/);
    assert.equal(await page.locator('meta[name="robots"]').getAttribute("content"), "noindex");

    // a server-rendered page says the same: noindex, and the visitor's results
    const direct = await page.request.get(`${BASE_URL}/recherche?q=${encodeURIComponent(word)}`);
    assert.equal(direct.status(), 200);
    assert.equal(direct.headers()["x-robots-tag"], "noindex");
    assert.match(await direct.text(), /<mark>/);
    assertNoPageErrors(page);
  } finally {
    await context.close();
  }
});

test("a visitor does not find a members-only document, not even as a count", async () => {
  const { context, page } = await openPage(browser);
  try {
    const q = membersOnly.title;
    const visitor = await search(null, { q, size: "10" });
    await page.goto(`${BASE_URL}/recherche?q=${encodeURIComponent(q)}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    assert.equal(await page.getByRole("link", { name: membersOnly.title, exact: true }).count(), 0);
    const count = (await page.locator(".search-count").textContent()).replace(/\s/g, " ");
    if (visitor.body.total === 0) assert.equal(count, "Aucun résultat");
    else assert.match(count, new RegExp(`^${visitor.body.total} résultats?`));
    // the type facet counts no more than what the visitor may read
    const typeCounts = await page
      .locator("#facette-type ~ ul .facet-count")
      .evaluateAll((spans) => spans.map((s) => Number(s.textContent.replace(/\D/g, ""))));
    assert.equal(
      typeCounts.reduce((a, b) => a + b, 0),
      visitor.body.total,
    );
    assertNoPageErrors(page);
  } finally {
    await context.close();
  }
});

test("Marie, logged in, finds it from the header, highlighted", async () => {
  const { context, page } = await openPage(browser);
  try {
    await logIn(page, "marie.entrepreneur");
    const word = wordOf(membersOnly.title);
    const box = page.getByRole("combobox", { name: "Rechercher sur le site" });
    await box.fill(word);
    await box.press("Enter");
    await page.waitForURL((url) => url.pathname === "/recherche");
    const result = page.locator(".search-hit", { has: page.getByRole("link", { name: membersOnly.title }) });
    await result.waitFor();
    assert.ok((await result.locator("mark").count()) > 0);
    // a facet narrows the results to resources, and its link takes it back
    await page.getByRole("navigation", { name: "Affiner" }).getByRole("link", { name: /^Ressource \(/ }).click();
    await page.waitForURL((url) => url.searchParams.getAll("type").includes("resource"));
    await page.getByRole("link", { name: /Retirer le filtre Ressource/ }).waitFor();
    await result.waitFor();
    await logOut(page);
    assertNoPageErrors(page);
  } finally {
    await context.close();
  }
});

test("Marie finds a word that is only inside a PDF and sees the passage, highlighted, with the file's name", async () => {
  // « SIRET » is written only in the status guide's PDF, not in any title, summary or text of the demo
  const found = await search("marie.entrepreneur", { q: "SIRET" });
  const inFile = found.body.items.find((h) => h.passages.some((p) => p.field === "file"));
  assert.ok(inFile, "the demo's status guide holds the word in its PDF");
  const { context, page } = await openPage(browser);
  try {
    await logIn(page, "marie.entrepreneur");
    const box = page.getByRole("combobox", { name: "Rechercher sur le site" });
    await box.fill("SIRET");
    await box.press("Enter");
    await page.waitForURL((url) => url.pathname === "/recherche");
    const result = page.locator(".search-hit", { has: page.getByRole("link", { name: inFile.title }) });
    const { fileName } = inFile.passages.find((p) => p.field === "file");
    const passage = result.locator(".search-passage", { hasText: `Dans le fichier « ${fileName} »` });
    await passage.waitFor();
    assert.equal(await passage.locator("mark").first().innerText(), "SIRET");
    assertNoPageErrors(page);
  } finally {
    await context.close();
  }
});

test("the results page works without JavaScript", async () => {
  const context = await browser.newContext({ locale: "fr-FR", javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    const word = wordOf(everyone.title);
    await page.getByRole("combobox", { name: "Rechercher sur le site" }).fill(word);
    await page.locator("header").getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL((url) => url.pathname === "/recherche" && url.searchParams.get("q") === word);
    await page.getByRole("link", { name: everyone.title }).first().waitFor();
    // the page's own form searches again, sorted by date
    await page.getByLabel("Trier par").selectOption("date");
    await page.locator("main").getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL((url) => url.searchParams.get("sort") === "date");
    // the first result is the newest, as the API sorts it (events to come are newer than the document)
    const newest = (await search(null, { q: word, sort: "date", size: "1" })).body.items[0];
    assert.equal(await page.locator(".search-hit-title a").first().innerText(), newest.title);
  } finally {
    await context.close();
  }
});

test("staff check the index against the stores, rebuild it and edit the synonyms", async () => {
  const { context, page } = await openPage(browser);
  try {
    await logIn(page, "camille.staff");
    await page.getByRole("link", { name: "Moteur de recherche" }).click();
    await page.getByRole("heading", { level: 1, name: "Moteur de recherche" }).waitFor();

    await page.getByRole("link", { name: "Vérifier la cohérence" }).click();
    const table = page.getByRole("table", { name: "Données et index, par type" });
    await table.waitFor();
    assert.ok((await table.getByRole("row").count()) > 1);
    const repair = page.getByRole("button", { name: "Réparer l'index" });
    if (await repair.isVisible()) {
      await repair.click();
      await page.getByText(/Réparation demandée/).waitFor();
    }

    const startedAfter = Date.now() - 5000;
    await page.getByRole("button", { name: "Reconstruire l'index" }).click();
    await page.getByRole("button", { name: "Reconstruire", exact: true }).click();
    await page.getByText(/Reconstruction lancée|Reconstruction en cours|Dernière reconstruction terminée/).first().waitFor();
    // search answers meanwhile
    assert.equal((await search(null, { q: wordOf(everyone.title) })).status, 200);
    const deadline = Date.now() + 60000;
    let progress;
    do {
      await new Promise((resolve) => setTimeout(resolve, 500));
      progress = (await resourcesApi("camille.staff", "GET", "/api/resources/search/reindex")).body;
    } while ((progress.status !== "done" || Date.parse(progress.startedAt) < startedAfter) && Date.now() < deadline);
    assert.equal(progress.status, "done", "the reindex ended");
    assert.ok(progress.total > 0 && progress.done === progress.total);
    await page.reload();
    await page.getByText("Dernière reconstruction terminée.", { exact: false }).waitFor();

    const area = page.getByLabel("Groupes de synonymes");
    const before = await area.inputValue();
    const saving = () =>
      Promise.all([
        page.waitForResponse((r) => r.url().includes("/api/resources/search/synonyms") && r.request().method() === "PUT"),
        page.getByRole("button", { name: "Enregistrer les synonymes" }).click(),
      ]);
    await area.fill(`${before}\nrempotage, jardinage`);
    await saving();
    await page.getByText("Synonymes enregistrés et appliqués à la recherche.").waitFor();
    const saved = await resourcesApi("camille.staff", "GET", "/api/resources/search/synonyms");
    assert.ok(saved.body.groups.some((g) => g.terms.join("|") === "rempotage|jardinage"));
    // and back as they were
    await area.fill(before);
    await saving();
    const restored = await resourcesApi("camille.staff", "GET", "/api/resources/search/synonyms");
    assert.ok(!restored.body.groups.some((g) => g.terms.includes("rempotage")));
    await logOut(page);
    assertNoPageErrors(page);
  } finally {
    await context.close();
  }
});
