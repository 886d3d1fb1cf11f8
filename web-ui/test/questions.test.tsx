// The questions-and-answers space: the list and its filters, asking, one question with its answers, votes,
// acceptance, following, comments and moderation, as each kind of member sees it.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { AnswerView, PostState, QuestionSummary, QuestionView } from "../app/api/resources";
import * as ask from "../app/questions/ask";
import * as question from "../app/questions/question";
import * as questions from "../app/questions/questions";
import { callsTo, json, pageOf, problem, setCsrfCookie, stubApi, userWith } from "./fixtures";
import { click, renderIntranet } from "./render";

const MARIE = { "/bff/user": userWith("entrepreneur") };
const PAUL = { "/bff/user": userWith("coach") };
const QID = "6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
const Q_PATH = `/api/resources/questions/${QID}`;

const state = (overrides: Partial<PostState> = {}): PostState => ({
  votes: 0,
  voted: false,
  mine: false,
  edited: false,
  hidden: false,
  hiddenReason: null,
  hiddenBy: null,
  ...overrides,
});

function aSummary(overrides: Partial<QuestionSummary> = {}): QuestionSummary {
  return {
    id: QID,
    title: "Comment fixer le prix d'une journée ?",
    excerpt: "Je débute en formation.",
    space: "MEMBERS",
    spaceLabel: "Entre membres",
    themes: [{ value: "SALES", label: "Commercial" }],
    author: { name: "Marie Dupont", role: "ENTREPRENEUR", roleLabel: "Entrepreneur" },
    askedAt: "2026-12-01T09:00:00Z",
    lastActivityAt: "2026-12-02T09:00:00Z",
    answers: 2,
    accepted: true,
    votes: 3,
    hidden: false,
    ...overrides,
  };
}

function anAnswer(overrides: Partial<AnswerView> = {}): AnswerView {
  return {
    id: "a-lucas",
    body: "Partez de votre revenu visé.",
    bodyHtml: "<p>Partez de votre <strong>revenu visé</strong>.</p>",
    author: { name: "Lucas Favre", role: "COACH", roleLabel: "Accompagnateur" },
    at: "2026-12-01T10:00:00Z",
    changedAt: "2026-12-01T10:00:00Z",
    accepted: false,
    state: state({ votes: 2 }),
    comments: [],
    ...overrides,
  };
}

function aQuestion(overrides: Partial<QuestionView> = {}): QuestionView {
  return {
    id: QID,
    title: "Comment fixer le prix d'une journée ?",
    body: "Je débute en **formation**.",
    bodyHtml: "<p>Je débute en <strong>formation</strong>.</p>",
    space: "MEMBERS",
    spaceLabel: "Entre membres",
    themes: [{ value: "SALES", label: "Commercial" }],
    author: { name: "Marie Dupont", role: "ENTREPRENEUR", roleLabel: "Entrepreneur" },
    askedAt: "2026-12-01T09:00:00Z",
    changedAt: "2026-12-01T09:00:00Z",
    state: state({ mine: true }),
    comments: [],
    answers: [
      anAnswer(),
      anAnswer({
        id: "a-theo",
        author: { name: "Théo Martin", role: "ENTREPRENEUR", roleLabel: "Entrepreneur" },
        bodyHtml: "<p>Un taux moyen.</p>",
        state: state(),
      }),
    ],
    acceptedAnswerId: null,
    acceptedBy: null,
    following: true,
    canAccept: true,
    canModerate: false,
    ...overrides,
  };
}

describe("/intranet/questions", () => {
  it("lists the questions with their answers and status, and passes the filters to the API", async () => {
    const fetchMock = stubApi({
      ...MARIE,
      "/api/resources/questions": pageOf([
        aSummary(),
        aSummary({ id: "q2", title: "Une question masquée", hidden: true, accepted: false, answers: 0, votes: 0 }),
      ]),
    });
    renderIntranet("questions", questions, "/intranet/questions?theme=SALES&filtre=sans-reponse&page=1");
    const link = await screen.findByRole("link", { name: "Comment fixer le prix d'une journée ?" });
    expect(link.getAttribute("href")).toBe(`/intranet/questions/${QID}`);
    const item = link.closest("li")!;
    expect(within(item).getByText("Résolue")).toBeTruthy();
    expect(item.textContent).toContain("2 réponses · 3 votes · posée par Marie Dupont");
    const hidden = screen.getByRole("link", { name: "Une question masquée" }).closest("li")!;
    expect(within(hidden).getByText("Masquée")).toBeTruthy();
    expect(hidden.textContent).toContain("Sans réponse · posée par Marie Dupont");
    const params = callsTo(fetchMock, "GET", "/api/resources/questions")[0].url.searchParams;
    expect(Object.fromEntries(params)).toEqual({ theme: "SALES", filter: "sans-reponse", page: "1", size: "20" });
    // an entrepreneur is offered no choice of space
    expect(screen.queryByLabelText("Espace")).toBeNull();
    expect(screen.getByRole("link", { name: "Poser une question" }).getAttribute("href")).toBe(
      "/intranet/questions/nouvelle",
    );
  });

  it("offers coaches the coaches' space", async () => {
    stubApi({ ...PAUL, "/api/resources/questions": pageOf([]) });
    renderIntranet("questions", questions, "/intranet/questions?espace=COACHES");
    expect(await screen.findByText(/Et si vous posiez la première/)).toBeTruthy();
    expect((screen.getByLabelText("Espace") as HTMLSelectElement).value).toBe("COACHES");
  });
});

