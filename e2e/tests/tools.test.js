// Journey of an online template (« mes outils »): marie.entrepreneur opens the creator's booklet, takes her own copy
// to fill in online, types an answer that saves by itself (« Enregistré à HH:MM »), reloads and finds it, shares the
// copy with her coach and exports it as PDF; lucas.coach reads her answer and comments on the section, which Marie
// then reads. Every page is checked with axe. The journey deletes the copy it made, so it can run again and again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  assertAccessible,
  assertNoPageErrors,
  BASE_URL,
  closeJourney,
  inbox,
  launchBrowser,
  linkIn,
  readMail,
  sessionOf,
} from "./support.js";

const RUN = Date.now().toString(36);
const ACTIVITY = `Des bijoux en argent recyclé (essai ${RUN})`;
const COMMENT = `Précisez votre clientèle cible (${RUN}).`;
const LUCAS_EMAIL = "lucas.favre@demo.coopemploi.test";
const SHARED = /^Marie Dupont partage avec vous : /;

/** The mails to Lucas telling him Marie shared a document, newest last. */
const sharedMails = async () => (await inbox(LUCAS_EMAIL)).map(readMail).filter((m) => SHARED.test(m.subject));

let browser;
const sessions = [];
let marie;
let copyPath;

const session = (username) => sessionOf(browser, sessions, username);


before(async () => {
  browser = await launchBrowser();
  marie = await session("marie.entrepreneur");
});
after(async () => {
  await closeJourney({ browser, sessions });
});

test("Marie takes her own copy of the online creator's booklet and fills it in: saved as she types, kept on reload", async () => {
  await marie.goto(`${BASE_URL}/intranet/ressources/livret-du-createur`);
  await marie.getByText(/Ce modèle se remplit en ligne : 5 parties/).waitFor();
  await assertAccessible(marie);
  await marie.getByRole("button", { name: "Remplir en ligne dans mes outils" }).click();
  await marie.waitForURL((url) => url.pathname.startsWith("/intranet/ressources/livret-du-createur-"));
  copyPath = new URL(marie.url()).pathname;
  const tool = marie.getByRole("region", { name: "Mon document à remplir" });
  await tool.waitFor();
  await tool.getByLabel(/^Votre activité en une phrase/).fill(ACTIVITY);
  await tool.getByRole("status").getByText(/^Enregistré à \d\d:\d\d$/).waitFor({ timeout: 10000 });
  await assertAccessible(marie);

  await marie.reload();
  const reloaded = marie.getByRole("region", { name: "Mon document à remplir" });
  assert.equal(await reloaded.getByLabel(/^Votre activité en une phrase/).inputValue(), ACTIVITY);
  assertNoPageErrors(marie);
});

test("Marie shares it with her coach, who is told by e-mail, and exports it as PDF", async () => {
  assert.ok(copyPath, "the previous step made a copy");
  const before = (await sharedMails()).length;
  await marie.getByRole("button", { name: "Partager avec mon accompagnateur" }).click();
  await marie.getByText(/est partagé avec votre accompagnateur/).waitFor();
  const deadline = Date.now() + 30000;
  let told = await sharedMails();
  while (told.length === before && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    told = await sharedMails();
  }
  assert.equal(told.length, before + 1, "Lucas is told once that Marie shared her document");
  assert.equal(linkIn(told.at(-1), copyPath), `${BASE_URL}${copyPath}`);
  const link = marie.getByRole("link", { name: "Exporter en PDF" });
  const href = await link.getAttribute("href");
  assert.match(href, /^\/api\/resources\/[\w-]+\/pdf$/);
  const [download] = await Promise.all([marie.waitForEvent("download"), link.click()]);
  assert.match(download.suggestedFilename(), /^livret-du-createur-.*\.pdf$/);
  const response = await marie.request.get(`${BASE_URL}${href}`);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()["content-type"], "application/pdf");
  assert.equal((await response.body()).subarray(0, 5).toString(), "%PDF-");
  assertNoPageErrors(marie);
});

test("Lucas reads her answer and comments on the section; Marie reads the comment", async () => {
  assert.ok(copyPath, "the first step made a copy");
  const lucas = await session("lucas.coach");
  await lucas.goto(`${BASE_URL}${copyPath}`);
  const tool = lucas.getByRole("region", { name: "Le document de Marie Dupont" });
  await tool.getByText(ACTIVITY).waitFor();
  await tool.getByLabel("Votre commentaire sur « 1. Le projet et son porteur » (facultatif)").fill(COMMENT);
  await tool.getByRole("button", { name: "Commenter cette partie" }).first().click();
  await tool.getByText("Votre commentaire est enregistré.").waitFor();
  await tool.getByText(COMMENT).waitFor();
  await assertAccessible(lucas);
  assertNoPageErrors(lucas);

  await marie.reload();
  await marie.getByRole("region", { name: "Mon document à remplir" }).getByText(COMMENT).waitFor();
});

test("Marie deletes the copy the journey made", async () => {
  assert.ok(copyPath, "the first step made a copy");
  await marie.getByRole("button", { name: "Supprimer", exact: true }).click();
  await marie.getByRole("button", { name: "Supprimer définitivement" }).click();
  await marie.waitForURL(`${BASE_URL}/intranet/ressources`);
  const gone = await marie.request.get(`${BASE_URL}/api/resources/public/resources/${copyPath.split("/").pop()}`);
  assert.equal(gone.status(), 404);
  assertNoPageErrors(marie);
});
