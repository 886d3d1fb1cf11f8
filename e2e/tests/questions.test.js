// Journey of the questions-and-answers space: Marie asks a question in the browser; Lucas, her coach, finds it and
// answers (his answer is marked as a coach's); Marie receives the e-mail, follows its link and accepts the answer;
// Lucas is e-mailed that his answer was accepted; the question is found by the site's search from a word of the
// answer; Lucas hides an off-topic comment with a reason, which Marie reads under her comment while Théo no longer
// sees it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import {
  BASE_URL,
  assertNoPageErrors,
  awaitMail,
  launchBrowser,
  linkIn,
  logIn,
  logOut,
  openPage,
  resourcesApi,
} from "./support.js";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Words of this run only, so that the journey can run again and again. */
const stamp = randomUUID().slice(0, 8);
const title = `Comment facturer une prestation de formation ${stamp} ?`;
const answerWord = `zq${stamp}`;
let questionPath;
let marieEmail;
let lucasEmail;

test("Marie asks a question from the questions-and-answers space", async () => {
  const { context, page } = await openPage(browser);
  try {
    await logIn(page, "marie.entrepreneur");
    marieEmail = (await (await page.request.get(`${BASE_URL}/bff/user`)).json()).email;
    await page.getByRole("link", { name: "Questions-réponses" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Questions-réponses" }).waitFor();
    await page.getByRole("link", { name: "Poser une question" }).click();
    await page.getByRole("heading", { level: 1, name: "Poser une question" }).waitFor();
    await page.getByLabel("Votre question").fill(title);
    await page.getByLabel("Détails").fill("Je débute : faut-il **compter la TVA** dans le prix d'une journée ?");
    await page.getByLabel("Gestion", { exact: true }).check();
    await page.getByRole("button", { name: "Publier ma question" }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    questionPath = new URL(page.url()).pathname;
    assert.match(questionPath, /^\/intranet\/questions\/[0-9a-f-]{36}$/);
    assert.equal(await page.locator(".prose strong").first().textContent(), "compter la TVA");
    assert.equal(await page.getByRole("button", { name: "Ne plus suivre" }).getAttribute("aria-pressed"), "true");
    await logOut(page);
    assertNoPageErrors(page);
  } finally {
    await context.close();
  }
});

test("Lucas finds it unanswered and answers; his answer is marked as a coach's", async () => {
  const { context, page } = await openPage(browser);
  try {
    await logIn(page, "lucas.coach");
    lucasEmail = (await (await page.request.get(`${BASE_URL}/bff/user`)).json()).email;
    await page.goto(`${BASE_URL}/intranet/questions?filtre=sans-reponse`);
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page
      .getByLabel("Votre réponse")
      .fill(`Non : en CAE, la TVA s'ajoute au prix hors taxe. Voyez la fiche ${answerWord} de la coopérative.`);
    await page.getByRole("button", { name: "Publier ma réponse" }).click();
    await page.getByText("Votre réponse est publiée.", { exact: false }).waitFor();
    const answer = page.locator("article.answer", { hasText: answerWord });
    await answer.waitFor();
    assert.ok(await answer.locator(".author-badge", { hasText: "Accompagnateur" }).count());
    await logOut(page);
    assertNoPageErrors(page);
  } finally {
    await context.close();
  }
});

test("Marie receives the e-mail, follows its link and accepts Lucas's answer; Lucas is told", async () => {
  const mail = await awaitMail(marieEmail, new RegExp(`Nouvelle réponse à votre question : .*${stamp}`));
  assert.match(mail.text, /de l'équipe d'accompagnement de la coopérative, a répondu/);
  const link = linkIn(mail, "/intranet/questions/");
  assert.ok(link.includes(questionPath), "the e-mail leads to the question");

  const { context, page } = await openPage(browser);
  try {
    await logIn(page, "marie.entrepreneur");
    await page.goto(link.replace(/^https?:\/\/[^/]+/, BASE_URL));
    const answer = page.locator("article.answer", { hasText: answerWord });
    await answer.waitFor();
    await answer.getByRole("button", { name: "Accepter cette réponse" }).click();
    await answer.getByText("✓ Réponse acceptée", { exact: false }).waitFor();
    await logOut(page);
    assertNoPageErrors(page);
  } finally {
    await context.close();
  }
  const told = await awaitMail(lucasEmail, new RegExp(`Votre réponse a été acceptée : .*${stamp}`));
  assert.match(told.text, /a accepté votre réponse/);
});

test("the question is found by the site's search from a word of its answer, by members only", async () => {
  const { context, page } = await openPage(browser);
  try {
    await page.goto(`${BASE_URL}/recherche?q=${answerWord}`);
    await page.getByText("Aucun résultat", { exact: true }).waitFor();
    await logIn(page, "theo.entrepreneur");
    const box = page.getByRole("combobox", { name: "Rechercher sur le site" });
    await box.fill(answerWord);
    await box.press("Enter");
    await page.waitForURL((url) => url.pathname === "/recherche");
    const hit = page.locator(".search-hit", { has: page.getByRole("link", { name: title }) });
    await hit.waitFor();
    assert.match(await hit.textContent(), /Question/);
    assert.equal(await hit.locator("mark").first().textContent(), answerWord);
    await logOut(page);
    assertNoPageErrors(page);
  } finally {
    await context.close();
  }
});

test("a coach hides an off-topic comment with a reason: its author reads why, others no longer see it", async () => {
  const id = questionPath.split("/").pop();
  const spam = `Achetez mes formations ${stamp} !`;
  const commented = await resourcesApi("theo.entrepreneur", "POST", `/api/resources/questions/${id}/comments`, {
    body: spam,
  });
  assert.equal(commented.status, 201);

  const lucas = await openPage(browser);
  try {
    await logIn(lucas.page, "lucas.coach");
    await lucas.page.goto(`${BASE_URL}${questionPath}`);
    const comment = lucas.page.locator(".comment", { hasText: spam });
    await comment.getByRole("button", { name: "Masquer ce commentaire" }).click();
    await comment.getByLabel("Motif (montré à son auteur)").fill("Publicité sans rapport avec la question.");
    await comment.getByRole("button", { name: "Masquer", exact: true }).click();
    await comment.getByText("Motif : Publicité sans rapport avec la question.", { exact: false }).waitFor();
    await logOut(lucas.page);
    assertNoPageErrors(lucas.page);
  } finally {
    await lucas.context.close();
  }
  const asTheo = await resourcesApi("theo.entrepreneur", "GET", `/api/resources/questions/${id}`);
  const mine = asTheo.body.comments.find((c) => c.body === spam);
  assert.equal(mine.state.hiddenReason, "Publicité sans rapport avec la question.");
  const asMarie = await resourcesApi("marie.entrepreneur", "GET", `/api/resources/questions/${id}`);
  assert.equal(asMarie.body.comments.filter((c) => c.body === spam).length, 0);
});