describe("/intranet/questions/nouvelle", () => {
  it("checks the form, sends the question with the CSRF header, then opens its page", async () => {
    setCsrfCookie();
    const fetchMock = stubApi({
      ...MARIE,
      "/api/resources/questions": (_u: URL, init?: RequestInit) =>
        init?.method === "POST" ? json(aQuestion(), 201) : json(pageOf([])),
      [Q_PATH]: aQuestion(),
    });
    renderIntranet("questions/nouvelle", ask, "/intranet/questions/nouvelle");
    await click("Publier ma question");
    expect(await screen.findByText("Écrivez votre question en une phrase.", { selector: ".field-error" })).toBeTruthy();
    expect(screen.getByText("Choisissez au moins un thème.", { selector: ".field-error" })).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/resources/questions")).toHaveLength(0);

    fireEvent.change(screen.getByLabelText("Votre question"), {
      target: { value: "Comment fixer le prix d'une journée ?" },
    });
    fireEvent.change(screen.getByLabelText("Détails"), { target: { value: "Je débute en **formation**." } });
    fireEvent.click(screen.getByLabelText("Commercial"));
    // no coaches' space for an entrepreneur
    expect(screen.queryByRole("radio")).toBeNull();
    await click("Publier ma question");
    await waitFor(() => expect(callsTo(fetchMock, "POST", "/api/resources/questions")).toHaveLength(1));
    const post = callsTo(fetchMock, "POST", "/api/resources/questions")[0];
    expect(post.body).toEqual({
      title: "Comment fixer le prix d'une journée ?",
      body: "Je débute en **formation**.",
      themes: ["SALES"],
      space: "MEMBERS",
    });
    expect(post.headers.get("X-XSRF-TOKEN")).toBe("csrf-test");
  });

  it("shows the service's reason next to the text", async () => {
    stubApi({
      ...MARIE,
      "/api/resources/questions": problem(400, {
        errors: [{ field: "body", message: "Un lien doit commencer par http ou https." }],
      }),
    });
    renderIntranet("questions/nouvelle", ask, "/intranet/questions/nouvelle");
    fireEvent.change(await screen.findByLabelText("Votre question"), {
      target: { value: "Une question piégée ici ?" },
    });
    fireEvent.change(screen.getByLabelText("Détails"), { target: { value: "[x](javascript:alert(1))" } });
    fireEvent.click(screen.getByLabelText("Numérique"));
    await click("Publier ma question");
    expect(
      await screen.findByText("Un lien doit commencer par http ou https.", { selector: ".field-error" }),
    ).toBeTruthy();
  });
});

