// Journey of a contribution to the resource centre (issue 10's check): marie.entrepreneur writes a resource from
// « Proposer une ressource », adds a file with the upload widget (its progress shown) and proposes it; lucas.coach,
// her coach, sees one more contribution waiting on his intranet home, opens it from « Ressources à valider » and
// refuses it with a reason; Marie gets the e-mail with the reason, follows its link, reads the reason on the page,
// fixes the text and proposes it again; Lucas validates it and Marie is told; theo.entrepreneur finds it from the
// header's search box by a word written only inside its file, with the file's name on the passage, and opens it.
// axe on every page. The title and the word carry this run's mark, and staff delete the resource at the end, so the
// journey runs again and again on the same data.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  assertAccessible,
  assertNoPageErrors,
  awaitMail,
  BASE_URL,
  closeJourney,
  launchBrowser,
  linkIn,
  resourcesApi,
  sessionOf,
} from "./support.js";

const RUN = Date.now().toString(36);
const TITLE = `Tenir un stand au marché de Noël (essai ${RUN})`;
const SUMMARY = "Ce qu'il faut prévoir pour un premier marché : matériel, caisse, assurance.";
// a word of this run only, written only inside the file: Théo finds the resource by the file's text
const WORD = `guirlandor${RUN.replace(/\d/g, "")}`;
const FILE_NAME = `stand-marche-${RUN}.txt`;
const REASON = `Ajoutez les dates limites (${RUN}).`;
const FIXED_BODY = "Inscriptions : avant le **15 octobre** pour les marchés de décembre.";
const MARIE_EMAIL = "marie.dupont@demo.coopemploi.test";

let browser;
const sessions = [];
let marie;
let lucas;
let resourcePath;
let resourceId;
let waitingBefore;

const session = (username) => sessionOf(browser, sessions, username);

/** A text file of about 400 kB (so that the upload takes a moment), the run's word in its middle. */
function standFile() {
  const line = "Matériel : tréteaux, nappe, éclairage, rallonge, caisse avec fond de monnaie, terminal de paiement.\n";
  const half = line.repeat(2000);
  return Buffer.from(`${half}Décoration du stand : ${WORD} et lumières chaudes.\n${half}`, "utf8");
}

before(async () => {
  browser = await launchBrowser();
  const queue = await resourcesApi("lucas.coach", "GET", "/api/resources/review");
  assert.equal(queue.status, 200, "Lucas reads his review queue");
  waitingBefore = queue.body.count;
  marie = await session("marie.entrepreneur");
});

after(async () => {
  // staff delete anything: the journey leaves nothing behind, whatever step failed
  if (resourceId) await resourcesApi("camille.staff", "DELETE", `/api/resources/${resourceId}`);
  await closeJourney({ browser, sessions });
});

