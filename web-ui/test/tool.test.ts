// The logic of online templates: the editor's sections and questions read from its form and checked, the « Enregistré
// à » line, and the autosave (debounced, one save at a time from the last revision, a 409 stops it, a failure retries).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  Autosave,
  type AutosaveState,
  autosaveStatus,
  choicesOf,
  readTemplateForm,
  type SaveOutcome,
  savedLabel,
  templateFormProblems,
} from "../app/resources/tool";

describe("the template editor", () => {
  it("reads sections and questions from the form, keeping known keys and a choice question's choices", () => {
    const fd = new FormData();
    fd.set("form.sections[0].title", "  Le projet ");
    fd.set("form.sections[0].help", "");
    fd.set("form.sections[0].questions[0].label", "Votre activité");
    fd.set("form.sections[0].questions[1].label", "Votre statut");
    fd.set("form.sections[0].questions[1].choices", "CAPE\n\n CESA \nCAPE\n");
    const form = readTemplateForm(fd, [
      {
        id: 1,
        key: "projet",
        questions: [
          { id: 2, key: "activite", type: "TEXT" },
          { id: 3, key: null, type: "CHOICE" },
        ],
      },
    ]);
    expect(form).toEqual({
      sections: [
        {
          key: "projet",
          title: "Le projet",
          help: null,
          questions: [
            { key: "activite", label: "Votre activité", type: "TEXT", help: null, choices: null },
            { key: null, label: "Votre statut", type: "CHOICE", help: null, choices: ["CAPE", "CESA"] },
          ],
        },
      ],
    });
    expect(templateFormProblems(form)).toEqual({});
  });

  it("flags a section without title or question, a question without label, a choice question with one choice", () => {
    expect(choicesOf("Oui\n oui \nOui")).toEqual(["Oui", "oui"]);
    expect(
      templateFormProblems({
        sections: [
          { key: null, title: "", help: null, questions: [] },
          {
            key: null,
            title: "Chiffres",
            help: null,
            questions: [
              { key: null, label: "", type: "NUMBER", help: null, choices: null },
              { key: null, label: "Statut", type: "CHOICE", help: null, choices: ["CAPE"] },
            ],
          },
        ],
      }),
    ).toEqual({
      "form.sections[0].title": "Indiquez le titre de la partie.",
      "form.sections[0].questions": "Ajoutez au moins une question.",
      "form.sections[1].questions[0].label": "Indiquez la question.",
      "form.sections[1].questions[1].choices": "Proposez au moins deux choix différents.",
    });
    expect(templateFormProblems({ sections: [] })).toEqual({ form: "Ajoutez au moins une partie." });
  });
});

describe("the autosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setUp(outcomes: SaveOutcome[]) {
    const states: AutosaveState[] = [];
    const saves: { answers: Record<string, string>; revision: number }[] = [];
    let release: (() => void) | null = null;
    const saver = new Autosave({
      revision: 3,
      delay: 800,
      retry: 5000,
      onState: (s) => states.push(s),
      save: (answers, revision) => {
        saves.push({ answers, revision });
        const outcome = outcomes.shift()!;
        return new Promise((resolve) => {
          release = () => resolve(outcome);
        });
      },
    });
    return { saver, states, saves, release: async () => (release as unknown as () => void)() };
  }

  it("saves once typing pauses, from the last revision, and tells when", async () => {
    const { saver, states, saves, release } = setUp([
      { ok: true, revision: 4, savedAt: "2026-12-05T13:02:00Z" },
      { ok: true, revision: 5, savedAt: "2026-12-05T13:03:00Z" },
    ]);
    saver.change({ a: "B" });
    saver.change({ a: "Bi" });
    expect(saver.unsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(799);
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([{ answers: { a: "Bi" }, revision: 3 }]);
    // typed while saving: saved right after, from the revision the first save gave
    saver.change({ a: "Bij" });
    await release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saves[1]).toEqual({ answers: { a: "Bij" }, revision: 4 });
    await release();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ kind: "saved", at: "2026-12-05T13:03:00Z" });
    expect(autosaveStatus(states.at(-1)!, null)).toBe("Enregistré à 14:03");
    expect(saver.unsaved()).toBe(false);
  });

  it("stops on a stale revision (409) and says to reload", async () => {
    const { saver, states, saves, release } = setUp([
      {
        ok: false,
        status: 409,
        message: "Ce document a été enregistré depuis ailleurs : rechargez la page.",
        fields: {},
      },
    ]);
    saver.change({ a: "x" });
    await vi.advanceTimersByTimeAsync(800);
    await release();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)?.kind).toBe("stale");
    saver.change({ a: "y" });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saves).toHaveLength(1);
  });

  it("shows refused answers on their field and tries again after a failure", async () => {
    const { saver, states, saves, release } = setUp([
      { ok: false, status: 400, message: "Merci de corriger.", fields: { "answers.ca": "Indiquez un nombre." } },
      { ok: false, status: 0, message: "", fields: {} },
      { ok: true, revision: 4, savedAt: "2026-12-05T13:10:00Z" },
    ]);
    saver.change({ ca: "beaucoup" });
    await vi.advanceTimersByTimeAsync(800);
    await release();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({
      kind: "invalid",
      message: "Merci de corriger.",
      fields: { "answers.ca": "Indiquez un nombre." },
    });
    expect(autosaveStatus(states.at(-1)!, null)).toBe("Non enregistré : corrigez les réponses signalées.");
    saver.change({ ca: "1200" });
    await vi.advanceTimersByTimeAsync(800);
    await release();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)?.kind).toBe("failed");
    expect(saver.unsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(saves[2]).toEqual({ answers: { ca: "1200" }, revision: 3 });
    await release();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)?.kind).toBe("saved");
  });

  it("says when the answers were saved before the page was opened", () => {
    expect(savedLabel("2026-07-01T12:05:00Z")).toBe("Enregistré à 14:05");
    expect(autosaveStatus({ kind: "idle" }, null)).toBe("Vos réponses s'enregistrent au fur et à mesure.");
    expect(autosaveStatus({ kind: "idle" }, "2026-12-05T08:00:00Z")).toBe("Enregistré à 09:00");
  });
});