describe("/intranet/questions/:id", () => {
  it("shows the question and its answers, coaches' marked, as the service's sanitised HTML", async () => {
    stubApi({
      ...MARIE,
      [Q_PATH]: aQuestion({
        acceptedAnswerId: "a-lucas",
        acceptedBy: "Marie Dupont",
        answers: [anAnswer({ accepted: true }), aQuestion().answers[1]],
      }),
    });
    renderIntranet("questions/:id", question, `/intranet/questions/${QID}`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Comment fixer le prix d'une journée ?" }),
    ).toBeTruthy();
    expect(screen.getByText("formation", { selector: "strong" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "2 réponses" })).toBeTruthy();
    const accepted = document.getElementById("reponse-a-lucas")!;
    expect(within(accepted).getByText("✓ Réponse acceptée par Marie Dupont")).toBeTruthy();
    expect(within(accepted).getByText("Accompagnateur")).toBeTruthy();
    expect(within(accepted).getByRole("button", { name: "Retirer l'acceptation" })).toBeTruthy();
    // her own question: no vote on it, but she may change it
    expect(screen.getByRole("link", { name: "Modifier la question" }).getAttribute("href")).toBe(
      `/intranet/questions/${QID}?modifier=${QID}`,
    );
    expect(screen.queryByRole("button", { name: "Masquer la question" })).toBeNull();
  });

  it("accepts an answer, votes, follows and answers, each with the CSRF header", async () => {
    setCsrfCookie();
    const fetchMock = stubApi({
      ...MARIE,
      [Q_PATH]: aQuestion(),
      [`${Q_PATH}/accepted`]: aQuestion({ acceptedAnswerId: "a-lucas" }),
      [`${Q_PATH}/votes/a-theo`]: aQuestion(),
      [`${Q_PATH}/following`]: aQuestion({ following: false }),
      [`${Q_PATH}/answers`]: json(aQuestion(), 201),
    });
    renderIntranet("questions/:id", question, `/intranet/questions/${QID}`);
    await screen.findByRole("heading", { level: 1 });
    const lucas = document.getElementById("reponse-a-lucas")!;
    fireEvent.click(within(lucas).getByRole("button", { name: "Accepter cette réponse" }));
    expect(
      await screen.findByText(/Réponse acceptée. Les personnes qui suivent la question sont prévenues/),
    ).toBeTruthy();
    expect(callsTo(fetchMock, "PUT", `${Q_PATH}/accepted`)[0].body).toEqual({ answerId: "a-lucas" });

    const theo = document.getElementById("reponse-a-theo")!;
    const vote = within(theo).getByRole("button", { name: /Utile/ });
    expect(vote.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(vote);
    await waitFor(() => expect(callsTo(fetchMock, "PUT", `${Q_PATH}/votes/a-theo`)).toHaveLength(1));

    await click("Ne plus suivre");
    await waitFor(() => expect(callsTo(fetchMock, "DELETE", `${Q_PATH}/following`)).toHaveLength(1));

    fireEvent.change(screen.getByLabelText("Votre réponse"), { target: { value: "Merci à vous deux." } });
    await click("Publier ma réponse");
    await waitFor(() => expect(callsTo(fetchMock, "POST", `${Q_PATH}/answers`)).toHaveLength(1));
    const post = callsTo(fetchMock, "POST", `${Q_PATH}/answers`)[0];
    expect(post.body).toEqual({ body: "Merci à vous deux." });
    expect(post.headers.get("X-XSRF-TOKEN")).toBe("csrf-test");
  });

  it("lets a coach hide an off-topic answer with a reason, asked first", async () => {
    setCsrfCookie();
    const fetchMock = stubApi({
      ...PAUL,
      [Q_PATH]: aQuestion({ canModerate: true, state: state() }),
      [`${Q_PATH}/moderation/a-theo`]: aQuestion({ canModerate: true }),
    });
    renderIntranet("questions/:id", question, `/intranet/questions/${QID}`);
    await click("Masquer la réponse de Théo Martin");
    await click("Masquer");
    expect(await screen.findByText("Indiquez le motif.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Motif (montré à son auteur)"), { target: { value: "Publicité." } });
    await click("Masquer");
    await waitFor(() => expect(callsTo(fetchMock, "POST", `${Q_PATH}/moderation/a-theo`)).toHaveLength(1));
    expect(callsTo(fetchMock, "POST", `${Q_PATH}/moderation/a-theo`)[0].body).toEqual({
      hidden: true,
      reason: "Publicité.",
    });
  });

  it("tells the author of a hidden answer why, and answers nothing more on a hidden question", async () => {
    stubApi({
      ...MARIE,
      [Q_PATH]: aQuestion({
        state: state({ mine: true, hidden: true, hiddenReason: "Doublon." }),
        canAccept: false,
      }),
    });
    renderIntranet("questions/:id", question, `/intranet/questions/${QID}`);
    expect(await screen.findByText(/Motif : Doublon\./)).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Répondre" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Utile/ })).toBeNull();
  });

  it("says so when the question is not for this person", async () => {
    stubApi({ ...MARIE, [Q_PATH]: problem(404, { detail: "Cette question n'existe pas ou n'est plus visible." }) });
    renderIntranet("questions/:id", question, `/intranet/questions/${QID}`);
    expect(await screen.findByText("Cette question n'existe pas ou n'est plus visible.")).toBeTruthy();
  });
});
