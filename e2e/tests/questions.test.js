// Journey of the questions-and-answers space: marie.entrepreneur asks a question from her cards
// (« Questions-réponses ») with a Markdown body and a theme; lucas.coach finds it in the list and answers it, his
// answer marked as a coach's; Marie gets the « Nouvelle réponse à votre question » e-mail, follows its link to the
// answer and accepts it, which then shows as accepted (and Lucas, who follows what he answered, is told). axe on the
// question page. Every title carries a word of its own run, so the journey can run again and again on the same data.
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
const TITLE = `Comment facturer un acompte sur une commande de bijoux (essai ${RUN}) ?`;
const BODY =
  "Une cliente me commande une parure. Puis-je demander un **acompte de 30 %** avant de commencer ?\n\n" +
  "- à la commande\n- à la livraison";
// a word of this run written only in Lucas's answer: the search finds the question by it
const ANSWER_WORD = `acomptix${RUN.replace(/\d/g, "")}`;
const ANSWER = `Oui : faites une facture d'acompte (${ANSWER_WORD}), puis la facture finale qui le déduit (réponse ${RUN}).`;
const MARIE_EMAIL = "marie.dupont@demo.coopemploi.test";
const LUCAS_EMAIL = "lucas.favre@demo.coopemploi.test";

let browser;
const sessions = [];
let marie;
let questionPath;

const session = (username) => sessionOf(browser, sessions, username);


before(async () => {
  browser = await launchBrowser();
  marie = await session("marie.entrepreneur");
});
after(async () => {
  await closeJourney({ browser, sessions });
});

test("Marie asks a question with a Markdown body and a theme", async () => {
  await marie.getByRole("link", { name: "Questions-réponses" }).first().click();
  await marie.waitForURL(`${BASE_URL}/intranet/questions`);
  await marie.getByRole("link", { name: "Poser une question" }).click();
  await marie.waitForURL(`${BASE_URL}/intranet/questions/nouvelle`);
  await marie.getByLabel(/^Votre question/).fill(TITLE);
  await marie.getByLabel(/^Détails/).fill(BODY);
  await marie.getByRole("group", { name: "Thèmes (de 1 à 3)" }).getByLabel("Commercial").check();
  await marie.getByRole("button", { name: "Publier ma question" }).click();
  await marie.waitForURL(
    (url) => /^\/intranet\/questions\/[\w-]+$/.test(url.pathname) && !url.pathname.endsWith("/nouvelle"),
  );
  questionPath = new URL(marie.url()).pathname;

  await marie.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  const question = marie.locator("article.question");
  await question.getByText("Entre membres · Commercial").waitFor();
  // the Markdown is rendered: bold text and a list
  assert.equal(await question.locator("strong").filter({ hasText: "acompte de 30 %" }).count(), 1);
  assert.deepEqual(await question.getByRole("listitem").allTextContents(), ["à la commande", "à la livraison"]);
  await marie.getByRole("heading", { name: "Pas encore de réponse" }).waitFor();
  // she follows her own question
  assert.equal(await marie.getByRole("button", { name: "Ne plus suivre" }).getAttribute("aria-pressed"), "true");
  await assertAccessible(marie);
  assertNoPageErrors(marie);
});

test("Lucas finds it in the list and answers it; his answer is marked as a coach's", async () => {
  assert.ok(questionPath, "the previous step asked a question");
  const lucas = await session("lucas.coach");
  await lucas.goto(`${BASE_URL}/intranet/questions`);
  const item = lucas.getByRole("listitem").filter({ has: lucas.getByRole("link", { name: TITLE }) });
  await item.getByText(/Sans réponse · posée par Marie Dupont/).waitFor();
  await item.getByRole("link", { name: TITLE }).click();
  await lucas.waitForURL(`${BASE_URL}${questionPath}`);

  await lucas.getByLabel(/^Votre réponse/).fill(ANSWER);
  await lucas.getByRole("button", { name: "Publier ma réponse" }).click();
  await lucas.getByText("Votre réponse est publiée. La personne qui a posé la question est prévenue.").waitFor();
  await lucas.getByRole("heading", { name: "1 réponse" }).waitFor();
  const answer = lucas.locator("article.answer").filter({ hasText: ANSWER });
  await answer.locator(".author-badge").getByText("Accompagnateur").waitFor();
  await assertAccessible(lucas);
  assertNoPageErrors(lucas);
});

