// The editor of an online template's sections and questions, inside the resource's form (kind « Outil et modèle »):
// staff and coaches add, reorder and remove sections and questions, choose each question's type (short or long text,
// number, date, choice) and a choice question's choices, one per line. The words are read from the form when it is
// sent (tool.ts: readTemplateForm); the keys of what already exists go back so that answers keep their question.
import { useRef, useState } from "react";
import type { TemplateForm } from "../api/resources";
import { Options, SelectField, TextAreaField, TextField } from "../forms";
import { QUESTION_TYPES } from "./labels";
import { type EditorSection, type QuestionType, questionField, sectionField } from "./tool";

const PREFIX = "ressource";

export function useFormEditor(form: TemplateForm | null | undefined) {
  const next = useRef(0);
  const [online, setOnline] = useState(!!form && form.sections.length > 0);
  const [sections, setSections] = useState<EditorSection[]>(() =>
    (form?.sections ?? []).map((s) => ({
      id: next.current++,
      key: s.key,
      questions: s.questions.map((q) => ({ id: next.current++, key: q.key, type: q.type as QuestionType })),
    })),
  );
  const newQuestion = () => ({ id: next.current++, key: null, type: "TEXT" as QuestionType });
  const newSection = (): EditorSection => ({ id: next.current++, key: null, questions: [newQuestion()] });
  return { online, setOnline, sections, setSections, newQuestion, newSection };
}

type Editor = ReturnType<typeof useFormEditor>;

function moved<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

export function FormEditor({
  editor,
  form,
  errors,
}: {
  editor: Editor;
  /** the sections and questions as saved, for the words of those already there */
  form: TemplateForm | null | undefined;
  errors: Record<string, string>;
}) {
  const { online, setOnline, sections, setSections, newQuestion, newSection } = editor;
  const saved = (key: string | null) => form?.sections.find((s) => s.key === key);
  const savedQuestion = (key: string | null) =>
    form?.sections.flatMap((s) => s.questions).find((q) => q.key === key && key !== null);

  return (
    <fieldset className="fieldset">
      <legend>À remplir en ligne</legend>
      <div className="field field-checkbox">
        <input
          type="checkbox"
          id={`${PREFIX}-online`}
          checked={online}
          onChange={(e) => {
            setOnline(e.target.checked);
            if (e.target.checked && sections.length === 0) setSections([newSection()]);
          }}
        />
        <label htmlFor={`${PREFIX}-online`}>
          Ce modèle se remplit aussi en ligne (parties et questions, copie personnelle enregistrée au fil de la saisie)
        </label>
      </div>
      {errors.form && (
        <p className="field-error" id={`${PREFIX}-form-error`}>
          {errors.form}
        </p>
      )}
      {online &&
        sections.map((section, i) => {
          const words = saved(section.key);
          return (
            <fieldset key={section.id} className="panel">
              <legend>Partie {i + 1}</legend>
              <TextField
                prefix={PREFIX}
                name={sectionField(i, "title")}
                label={`Titre de la partie ${i + 1}`}
                errors={errors}
                maxLength={200}
                defaultValue={words?.title ?? ""}
              />
              <TextAreaField
                prefix={PREFIX}
                name={sectionField(i, "help")}
                label={`Consigne de la partie ${i + 1}`}
                errors={errors}
                required={false}
                rows={2}
                maxLength={2000}
                defaultValue={words?.help ?? ""}
              />
              {errors[sectionField(i, "questions")] && (
                <p className="field-error">{errors[sectionField(i, "questions")]}</p>
              )}
              <ol className="stack">
                {section.questions.map((question, j) => {
                  const q = savedQuestion(question.key);
                  const setQuestions = (questions: EditorSection["questions"]) =>
                    setSections(sections.map((s) => (s.id === section.id ? { ...s, questions } : s)));
                  const label = `question ${j + 1} de la partie ${i + 1}`;
                  return (
                    <li key={question.id} className="panel">
                      <TextField
                        prefix={PREFIX}
                        name={questionField(i, j, "label")}
                        label={`Intitulé de la ${label}`}
                        errors={errors}
                        maxLength={300}
                        defaultValue={q?.label ?? ""}
                      />
                      <SelectField
                        prefix={PREFIX}
                        name={questionField(i, j, "type")}
                        label={`Type de réponse de la ${label}`}
                        errors={errors}
                        value={question.type}
                        onChange={(e) =>
                          setQuestions(
                            section.questions.map((x) =>
                              x.id === question.id ? { ...x, type: e.target.value as QuestionType } : x,
                            ),
                          )
                        }
                      >
                        <Options values={QUESTION_TYPES} />
                      </SelectField>
                      {question.type === "CHOICE" && (
                        <TextAreaField
                          prefix={PREFIX}
                          name={questionField(i, j, "choices")}
                          label={`Choix proposés pour la ${label}`}
                          errors={errors}
                          rows={3}
                          hint="Un choix par ligne, deux au moins."
                          defaultValue={(q?.choices ?? []).join("\n")}
                        />
                      )}
                      <TextField
                        prefix={PREFIX}
                        name={questionField(i, j, "help")}
                        label={`Aide pour la ${label}`}
                        errors={errors}
                        required={false}
                        maxLength={1000}
                        defaultValue={q?.help ?? ""}
                      />
                      <div className="actions">
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          disabled={j === 0}
                          onClick={() => setQuestions(moved(section.questions, j, j - 1))}
                        >
                          Monter la {label}
                        </button>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          onClick={() => setQuestions(section.questions.filter((x) => x.id !== question.id))}
                        >
                          Retirer la {label}
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ol>
              <div className="actions">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() =>
                    setSections(
                      sections.map((s) =>
                        s.id === section.id ? { ...s, questions: [...s.questions, newQuestion()] } : s,
                      ),
                    )
                  }
                >
                  Ajouter une question à la partie {i + 1}
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={i === 0}
                  onClick={() => setSections(moved(sections, i, i - 1))}
                >
                  Monter la partie {i + 1}
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setSections(sections.filter((s) => s.id !== section.id))}
                >
                  Retirer la partie {i + 1}
                </button>
              </div>
            </fieldset>
          );
        })}
      {online && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setSections([...sections, newSection()])}
        >
          Ajouter une partie
        </button>
      )}
    </fieldset>
  );
}
