// The logic of online templates, apart from the screens: the editor's sections and questions read from its form,
// and the autosave of someone's copy (debounced; one save at a time; each save names the revision it starts from, so
// that a stale tab is told to reload rather than overwrite a newer save).

/** What the editor sends for a template's sections and questions (ResourceRequest.form). */
export type FormRequest = {
  sections: {
    key: string | null;
    title: string;
    help: string | null;
    questions: {
      key: string | null;
      label: string;
      type: QuestionType;
      help: string | null;
      choices: string[] | null;
    }[];
  }[];
};
export type QuestionType = "TEXT" | "LONG_TEXT" | "NUMBER" | "DATE" | "CHOICE";

/** The editor's structure: which sections and questions are on screen (their words are read from the form). */
export type EditorSection = { id: number; key: string | null; questions: EditorQuestion[] };
export type EditorQuestion = { id: number; key: string | null; type: QuestionType };

/** The field names of the editor, the same as the API's errors[].field. */
export const sectionField = (i: number, name: string) => `form.sections[${i}].${name}`;
export const questionField = (i: number, j: number, name: string) => `form.sections[${i}].questions[${j}].${name}`;

/** The choices of a choice question: one per line, trimmed, blank lines and repeats dropped. */
export function choicesOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  ];
}

/** The sections and questions as the API takes them, read from the editor's form. */
export function readTemplateForm(fd: FormData, sections: EditorSection[]): FormRequest {
  const text = (name: string) => String(fd.get(name) ?? "").trim();
  return {
    sections: sections.map((section, i) => ({
      key: section.key,
      title: text(sectionField(i, "title")),
      help: text(sectionField(i, "help")) || null,
      questions: section.questions.map((question, j) => ({
        key: question.key,
        label: text(questionField(i, j, "label")),
        type: question.type,
        help: text(questionField(i, j, "help")) || null,
        choices: question.type === "CHOICE" ? choicesOf(text(questionField(i, j, "choices"))) : null,
      })),
    })),
  };
}

/** The checks made before sending: a title per section, a label per question, two choices per choice question. */
export function templateFormProblems(form: FormRequest): Record<string, string> {
  const problems: Record<string, string> = {};
  if (form.sections.length === 0) problems.form = "Ajoutez au moins une partie.";
  form.sections.forEach((section, i) => {
    if (!section.title) problems[sectionField(i, "title")] = "Indiquez le titre de la partie.";
    if (section.questions.length === 0) problems[sectionField(i, "questions")] = "Ajoutez au moins une question.";
    section.questions.forEach((question, j) => {
      if (!question.label) problems[questionField(i, j, "label")] = "Indiquez la question.";
      if (question.type === "CHOICE" && (question.choices?.length ?? 0) < 2)
        problems[questionField(i, j, "choices")] = "Proposez au moins deux choix différents.";
    });
  });
  return problems;
}

const clock = new Intl.DateTimeFormat("fr-FR", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/Paris",
});

/** « Enregistré à 14:02 » (Paris time). */
export function savedLabel(iso: string): string {
  return `Enregistré à ${clock.format(new Date(iso))}`;
}

export type Answers = Record<string, string>;

/** What one save answered. */
export type SaveOutcome =
  | { ok: true; revision: number; savedAt: string }
  | { ok: false; status: number; message: string; fields: Record<string, string> };

/** Where the autosave stands, to show next to the form. */
export type AutosaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "invalid"; message: string; fields: Record<string, string> }
  | { kind: "stale"; message: string }
  | { kind: "failed"; message: string };

/** The French line that tells where the answers stand. */
export function autosaveStatus(state: AutosaveState, savedAt: string | null): string {
  switch (state.kind) {
    case "pending":
    case "saving":
      return "Enregistrement…";
    case "saved":
      return savedLabel(state.at);
    case "invalid":
      return "Non enregistré : corrigez les réponses signalées.";
    case "stale":
    case "failed":
      return state.message;
    default:
      return savedAt ? savedLabel(savedAt) : "Vos réponses s'enregistrent au fur et à mesure.";
  }
}

/**
 * Saves the latest answers once typing pauses for `delay` ms, one save at a time (changes made meanwhile are saved
 * right after), each from the last revision saved. A 409 stops it (another tab saved: reload); a refused answer waits
 * for the next change; a failure (network, server) is tried again after `retry` ms.
 */
export class Autosave {
  private revision: number;
  private latest: Answers | null = null;
  private dirty = false;
  private saving = false;
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly options: {
      revision: number;
      save: (answers: Answers, revision: number) => Promise<SaveOutcome>;
      onState: (state: AutosaveState) => void;
      delay?: number;
      retry?: number;
    },
  ) {
    this.revision = options.revision;
  }

  /** The answers changed: saved once typing pauses. */
  change(answers: Answers) {
    if (this.stopped) return;
    this.latest = answers;
    this.dirty = true;
    this.options.onState({ kind: "pending" });
    this.schedule(this.options.delay ?? 800);
  }

  /** Whether some answers are not saved yet (to warn before leaving the page). */
  unsaved(): boolean {
    return this.dirty || this.saving;
  }

  /** Saves now what waits (leaving the page, a button). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.stopped || this.saving || !this.dirty || !this.latest) return;
    const answers = this.latest;
    this.dirty = false;
    this.saving = true;
    this.options.onState({ kind: "saving" });
    const outcome = await this.options.save(answers, this.revision);
    this.saving = false;
    if (outcome.ok) {
      this.revision = outcome.revision;
      if (this.dirty) this.schedule(0);
      else this.options.onState({ kind: "saved", at: outcome.savedAt });
    } else if (outcome.status === 409) {
      this.stopped = true;
      this.options.onState({
        kind: "stale",
        message: outcome.message || "Ce document a été enregistré ailleurs : rechargez la page.",
      });
    } else if (outcome.status === 400) {
      this.options.onState({ kind: "invalid", message: outcome.message, fields: outcome.fields });
      if (this.dirty) this.schedule(this.options.delay ?? 800);
    } else {
      this.dirty = true;
      this.options.onState({
        kind: "failed",
        message: "Non enregistré (connexion perdue ?) : nouvel essai dans quelques secondes.",
      });
      this.schedule(this.options.retry ?? 5000);
    }
  }

  dispose() {
    clearTimeout(this.timer);
    this.stopped = true;
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }
}
