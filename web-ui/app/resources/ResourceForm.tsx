// Writing a resource: its kind, words, themes and sectors, who it is for; a selected site's address, a training
// module's steps, an exercise's correction, an online template's sections and questions (FormEditor). The same form
// creates a draft and writes a new version (files are added on the resource's page).
import { useEffect, useRef, useState } from "react";
import type { ContentView, ResourceRequest, ResourceView } from "../api/resources";
import { createResource, editResource } from "../api/resources";
import {
  CheckboxGroupField,
  fieldErrors,
  Options,
  OutcomeMessage,
  SelectField,
  TextAreaField,
  TextField,
  textOf,
  useAction,
} from "../forms";
import { FormEditor, useFormEditor } from "./FormEditor";
import { audiencesFor, KINDS, SECTORS, THEMES } from "./labels";
import { type FormRequest, readTemplateForm, templateFormProblems } from "./tool";

const PREFIX = "ressource";

const LABELS: Record<string, string> = {
  kind: "Type de ressource",
  title: "Titre",
  summary: "Résumé",
  body: "Texte",
  themes: "Thèmes",
  sectors: "Secteurs d'activité",
  audience: "À qui s'adresse-t-elle ?",
  url: "Adresse du site",
  correction: "Correction",
};

type Step = { key: number; title: string; body: string; resourceSlug: string };

const MARKDOWN_HINT =
  "Mise en forme simple : **gras**, *italique*, listes commençant par « - », liens [texte](https://…). " +
  "Les scripts et le code HTML ne sont pas acceptés.";