test("Marie gets the e-mail, opens the question from it and accepts the answer", async () => {
  assert.ok(questionPath, "the first step asked a question");
  const mail = await awaitMail(MARIE_EMAIL, new RegExp(`^Nouvelle réponse à votre question : .*essai ${RUN}`));
  assert.match(mail.text, /Lucas Favre, de l'équipe d'accompagnement de la coopérative, a répondu à votre question/);
  assert.ok(mail.text.includes(`réponse ${RUN}`), "the mail quotes the answer");
  const link = linkIn(mail, questionPath);
  const anchor = new URL(link).hash;
  assert.match(anchor, /^#reponse-[\w-]+$/, "the link points at the answer");

  // from elsewhere, as from her mail client (the same page with another anchor would not load again)
  await marie.goto(`${BASE_URL}/intranet`);
  await marie.goto(link);
  await marie.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  const answer = marie.locator(`article${anchor}`);
  await answer.getByText(ANSWER).waitFor();
  await answer.locator(".author-badge").getByText("Accompagnateur").waitFor();
  await answer.getByRole("button", { name: "Accepter cette réponse" }).click();
  await answer.getByText("Réponse acceptée. Les personnes qui suivent la question sont prévenues.").waitFor();
  await answer.getByText("✓ Réponse acceptée par Marie Dupont").waitFor();
  await answer.getByRole("button", { name: "Retirer l'acceptation" }).waitFor();
  assert.match((await answer.getAttribute("class")) ?? "", /\banswer-accepted\b/);
  await assertAccessible(marie);

  // still accepted after a reload, and « Résolue » in the list
  await marie.reload();
  await marie.locator(`article.answer-accepted${anchor}`).getByText(/^✓ Réponse acceptée/).waitFor();
  await marie.goto(`${BASE_URL}/intranet/questions?filtre=miennes`);
  const item = marie.getByRole("listitem").filter({ has: marie.getByRole("link", { name: TITLE }) });
  await item.getByText("Résolue").waitFor();
  await item.getByText(/^1 réponse · posée par Marie Dupont/).waitFor();
  assertNoPageErrors(marie);

  // Lucas follows what he answered: he is told his answer was accepted
  await awaitMail(LUCAS_EMAIL, new RegExp(`^Votre réponse a été acceptée : .*essai ${RUN}`));
});

test("Théo finds the question from the header by a word only in Lucas's answer; a visitor finds nothing", async () => {
  assert.ok(questionPath, "the first step asked a question");
  // the index follows the answer within a second or so
  const search = (who) => resourcesApi(who, "GET", `/api/resources/public/search?q=${ANSWER_WORD}`);
  const deadline = Date.now() + 30000;
  for (;;) {
    const found = await search("theo.entrepreneur");
    if (found.status === 200 && found.body.items.some((h) => h.title === TITLE)) break;
    assert.ok(Date.now() < deadline, "the index holds the answer's word within 30 s");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.equal((await search(null)).body.total, 0, "a visitor never finds the members' questions");

  const theo = await session("theo.entrepreneur");
  const box = theo.getByRole("combobox", { name: "Rechercher sur le site" });
  await box.fill(ANSWER_WORD);
  await box.press("Enter");
  await theo.waitForURL((url) => url.pathname === "/recherche" && url.searchParams.get("q") === ANSWER_WORD);
  const hit = theo.locator(".search-hit", { has: theo.getByRole("link", { name: TITLE }) });
  await hit.waitFor();
  assert.equal((await hit.locator("mark").first().innerText()).toLowerCase(), ANSWER_WORD.toLowerCase());
  await hit.getByRole("link", { name: TITLE }).click();
  await theo.waitForURL((url) => url.pathname === questionPath);
  await theo.locator("article.answer").filter({ hasText: ANSWER }).waitFor();
  assertNoPageErrors(theo);
});
