// Someone's copy of an online template (« mes outils »): its owner fills it in, each answer saved as they type
// (« Enregistré à 14:02 »; a reload finds everything), shares it with their coach, who reads it and comments on each
// section; both export it as PDF. The coach reads the answers, never changes them.
import { useEffect, useRef, useState } from "react";
import { ACTION_TEXTS, problemMessages } from "../api/client";
import {
  commentTool,
  type ResourceView,
  saveAnswers,
  shareTool,
  type TemplateForm,
  type ToolView,
} from "../api/resources";
import { fieldErrors, Options, OutcomeMessage, SelectField, TextAreaField, TextField, useAction } from "../forms";
import { formatDate, formatDateTime } from "../ui/format";
import { type Answers, Autosave, type AutosaveState, autosaveStatus } from "./tool";

const PREFIX = "outil";

type Section = TemplateForm["sections"][number];
type Question = Section["questions"][number];

export function OnlineTool({ resource }: { resource: ResourceView }) {
  const tool = resource.tool!;
  const form = resource.working!.form!;
  return (
    <section aria-labelledby="document-en-ligne" className="panel">
      <h2 id="document-en-ligne">{tool.fill ? "Mon document à remplir" : `Le document de ${resource.ownerName}`}</h2>
      <Sharing resource={resource} tool={tool} />
      {tool.fill ? (
        <Filling id={resource.id} form={form} tool={tool} />
      ) : (
        form.sections.map((section) => (
          <section key={section.key} aria-labelledby={`partie-${section.key}`}>
            <h3 id={`partie-${section.key}`}>{section.title}</h3>
            <dl>
              {section.questions.map((q) => (
                <div key={q.key}>
                  <dt>{q.label}</dt>
                  <dd>{shown(q, tool.answers[q.key])}</dd>
                </div>
              ))}
            </dl>
            <Comments id={resource.id} section={section} tool={tool} />
          </section>
        ))
      )}
    </section>
  );
}

function shown(question: Question, answer: string | undefined): string {
  if (!answer) return "(sans réponse)";
  return question.type === "DATE" ? formatDate(`${answer}T12:00:00Z`) : answer;
}

/** Shared or not, the share button, the PDF. */
function Sharing({ resource, tool }: { resource: ResourceView; tool: ToolView }) {
  const action = useAction();
  return (
    <>
      <p>
        {tool.sharedAt
          ? `Partagé avec ${tool.fill ? "votre accompagnateur" : "son accompagnateur"} le ${formatDate(tool.sharedAt)}.`
          : tool.fill
            ? "Visible de vous seul et de votre accompagnateur ; partagez-le pour qu'il puisse le commenter."
            : "Pas encore partagé : les commentaires s'ouvrent quand son auteur le partage."}
      </p>
      <div className="actions">
        {tool.share && (
          <button
            type="button"
            className="button"
            disabled={action.pending !== null}
            onClick={() =>
              action.run(
                "share",
                () => shareTool(resource.id),
                () => "Votre document est partagé avec votre accompagnateur : il peut le lire et le commenter.",
              )
            }
          >
            Partager avec mon accompagnateur
          </button>
        )}
        <a href={tool.pdfUrl} download className="button button-secondary">
          Exporter en PDF
        </a>
      </div>
      <OutcomeMessage outcome={action.outcome} forKey="share" />
    </>
  );
}