export function ResourceForm({
  resource,
  roles,
  onSaved,
  onCancel,
}: {
  /** the resource whose new version is written; none for a new one */
  resource?: { id: string; kind: string; content: ContentView };
  roles: readonly string[];
  onSaved: (view: ResourceView) => void;
  onCancel?: () => void;
}) {
  const action = useAction();
  const errors = fieldErrors(action.outcome, "save");
  const c = resource?.content;
  const [kind, setKind] = useState(resource?.kind ?? "DOCUMENT");
  const nextKey = useRef(0);
  const [steps, setSteps] = useState<Step[]>(() =>
    (c?.steps ?? []).map((s) => ({
      key: nextKey.current++,
      title: s.title,
      body: s.body,
      resourceSlug: s.resourceSlug ?? "",
    })),
  );
  const editor = useFormEditor(c?.form);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (resource) headingRef.current?.focus();
  }, [resource]);
  const audiences = audiencesFor(roles);
  const labels = {
    ...LABELS,
    ...Object.fromEntries(
      steps.flatMap((_, i) => [
        [`steps[${i}].title`, `Titre de l'étape ${i + 1}`],
        [`steps[${i}].body`, `Texte de l'étape ${i + 1}`],
      ]),
    ),
  };

  async function onSubmit(ev: React.FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    const fd = new FormData(ev.currentTarget);
    const text = (n: string) => textOf(fd, n);
    const local: Record<string, string> = {};
    if (!text("title")) local.title = "Indiquez un titre.";
    if (kind === "LINK" && !text("url")) local.url = "Indiquez l'adresse du site (https://…).";
    steps.forEach((_, i) => {
      if (!text(`steps[${i}].title`)) local[`steps[${i}].title`] = "Indiquez le titre de l'étape.";
    });
    const form: FormRequest | null =
      kind === "TEMPLATE" && editor.online ? readTemplateForm(fd, editor.sections) : null;
    if (form) Object.assign(local, templateFormProblems(form));
    if (Object.keys(local).length) return action.fail("save", local);
    const body: ResourceRequest = {
      kind: kind as ResourceRequest["kind"],
      title: text("title"),
      summary: text("summary") || null,
      body: text("body") || null,
      themes: fd.getAll("themes").map(String) as ResourceRequest["themes"],
      sectors: fd.getAll("sectors").map(String) as ResourceRequest["sectors"],
      audience: text("audience") as ResourceRequest["audience"],
      url: kind === "LINK" ? text("url") : null,
      steps:
        kind === "TRAINING"
          ? steps.map((_, i) => ({
              title: text(`steps[${i}].title`),
              body: text(`steps[${i}].body`) || null,
              resourceSlug: text(`steps[${i}].resourceSlug`) || null,
            }))
          : [],
      correction: kind === "EXERCISE" ? text("correction") || null : null,
      form,
    };
    const saved = await action.run(
      "save",
      () => (resource ? editResource(resource.id, body) : createResource(body)),
      () => (resource ? "La nouvelle version est enregistrée." : "La ressource est créée."),
      { revalidate: false },
    );
    if (saved.ok) onSaved(saved.data);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="formulaire-ressource" className="panel">
      <h2 id="formulaire-ressource" tabIndex={-1} ref={headingRef}>
        {resource ? "Modifier la ressource" : "Nouvelle ressource"}
      </h2>
      <p className="muted">
        {resource
          ? "Vos changements forment une nouvelle version ; une version déjà publiée reste en ligne jusqu'à la validation de la nouvelle."
          : "Elle reste un brouillon, visible de vous et de votre accompagnateur, jusqu'à ce que vous la proposiez à la validation."}
      </p>
      <OutcomeMessage outcome={action.outcome} forKey="save" labels={labels} idPrefix={PREFIX} focus />
      <div className="form-grid form-grid-2">
        <SelectField
          prefix={PREFIX}
          name="kind"
          label={LABELS.kind}
          errors={errors}
          value={kind}
          onChange={(e) => setKind(e.target.value)}
        >
          <Options values={KINDS} />
        </SelectField>
        <SelectField
          prefix={PREFIX}
          name="audience"
          label={LABELS.audience}
          errors={errors}
          defaultValue={c?.audience ?? "MEMBERS"}
          hint="« Personnel » : un outil à vous, vu de vous et de votre accompagnateur seulement."
        >
          <Options values={audiences} />
        </SelectField>
      </div>
      <TextField
        prefix={PREFIX}
        name="title"
        label={LABELS.title}
        errors={errors}
        maxLength={200}
        defaultValue={c?.title ?? ""}
      />
      <TextAreaField
        prefix={PREFIX}
        name="summary"
        label={LABELS.summary}
        errors={errors}
        required={false}
        rows={2}
        maxLength={600}
        defaultValue={c?.summary ?? ""}
        hint="Une ou deux phrases, montrées dans les listes."
      />
      {kind === "LINK" && (
        <TextField
          prefix={PREFIX}
          name="url"
          label={LABELS.url}
          type="url"
          inputMode="url"
          errors={errors}
          defaultValue={c?.url ?? ""}
          placeholder="https://"
        />
      )}
      <TextAreaField
        prefix={PREFIX}
        name="body"
        label={LABELS.body}
        errors={errors}
        required={false}
        rows={10}
        defaultValue={c?.body ?? ""}
        hint={MARKDOWN_HINT}
      />
      {kind === "EXERCISE" && (
        <TextAreaField
          prefix={PREFIX}
          name="correction"
          label={LABELS.correction}
          errors={errors}
          required={false}
          rows={6}
          defaultValue={c?.correction ?? ""}
          hint="Montrée à la personne après son essai."
        />
      )}
      {kind === "TRAINING" && (
        <fieldset className="fieldset">
          <legend>Les étapes du module, dans l'ordre</legend>
          {steps.length === 0 && <p className="muted">Aucune étape pour le moment.</p>}
          {steps.map((step, i) => (
            <div key={step.key} className="panel">
              <TextField
                prefix={PREFIX}
                name={`steps[${i}].title`}
                label={`Titre de l'étape ${i + 1}`}
                errors={errors}
                defaultValue={step.title}
              />
              <TextAreaField
                prefix={PREFIX}
                name={`steps[${i}].body`}
                label={`Texte de l'étape ${i + 1}`}
                errors={errors}
                required={false}
                rows={4}
                defaultValue={step.body}
                hint={MARKDOWN_HINT}
              />
              <TextField
                prefix={PREFIX}
                name={`steps[${i}].resourceSlug`}
                label={`Ressource utilisée à l'étape ${i + 1}`}
                errors={errors}
                required={false}
                defaultValue={step.resourceSlug}
                hint="L'adresse courte d'une ressource du centre (par exemple exercice-prix-de-revient)."
              />
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => setSteps(steps.filter((s) => s.key !== step.key))}
              >
                Retirer l'étape {i + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setSteps([...steps, { key: nextKey.current++, title: "", body: "", resourceSlug: "" }])}
          >
            Ajouter une étape
          </button>
        </fieldset>
      )}
      {kind === "TEMPLATE" && <FormEditor editor={editor} form={c?.form} errors={errors} />}
      <CheckboxGroupField
        prefix={PREFIX}
        name="themes"
        legend={LABELS.themes}
        values={THEMES}
        errors={errors}
        defaultChecked={c?.themes ?? []}
        hint="Cinq au plus."
      />
      <CheckboxGroupField
        prefix={PREFIX}
        name="sectors"
        legend={LABELS.sectors}
        values={SECTORS}
        errors={errors}
        defaultChecked={c?.sectors ?? []}
        hint="Pour une ressource propre à certains métiers."
      />
      <div className="actions">
        <button type="submit" className="button" disabled={action.pending !== null}>
          {resource ? "Enregistrer la nouvelle version" : "Créer le brouillon"}
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
