// The form of a question, to ask one or to change one's own: title, Markdown text, one to three themes and, for coaches
// and staff, the space it is asked in.
import { labels, type QuestionRequest } from "../api/resources";
import { fieldErrors, OutcomeMessage, requireFields, TextAreaField, TextField, textOf, type useAction } from "../forms";

export const THEMES: Readonly<Record<string, string>> = labels.Theme;
export const SPACES: Readonly<Record<string, string>> = labels.Space;

export const MARKDOWN_HINT =
  "Mise en forme possible : **gras**, *italique*, listes avec « - », liens [texte](https://…). Le HTML est affiché tel quel.";

const LABELS: Record<string, string> = { title: "Votre question", body: "Détails", themes: "Thèmes", space: "Espace" };
const PREFIX = "question";

/** What the form holds, read from the submitted form data; `null` when a required field is missing. */
export function readQuestion(
  form: HTMLFormElement,
  action: ReturnType<typeof useAction>,
  key: string,
): QuestionRequest | null {
  const fd = new FormData(form);
  const title = textOf(fd, "title");
  const body = textOf(fd, "body");
  const themes = fd.getAll("themes").map(String) as QuestionRequest["themes"];
  const missing = requireFields(
    { title, body },
    { title: "Écrivez votre question en une phrase.", body: "Expliquez votre question." },
  );
  if (themes.length === 0) missing.themes = "Choisissez au moins un thème.";
  else if (themes.length > 3) missing.themes = "Choisissez 3 thèmes au plus.";
  if (Object.keys(missing).length) {
    action.fail(key, missing);
    return null;
  }
  const space = (textOf(fd, "space") || "MEMBERS") as QuestionRequest["space"];
  return { title, body, themes, space };
}

export function QuestionForm({
  action,
  actionKey,
  initial,
  spaces,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  action: ReturnType<typeof useAction>;
  actionKey: string;
  initial?: Partial<QuestionRequest>;
  /** the spaces the person may ask in; no choice when there is one */
  spaces: string[];
  submitLabel: string;
  onSubmit: (e: React.FormEvent<HTMLFormElement>) => void;
  onCancel?: () => void;
}) {
  const errors = fieldErrors(action.outcome, actionKey);
  const chosen = new Set(initial?.themes ?? []);
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <OutcomeMessage outcome={action.outcome} forKey={actionKey} labels={LABELS} idPrefix={PREFIX} focus />
      <TextField
        prefix={PREFIX}
        name="title"
        label={LABELS.title}
        hint="En une phrase, par exemple : « Comment fixer le prix d'une journée de formation ? »"
        errors={errors}
        maxLength={200}
        defaultValue={initial?.title ?? ""}
      />
      <TextAreaField
        prefix={PREFIX}
        name="body"
        label={LABELS.body}
        hint={MARKDOWN_HINT}
        errors={errors}
        rows={8}
        defaultValue={initial?.body ?? ""}
      />
      <fieldset
        className="fieldset"
        id={`${PREFIX}-themes`}
        aria-describedby={errors.themes ? `${PREFIX}-themes-error` : undefined}
      >
        <legend>Thèmes (de 1 à 3)</legend>
        <div className="checkboxes">
          {Object.entries(THEMES).map(([value, label]) => (
            <label key={value} className="checkbox">
              <input type="checkbox" name="themes" value={value} defaultChecked={chosen.has(value as never)} /> {label}
            </label>
          ))}
        </div>
        {errors.themes && (
          <p className="field-error" id={`${PREFIX}-themes-error`}>
            {errors.themes}
          </p>
        )}
      </fieldset>
      {spaces.length > 1 && (
        <fieldset className="fieldset">
          <legend>Espace</legend>
          <div className="radios">
            {spaces.map((space) => (
              <label key={space} className="radio">
                <input
                  type="radio"
                  name="space"
                  value={space}
                  defaultChecked={(initial?.space ?? "MEMBERS") === space}
                />{" "}
                {SPACES[space] ?? space}
                {space === "COACHES" && " (accompagnateurs et équipe permanente seulement)"}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={action.pending !== null}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Annuler
          </button>
        )}
      </div>
    </form>
  );
}