test("Marie writes a resource, adds its file with the upload widget and proposes it", async () => {
  await marie.goto(`${BASE_URL}/intranet/ressources`);
  await marie.getByRole("link", { name: "Proposer une ressource" }).first().click();
  await marie.waitForURL(`${BASE_URL}/intranet/ressources/nouvelle`);
  await marie.getByRole("heading", { level: 1, name: "Proposer une ressource" }).waitFor();
  await marie.getByLabel(/^Type de ressource/).selectOption("DOCUMENT");
  await marie.getByLabel(/^À qui s'adresse-t-elle/).selectOption("MEMBERS");
  await marie.getByLabel(/^Titre/).fill(TITLE);
  await marie.getByLabel(/^Résumé/).fill(SUMMARY);
  await marie.getByLabel(/^Texte/).fill("Tout ce qu'il faut pour un premier marché de Noël.");
  await marie.getByRole("group", { name: /^Thèmes/ }).getByLabel("Commercial").check();
  await assertAccessible(marie);
  await marie.getByRole("button", { name: "Créer le brouillon" }).click();
  await marie.waitForURL((url) => url.pathname.startsWith("/intranet/ressources/") && !url.pathname.endsWith("/nouvelle"));
  resourcePath = new URL(marie.url()).pathname;
  await marie.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  const slug = resourcePath.split("/").pop();
  resourceId = (await resourcesApi("marie.entrepreneur", "GET", `/api/resources/public/resources/${slug}`)).body.id;
  assert.ok(resourceId, "her draft exists");

  const files = marie.getByRole("region", { name: /^Fichiers de la version/ });
  // the widget shows each file's progress while it goes, then « ajouté »
  const progress = files.getByRole("list", { name: "Envois de fichiers" }).locator("progress");
  await files.getByLabel("Ajouter des fichiers").setInputFiles({
    name: FILE_NAME,
    mimeType: "text/plain",
    buffer: standFile(),
  });
  await progress.first().waitFor();
  await files.getByText(`${FILE_NAME} : ajouté`).waitFor({ timeout: 30000 });
  assert.equal(await progress.first().getAttribute("value"), "100");
  // the page's data follow: the file is listed in the version
  await files.getByRole("button", { name: `Retirer ${FILE_NAME}` }).waitFor();
  await assertAccessible(marie);

  await marie.getByRole("button", { name: "Proposer à la validation" }).click();
  await marie.getByText("Votre ressource est proposée à la validation").waitFor();
  await marie.getByText("en attente de validation", { exact: false }).first().waitFor();
  assertNoPageErrors(marie);
});

test("Lucas sees it waiting from his intranet home and refuses it with a reason", async () => {
  assert.ok(resourcePath, "the first step made the resource");
  lucas = await session("lucas.coach");
  const card = lucas.locator(".card", { has: lucas.getByRole("link", { name: "Ressources à valider" }) });
  const waiting = waitingBefore + 1;
  await card
    .getByText(waiting === 1 ? "1 contribution attend votre décision." : `${waiting} contributions attendent votre décision.`)
    .waitFor();
  await card.getByRole("link", { name: "Ressources à valider" }).click();
  await lucas.waitForURL(`${BASE_URL}/intranet/ressources/validation`);
  await lucas.getByRole("link", { name: TITLE }).waitFor();
  await assertAccessible(lucas);
  await lucas.getByRole("link", { name: TITLE }).click();
  await lucas.waitForURL(`${BASE_URL}${resourcePath}`);

  await lucas.getByRole("button", { name: "Refuser", exact: true }).click();
  // no refusal without a reason
  await lucas.getByRole("button", { name: "Refuser cette version" }).click();
  await lucas.getByText("Indiquez le motif.").waitFor();
  await lucas.getByLabel("Raison du refus (montrée à l'auteur)").fill(REASON);
  await assertAccessible(lucas);
  await lucas.getByRole("button", { name: "Refuser cette version" }).click();
  await lucas.getByText("La version est refusée ; son auteur reçoit la raison par e-mail.").waitFor();
  assertNoPageErrors(lucas);
});

test("Marie gets the e-mail with the reason, fixes the resource and proposes it again", async () => {
  assert.ok(resourcePath, "the first step made the resource");
  const mail = await awaitMail(MARIE_EMAIL, new RegExp(`^Votre ressource n'est pas validée : .*essai ${RUN}`));
  assert.match(mail.text, new RegExp(REASON.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  const link = linkIn(mail, resourcePath);
  await marie.goto(link);
  await marie.getByText(`Raison du refus : ${REASON}`).waitFor();
  await assertAccessible(marie);

  await marie.getByRole("button", { name: "Modifier", exact: true }).click();
  await marie.getByLabel(/^Texte/).fill(FIXED_BODY);
  await marie.getByRole("button", { name: "Enregistrer la nouvelle version" }).click();
  await marie.getByText("La nouvelle version est enregistrée.").first().waitFor();
  await marie.getByRole("button", { name: "Proposer à la validation" }).click();
  await marie.getByText("Votre ressource est proposée à la validation").waitFor();
  assertNoPageErrors(marie);
});

test("Lucas validates the new version; Marie is told", async () => {
  assert.ok(lucas, "Lucas refused it first");
  await lucas.reload();
  await lucas.getByText("15 octobre").first().waitFor();
  await lucas.getByRole("button", { name: "Valider et publier" }).click();
  await lucas.getByText("La ressource est publiée ; son auteur est prévenu par e-mail.").waitFor();
  await lucas.getByText("Raison du refus").first().waitFor({ state: "detached" });
  assertNoPageErrors(lucas);
  await awaitMail(MARIE_EMAIL, new RegExp(`^Votre ressource est publiée : .*essai ${RUN}`));
});

test("Théo finds it from the header's search box by a word inside its file, and opens it", async () => {
  assert.ok(resourcePath, "the first step made the resource");
  // the file's text is read in the background, then the resource is indexed again: wait until search has it
  const deadline = Date.now() + 60000;
  for (;;) {
    const found = await resourcesApi("theo.entrepreneur", "GET", `/api/resources/public/search?q=${WORD}`);
    if (found.status === 200 && found.body.items.some((h) => h.title === TITLE)) break;
    assert.ok(Date.now() < deadline, `the index holds the word of ${FILE_NAME} within a minute`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const theo = await session("theo.entrepreneur");
  const box = theo.getByRole("combobox", { name: "Rechercher sur le site" });
  await box.fill(WORD);
  await box.press("Enter");
  await theo.waitForURL((url) => url.pathname === "/recherche" && url.searchParams.get("q") === WORD);
  const hit = theo.locator(".search-hit", { has: theo.getByRole("link", { name: TITLE }) });
  const passage = hit.locator(".search-passage", { hasText: `Dans le fichier « ${FILE_NAME} »` });
  await passage.waitFor();
  assert.equal((await passage.locator("mark").first().innerText()).toLowerCase(), WORD);
  await assertAccessible(theo);

  await hit.getByRole("link", { name: TITLE }).click();
  await theo.waitForURL(`${BASE_URL}${resourcePath}`);
  await theo.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  await theo.getByText("15 octobre").first().waitFor();
  await theo.getByRole("link", { name: new RegExp(FILE_NAME.replace(/\./g, "\\.")) }).first().waitFor();
  // a reader neither decides nor changes it
  assert.equal(await theo.getByRole("button", { name: "Valider et publier" }).count(), 0);
  assert.equal(await theo.getByRole("button", { name: /^Modifier/ }).count(), 0);
  await assertAccessible(theo);
  assertNoPageErrors(theo);
});