function Filling({ id, form, tool }: { id: string; form: TemplateForm; tool: ToolView }) {
  const [answers, setAnswers] = useState<Answers>(() => ({ ...tool.answers }));
  const [state, setState] = useState<AutosaveState>({ kind: "idle" });
  const autosave = useRef<Autosave | null>(null);
  if (autosave.current === null) {
    autosave.current = new Autosave({
      revision: tool.revision,
      onState: setState,
      save: async (sent, revision) => {
        const r = await saveAnswers(id, revision, sent);
        if (r.ok) return { ok: true, revision: r.data.revision, savedAt: r.data.savedAt ?? new Date().toISOString() };
        const m = problemMessages(r, ACTION_TEXTS);
        return { ok: false, status: r.status, message: m.general ?? ACTION_TEXTS.other, fields: m.fields };
      },
    });
  }
  useEffect(() => {
    const saver = autosave.current!;
    const warn = (e: BeforeUnloadEvent) => {
      if (saver.unsaved()) {
        void saver.flush();
        e.preventDefault();
      }
    };
    const hidden = () => {
      if (document.visibilityState === "hidden") void saver.flush();
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("visibilitychange", hidden);
      void saver.flush();
    };
  }, []);

  const errors = state.kind === "invalid" ? state.fields : {};
  function change(key: string, value: string) {
    const next = { ...answers, [key]: value };
    setAnswers(next);
    autosave.current!.change(next);
  }

  return (
    <>
      <p role="status" className={state.kind === "stale" || state.kind === "failed" ? "notice" : "muted"}>
        {autosaveStatus(state, tool.savedAt ?? null)}
      </p>
      {state.kind === "stale" && (
        <p>
          <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
            Recharger la page
          </button>
        </p>
      )}
      <form onSubmit={(e) => e.preventDefault()} noValidate aria-label="Vos réponses">
        {form.sections.map((section) => (
          <section key={section.key} aria-labelledby={`partie-${section.key}`}>
            <h3 id={`partie-${section.key}`}>{section.title}</h3>
            {section.help && <p className="muted">{section.help}</p>}
            {section.questions.map((q) => (
              <Field
                key={q.key}
                question={q}
                value={answers[q.key] ?? ""}
                errors={errors}
                disabled={state.kind === "stale"}
                onChange={(value) => change(q.key, value)}
              />
            ))}
            <Comments id={id} section={section} tool={tool} />
          </section>
        ))}
      </form>
    </>
  );
}

function Field({
  question,
  value,
  errors,
  disabled,
  onChange,
}: {
  question: Question;
  value: string;
  errors: Record<string, string>;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const common = {
    prefix: PREFIX,
    name: `answers.${question.key}`,
    label: question.label,
    errors,
    required: false,
    hint: question.help ?? undefined,
    value,
    disabled,
  };
  switch (question.type) {
    case "LONG_TEXT":
      return <TextAreaField {...common} rows={5} maxLength={20000} onChange={(e) => onChange(e.target.value)} />;
    case "NUMBER":
      return <TextField {...common} inputMode="decimal" onChange={(e) => onChange(e.target.value)} />;
    case "DATE":
      return <TextField {...common} type="date" onChange={(e) => onChange(e.target.value)} />;
    case "CHOICE":
      return (
        <SelectField {...common} onChange={(e) => onChange(e.target.value)}>
          <Options values={Object.fromEntries(question.choices.map((c) => [c, c]))} empty="—" />
        </SelectField>
      );
    default:
      return <TextField {...common} maxLength={500} onChange={(e) => onChange(e.target.value)} />;
  }
}

/** The comments on a section, and the comment form once the document is shared. */
function Comments({ id, section, tool }: { id: string; section: Section; tool: ToolView }) {
  const action = useAction();
  const [text, setText] = useState("");
  const comments = tool.comments.filter((c) => c.section === section.key);
  const key = `comment-${section.key}`;
  const refused = fieldErrors(action.outcome, key);
  const commentErrors: Record<string, string> = refused.text ? { [key]: refused.text } : {};
  if (comments.length === 0 && !tool.comment) return null;
  return (
    <div className="stack">
      {comments.length > 0 && (
        <ul className="plain stack" aria-label={`Commentaires sur « ${section.title} »`}>
          {comments.map((c) => (
            <li key={c.id} className="notice">
              <p className="card-meta">
                {c.authorName}
                {c.coach ? " (accompagnateur)" : ""}, le {formatDateTime(c.at)}
              </p>
              <p>{c.text}</p>
            </li>
          ))}
        </ul>
      )}
      {tool.comment && (
        // a form of its own would nest inside the answers' form: the comment is sent by its button
        <div role="group" aria-label={`Commenter « ${section.title} »`}>
          <TextAreaField
            prefix={PREFIX}
            name={key}
            label={`Votre commentaire sur « ${section.title} »`}
            errors={commentErrors}
            required={false}
            rows={2}
            maxLength={4000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={action.pending !== null || !text.trim()}
            onClick={async () => {
              const done = await action.run(
                key,
                () => commentTool(id, section.key, text),
                () => "Votre commentaire est enregistré.",
              );
              if (done.ok) setText("");
            }}
          >
            Commenter cette partie
          </button>
          <OutcomeMessage outcome={action.outcome} forKey={key} />
        </div>
      )}
    </div>
  );
}
