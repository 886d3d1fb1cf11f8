// A personal file (dossier) as its reader may see and change it: the entrepreneur reads it and proposes new contact
// details; their coach and staff update the journey, the agreement, the objectives and the activity; staff the
// analytical code. What the reader may do comes from the file's `can`, so one view serves the three readers.
import { useState } from "react";
import { Link } from "react-router";
import { PERSON_STATUS } from "../accounts/labels";
import type { Objective as Figures } from "../api/dashboard";
import {
  acceptContactProposal,
  addObjective,
  documentUploadUrl,
  labels,
  type Milestone,
  reachMilestone,
  refuseContactProposal,
  removeDocument,
  removeObjective,
  saveActivity,
  saveAgreement,
  saveAnalyticalCode,
  saveContact,
  unreachMilestone,
  updateObjective,
} from "../api/members";
import type { ProgressView } from "../api/resources";
import {
  ConfirmButton,
  fieldErrors,
  Options,
  OutcomeMessage,
  requireFields,
  SelectField,
  TextAreaField,
  TextField,
  textOf,
  useAction,
} from "../forms";
import { formatSize } from "../resources/labels";
import { progressText } from "../resources/ModuleProgress";
import { resourcePath } from "../resources/ResourceCard";
import { FileUpload } from "../ui/FileUpload";
import { formatDateTime, formatDay, formatSchedule, parisToday } from "../ui/format";
import { Prose } from "../ui/ui";
import {
  addressLine,
  amountInput,
  type FileObjective,
  journeySummary,
  objectiveProgress,
  objectivesSummary,
  type PersonalFile,
  stepState,
  stepStatus,
} from "./journey";

type Action = ReturnType<typeof useAction>;

const HISTORY_SHOWN = 10;

const AGREEMENT_LABELS = { capeStartsOn: "Début du CAPE", capeEndsOn: "Fin du CAPE", cesaStartsOn: "Début du CESA" };
const OBJECTIVE_LABELS = {
  label: "Objectif",
  kind: "Type d'objectif",
  targetAmount: "Chiffre d'affaires visé",
  status: "Où en est-il",
  dueOn: "À atteindre le",
  objectives: "Objectifs",
};
const CONTACT_LABELS = { phone: "Téléphone", street: "Adresse", postalCode: "Code postal", town: "Commune" };

/** The whole file. `own`: the entrepreneur reads their own file (« Mon dossier »). */
export function FileView({
  file,
  figures,
  training,
  own,
}: {
  file: PersonalFile;
  figures?: readonly Figures[];
  /** the training modules started, from resources-service (absent when it does not answer) */
  training?: readonly ProgressView[];
  own: boolean;
}) {
  const action = useAction();
  const name = `${file.person.firstName} ${file.person.lastName}`;
  return (
    <>
      <h1>{own ? "Mon dossier" : `Dossier de ${name}`}</h1>
      <p className="lead">
        {own
          ? "Votre parcours dans la coopérative, votre contrat d'accompagnement et vos objectifs. Seuls vous, votre accompagnateur et l'équipe permanente y ont accès."
          : `Le parcours de ${name}, son contrat d'accompagnement et ses objectifs. Seuls l'entrepreneur, son accompagnateur et l'équipe permanente y ont accès.`}
      </p>
      <JourneySection file={file} own={own} action={action} />
      <ObjectivesSection file={file} figures={figures} own={own} action={action} />
      <AgreementSection file={file} action={action} />
      <IdentitySection file={file} own={own} action={action} />
      <ActivitySection file={file} action={action} />
      <WorkshopsSection file={file} own={own} />
      {training && <TrainingSection training={training} own={own} />}
      <AppointmentsSection file={file} own={own} />
      <DocumentsSection file={file} own={own} action={action} />
      <HistorySection file={file} />
    </>
  );
}

// ---- Journey --------------------------------------------------------------------------------

function JourneySection({ file, own, action }: { file: PersonalFile; own: boolean; action: Action }) {
  const { journey } = file;
  const subject = file.person.subject;
  const editable = file.can.editJourney;
  return (
    <section aria-labelledby="parcours">
      <h2 id="parcours">{own ? "Mon parcours" : "Parcours"}</h2>
      <p id="parcours-resume">{journeySummary(journey)}</p>
      <ol className="journey" aria-labelledby="parcours" aria-describedby="parcours-resume">
        {journey.steps.map((step) => {
          const state = stepState(step, journey.next);
          return (
            <li
              key={step.milestone}
              className={`journey-step journey-${state}`}
              aria-current={state === "next" ? "step" : undefined}
            >
              <span className="journey-marker" aria-hidden="true">
                {state === "reached" ? "✓" : ""}
              </span>
              <span className="journey-text">
                <span className="journey-label">{step.label}</span>
                <span className="journey-status">{stepStatus(step, journey.next)}</span>
              </span>
              {editable && step.reached && (
                <ConfirmButton
                  label="Retirer"
                  ariaLabel={`Retirer l'étape « ${step.label} »`}
                  question={`L'étape « ${step.label} » n'est plus franchie ?`}
                  confirmLabel="Oui, la retirer"
                  disabled={action.pending !== null}
                  onConfirm={() =>
                    action.run(
                      "unreach",
                      () => unreachMilestone(subject, step.milestone),
                      () => `Étape « ${step.label} » retirée.`,
                    )
                  }
                />
              )}
            </li>
          );
        })}
      </ol>
      <OutcomeMessage outcome={action.outcome} forKey="unreach" />
      {editable && journey.steps.some((s) => !s.reached) ? (
        <MilestoneForm key={file.changedAt} file={file} action={action} />
      ) : (
        <OutcomeMessage outcome={action.outcome} forKey="milestone" />
      )}
      <Badges file={file} own={own} />
    </section>
  );
}

function MilestoneForm({ file, action }: { file: PersonalFile; action: Action }) {
  const prefix = "etape";
  const key = "milestone";
  const errors = fieldErrors(action.outcome, key);
  const open = file.journey.steps.filter((s) => !s.reached);
  if (open.length === 0) return null;
  const today = parisToday();
  const labelsOf = Object.fromEntries(open.map((s) => [s.milestone, s.label]));

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const milestone = textOf(fd, "milestone") as Milestone;
    const reachedOn = textOf(fd, "reachedOn");
    const missing = requireFields({ reachedOn }, { reachedOn: "Indiquez la date." });
    if (Object.keys(missing).length) return action.fail(key, missing);
    await action.run(
      key,
      () => reachMilestone(file.person.subject, milestone, reachedOn),
      () => `Étape « ${labelsOf[milestone]} » enregistrée, franchie le ${formatDay(reachedOn)}.`,
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="etape-titre" className="panel">
      <h3 id="etape-titre">Enregistrer une étape franchie</h3>
      <OutcomeMessage
        outcome={action.outcome}
        forKey={key}
        labels={{ milestone: "Étape", reachedOn: "Franchie le" }}
        idPrefix={prefix}
        focus
      />
      <div className="form-grid form-grid-2">
        <SelectField
          prefix={prefix}
          name="milestone"
          label="Étape"
          errors={errors}
          defaultValue={file.journey.next ?? undefined}
        >
          <Options values={labelsOf} />
        </SelectField>
        <TextField
          prefix={prefix}
          name="reachedOn"
          label="Franchie le"
          type="date"
          max={today}
          defaultValue={today}
          errors={errors}
        />
      </div>
      <button type="submit" className="button" disabled={action.pending !== null}>
        Enregistrer l'étape
      </button>
    </form>
  );
}

function Badges({ file, own }: { file: PersonalFile; own: boolean }) {
  if (file.badges.length === 0) return null;
  return (
    <>
      <h3 id="badges">{own ? "Mes badges" : "Badges"}</h3>
      <ul className="file-badges plain" aria-labelledby="badges">
        {file.badges.map((b) => (
          <li key={b.code} className="file-badge">
            <span aria-hidden="true" className="file-badge-mark">
              ★
            </span>{" "}
            <span>
              {b.label}
              {b.earnedOn && <span className="card-meta"> · depuis le {formatDay(b.earnedOn)}</span>}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

// ---- Objectives -----------------------------------------------------------------------------

function ObjectivesSection({
  file,
  figures,
  own,
  action,
}: {
  file: PersonalFile;
  figures?: readonly Figures[];
  own: boolean;
  action: Action;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const editable = file.can.editJourney;
  const subject = file.person.subject;
  return (
    <section aria-labelledby="objectifs">
      <h2 id="objectifs">{own ? "Mes objectifs" : "Objectifs"}</h2>
      <p>{objectivesSummary(file.objectives, figures)}</p>
      <OutcomeMessage outcome={action.outcome} forKey="objective-remove" />
      {file.objectives.length > 0 && (
        <ul className="plain stack">
          {file.objectives.map((o) => (
            <li key={o.id} className="card">
              <ObjectiveCard objective={o} figures={figures} />
              {editable &&
                (editing === o.id ? (
                  <ObjectiveForm
                    subject={subject}
                    objective={o}
                    action={action}
                    onDone={() => setEditing(null)}
                    heading={`Modifier l'objectif « ${o.label} »`}
                  />
                ) : (
                  <div className="actions">
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => setEditing(o.id)}
                      aria-label={`Modifier l'objectif « ${o.label} »`}
                    >
                      Modifier
                    </button>
                    <ConfirmButton
                      label="Retirer"
                      ariaLabel={`Retirer l'objectif « ${o.label} »`}
                      question={`Retirer l'objectif « ${o.label} » du contrat ?`}
                      confirmLabel="Oui, le retirer"
                      disabled={action.pending !== null}
                      onConfirm={() =>
                        action.run(
                          "objective-remove",
                          () => removeObjective(subject, o.id),
                          () => `Objectif « ${o.label} » retiré.`,
                        )
                      }
                    />
                  </div>
                ))}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <ObjectiveForm
          key={file.changedAt}
          subject={subject}
          action={action}
          heading="Ajouter un objectif"
          className="panel"
        />
      )}
    </section>
  );
}

function ObjectiveCard({ objective: o, figures }: { objective: FileObjective; figures?: readonly Figures[] }) {
  const progress = objectiveProgress(o, figures);
  const progressId = `objectif-${o.id}-avancement`;
  return (
    <>
      <h3 className="card-title">
        {o.label}
        {progress.done && <span className="badge badge-ok">Atteint</span>}
        {o.overdue && <span className="badge badge-alert">En retard</span>}
      </h3>
      <p className="card-meta">
        {o.kindLabel}
        {o.dueOn && <> · à atteindre le {formatDay(o.dueOn)}</>}
      </p>
      {progress.percent !== null ? (
        <p className="progress">
          <span id={progressId}>{progress.text}</span>
          <progress max={100} value={progress.percent} aria-labelledby={progressId} />
        </p>
      ) : (
        <p>{o.kind === "OTHER" ? `Où en est-il : ${progress.text}` : progress.text}</p>
      )}
    </>
  );
}

function ObjectiveForm({
  subject,
  objective,
  action,
  heading,
  onDone,
  className,
}: {
  subject: string;
  objective?: FileObjective;
  action: Action;
  heading: string;
  onDone?: () => void;
  className?: string;
}) {
  const key = objective ? `objective-${objective.id}` : "objective-new";
  const prefix = objective ? `objectif-${objective.id}` : "objectif";
  const errors = fieldErrors(action.outcome, key);
  const [kind, setKind] = useState<string>(objective?.kind ?? "OTHER");
  const headingId = `${prefix}-titre`;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    const values = {
      label: textOf(fd, "label"),
      kind: textOf(fd, "kind") as "REVENUE" | "OTHER",
      targetAmount: textOf(fd, "targetAmount"),
      status: textOf(fd, "status") as "TODO" | "IN_PROGRESS" | "DONE",
      dueOn: textOf(fd, "dueOn"),
    };
    const missing = requireFields(values, {
      label: "Décrivez l'objectif.",
      ...(values.kind === "REVENUE" ? { targetAmount: "Indiquez le chiffre d'affaires visé, en euros." } : {}),
    });
    if (Object.keys(missing).length) return action.fail(key, missing);
    const body = {
      label: values.label,
      kind: values.kind,
      targetAmount: values.kind === "REVENUE" ? values.targetAmount : undefined,
      status: values.kind === "OTHER" ? values.status : undefined,
      dueOn: values.dueOn || undefined,
    };
    const r = await action.run(
      key,
      () => (objective ? updateObjective(subject, objective.id, body) : addObjective(subject, body)),
      () => (objective ? `Objectif « ${values.label} » enregistré.` : `Objectif « ${values.label} » ajouté.`),
    );
    if (r.ok) {
      if (!objective) form.reset();
      onDone?.();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={headingId} className={className}>
      <h3 id={headingId}>{heading}</h3>
      <OutcomeMessage outcome={action.outcome} forKey={key} labels={OBJECTIVE_LABELS} idPrefix={prefix} focus />
      <TextField
        prefix={prefix}
        name="label"
        label="Objectif"
        maxLength={200}
        defaultValue={objective?.label}
        errors={errors}
      />
      <div className="form-grid form-grid-3">
        <SelectField
          prefix={prefix}
          name="kind"
          label="Type d'objectif"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          errors={errors}
        >
          <Options values={labels.ObjectiveKind} />
        </SelectField>
        {kind === "REVENUE" ? (
          <TextField
            prefix={prefix}
            name="targetAmount"
            label="Chiffre d'affaires visé"
            hint="En euros, par exemple 18000 ou 18 000,50."
            inputMode="decimal"
            defaultValue={amountInput(objective?.targetAmount)}
            errors={errors}
          />
        ) : (
          <SelectField
            prefix={prefix}
            name="status"
            label="Où en est-il"
            defaultValue={objective?.status ?? "TODO"}
            errors={errors}
          >
            <Options values={labels.ObjectiveStatus} />
          </SelectField>
        )}
        <TextField
          prefix={prefix}
          name="dueOn"
          label="À atteindre le"
          type="date"
          required={false}
          defaultValue={objective?.dueOn ?? ""}
          errors={errors}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button button-small" disabled={action.pending !== null}>
          {objective ? "Enregistrer l'objectif" : "Ajouter l'objectif"}
        </button>
        {onDone && (
          <button type="button" className="button button-secondary button-small" onClick={onDone}>
            Annuler
          </button>
        )}
      </div>
    </form>
  );
}

// ---- Agreement ------------------------------------------------------------------------------

function AgreementSection({ file, action }: { file: PersonalFile; action: Action }) {
  const a = file.agreement ?? { capeStartsOn: null, capeEndsOn: null, cesaStartsOn: null };
  const key = "agreement";
  const prefix = "contrat";
  const errors = fieldErrors(action.outcome, key);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const body = {
      capeStartsOn: textOf(fd, "capeStartsOn") || undefined,
      capeEndsOn: textOf(fd, "capeEndsOn") || undefined,
      cesaStartsOn: textOf(fd, "cesaStartsOn") || undefined,
    };
    await action.run(
      key,
      () => saveAgreement(file.person.subject, body),
      () => "Contrat d'accompagnement enregistré.",
    );
  }

  return (
    <section aria-labelledby="contrat">
      <h2 id="contrat">Contrat d'accompagnement</h2>
      <dl className="facts">
        <dt>CAPE (contrat d'appui au projet d'entreprise)</dt>
        <dd>
          {a.capeStartsOn
            ? `Depuis le ${formatDay(a.capeStartsOn)}${a.capeEndsOn ? `, jusqu'au ${formatDay(a.capeEndsOn)}` : ""}`
            : "Pas encore signé"}
        </dd>
        <dt>CESA (contrat d'entrepreneur salarié associé)</dt>
        <dd>{a.cesaStartsOn ? `Depuis le ${formatDay(a.cesaStartsOn)}` : "Pas encore signé"}</dd>
      </dl>
      {file.can.editJourney && (
        <details className="edit" key={file.changedAt}>
          <summary>Modifier les dates du contrat</summary>
          <form onSubmit={onSubmit} noValidate aria-label="Dates du contrat d'accompagnement">
            <OutcomeMessage outcome={action.outcome} forKey={key} labels={AGREEMENT_LABELS} idPrefix={prefix} focus />
            <div className="form-grid form-grid-3">
              {(Object.keys(AGREEMENT_LABELS) as (keyof typeof AGREEMENT_LABELS)[]).map((name) => (
                <TextField
                  key={name}
                  prefix={prefix}
                  name={name}
                  label={AGREEMENT_LABELS[name]}
                  type="date"
                  required={false}
                  defaultValue={a[name] ?? ""}
                  errors={errors}
                />
              ))}
            </div>
            <button type="submit" className="button button-small" disabled={action.pending !== null}>
              Enregistrer le contrat
            </button>
          </form>
        </details>
      )}
      {!file.can.editJourney && <OutcomeMessage outcome={action.outcome} forKey={key} />}
    </section>
  );
}

// ---- Identity and contact details -----------------------------------------------------------

function IdentitySection({ file, own, action }: { file: PersonalFile; own: boolean; action: Action }) {
  const p = file.person;
  const address = addressLine(file.contact);
  return (
    <section aria-labelledby="identite">
      <h2 id="identite">{own ? "Mon identité et mes coordonnées" : "Identité et coordonnées"}</h2>
      <dl className="facts">
        <dt>Nom</dt>
        <dd>
          {p.firstName} {p.lastName}
        </dd>
        <dt>E-mail</dt>
        <dd>
          <a href={`mailto:${p.email}`}>{p.email}</a>
        </dd>
        <dt>Téléphone</dt>
        <dd>{file.contact?.phone || "Non renseigné"}</dd>
        <dt>Adresse</dt>
        <dd>{address ?? "Non renseignée"}</dd>
        <dt>Antenne</dt>
        <dd>{p.antenna?.name ?? "Aucune"}</dd>
        <dt>Accompagnateur</dt>
        <dd>{p.coach?.name ?? "Pas encore désigné"}</dd>
        {!own && (
          <>
            <dt>Compte</dt>
            <dd>{PERSON_STATUS[p.status] ?? p.status}</dd>
          </>
        )}
      </dl>
      <ContactProposal file={file} own={own} action={action} />
      {(file.can.proposeContact || file.can.editJourney) && (
        <ContactForm key={file.changedAt} file={file} own={own} action={action} />
      )}
    </section>
  );
}

function ContactProposal({ file, own, action }: { file: PersonalFile; own: boolean; action: Action }) {
  const proposal = file.contactProposal;
  if (!proposal?.proposed) return <OutcomeMessage outcome={action.outcome} forKey="proposal" />;
  const proposed = proposal.proposed;
  const subject = file.person.subject;
  return (
    <div className="notice" role="group" aria-labelledby="proposition">
      <h3 id="proposition">
        {own ? "Vos nouvelles coordonnées attendent d'être acceptées" : "Nouvelles coordonnées proposées"}
      </h3>
      <p className="card-meta">
        {own ? "Proposées" : `Proposées par ${file.person.firstName} ${file.person.lastName}`} le{" "}
        {formatDateTime(proposal.proposedAt)}
        {own ? " ; votre accompagnateur ou l'équipe permanente les acceptera." : "."}
      </p>
      <dl className="facts">
        <dt>Téléphone</dt>
        <dd>{proposed.phone || "Aucun"}</dd>
        <dt>Adresse</dt>
        <dd>{addressLine(proposed) ?? "Aucune"}</dd>
      </dl>
      <OutcomeMessage outcome={action.outcome} forKey="proposal" />
      {file.can.editJourney && (
        <div className="actions">
          <button
            type="button"
            className="button button-small"
            disabled={action.pending !== null}
            onClick={() =>
              action.run(
                "proposal",
                () => acceptContactProposal(subject),
                () => "Coordonnées acceptées : elles remplacent les anciennes.",
              )
            }
          >
            Accepter ces coordonnées
          </button>
          <ConfirmButton
            label="Refuser"
            ariaLabel="Refuser ces coordonnées"
            question="Refuser les coordonnées proposées ? Les anciennes restent."
            confirmLabel="Oui, refuser"
            disabled={action.pending !== null}
            onConfirm={() =>
              action.run(
                "proposal",
                () => refuseContactProposal(subject),
                () => "Coordonnées proposées refusées : les anciennes restent.",
              )
            }
          />
        </div>
      )}
    </div>
  );
}

function ContactForm({ file, own, action }: { file: PersonalFile; own: boolean; action: Action }) {
  const key = "contact";
  const prefix = "coordonnees";
  const errors = fieldErrors(action.outcome, key);
  const shown = (own ? file.contactProposal?.proposed : null) ?? file.contact;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const body = {
      phone: textOf(fd, "phone"),
      street: textOf(fd, "street"),
      postalCode: textOf(fd, "postalCode"),
      town: textOf(fd, "town"),
    };
    await action.run(
      key,
      () => saveContact(file.person.subject, body),
      () =>
        own
          ? "Vos nouvelles coordonnées sont proposées : votre accompagnateur ou l'équipe les acceptera."
          : "Coordonnées enregistrées.",
    );
  }

  return (
    <>
      <OutcomeMessage outcome={action.outcome} forKey={key} labels={CONTACT_LABELS} idPrefix={prefix} focus />
      <details className="edit">
        <summary>{own ? "Proposer de nouvelles coordonnées" : "Modifier les coordonnées"}</summary>
        <form onSubmit={onSubmit} noValidate aria-label={own ? "Proposer de nouvelles coordonnées" : "Coordonnées"}>
          {own && (
            <p className="field-hint">
              Votre accompagnateur ou l'équipe permanente les accepte avant qu'elles remplacent les actuelles.
            </p>
          )}
          <div className="form-grid form-grid-2">
            <TextField
              prefix={prefix}
              name="phone"
              label="Téléphone"
              type="tel"
              autoComplete="tel"
              required={false}
              maxLength={20}
              defaultValue={shown?.phone ?? ""}
              errors={errors}
            />
            <TextField
              prefix={prefix}
              name="street"
              label="Adresse"
              autoComplete="street-address"
              required={false}
              maxLength={200}
              defaultValue={shown?.street ?? ""}
              errors={errors}
            />
            <TextField
              prefix={prefix}
              name="postalCode"
              label="Code postal"
              autoComplete="postal-code"
              inputMode="numeric"
              required={false}
              maxLength={5}
              defaultValue={shown?.postalCode ?? ""}
              errors={errors}
            />
            <TextField
              prefix={prefix}
              name="town"
              label="Commune"
              autoComplete="address-level2"
              required={false}
              maxLength={100}
              defaultValue={shown?.town ?? ""}
              errors={errors}
            />
          </div>
          <button type="submit" className="button button-small" disabled={action.pending !== null}>
            {own ? "Proposer ces coordonnées" : "Enregistrer les coordonnées"}
          </button>
        </form>
      </details>
    </>
  );
}

// ---- Activity and analytical code -----------------------------------------------------------

function ActivitySection({ file, action }: { file: PersonalFile; action: Action }) {
  const subject = file.person.subject;
  const activityErrors = fieldErrors(action.outcome, "activity");
  const codeErrors = fieldErrors(action.outcome, "code");
  return (
    <section aria-labelledby="activite">
      <h2 id="activite">Activité</h2>
      {file.activity ? <Prose text={file.activity} /> : <p>L'activité n'est pas encore décrite.</p>}
      <dl className="facts">
        <dt>Code analytique (comptabilité)</dt>
        <dd>{file.analyticalCode || "Pas encore attribué"}</dd>
      </dl>
      <OutcomeMessage
        outcome={action.outcome}
        forKey="activity"
        labels={{ activity: "Activité" }}
        idPrefix="activite"
        focus
      />
      <OutcomeMessage
        outcome={action.outcome}
        forKey="code"
        labels={{ analyticalCode: "Code analytique" }}
        idPrefix="code"
        focus
      />
      {file.can.editJourney && (
        <details className="edit" key={`activity-${file.changedAt}`}>
          <summary>Modifier l'activité</summary>
          <form
            noValidate
            aria-label="Activité"
            onSubmit={(e) => {
              e.preventDefault();
              const activity = textOf(new FormData(e.currentTarget), "activity");
              action.run(
                "activity",
                () => saveActivity(subject, activity),
                () => "Activité enregistrée.",
              );
            }}
          >
            <TextAreaField
              prefix="activite"
              name="activity"
              label="Activité"
              required={false}
              maxLength={500}
              defaultValue={file.activity ?? ""}
              errors={activityErrors}
            />
            <button type="submit" className="button button-small" disabled={action.pending !== null}>
              Enregistrer l'activité
            </button>
          </form>
        </details>
      )}
      {file.can.editAnalyticalCode && (
        <details className="edit" key={`code-${file.changedAt}`}>
          <summary>Modifier le code analytique</summary>
          <form
            noValidate
            aria-label="Code analytique"
            onSubmit={(e) => {
              e.preventDefault();
              const code = textOf(new FormData(e.currentTarget), "analyticalCode");
              action.run(
                "code",
                () => saveAnalyticalCode(subject, code),
                (f) => (f.analyticalCode ? `Code analytique : ${f.analyticalCode}.` : "Code analytique retiré."),
              );
            }}
          >
            <TextField
              prefix="code"
              name="analyticalCode"
              label="Code analytique"
              hint="Celui de la comptabilité (lettres sans accent, chiffres, point, tiret) ; vide pour le retirer."
              required={false}
              maxLength={30}
              defaultValue={file.analyticalCode ?? ""}
              errors={codeErrors}
            />
            <button type="submit" className="button button-small" disabled={action.pending !== null}>
              Enregistrer le code
            </button>
          </form>
        </details>
      )}
    </section>
  );
}

// ---- Workshops, appointments, history -------------------------------------------------------

function WorkshopsSection({ file, own }: { file: PersonalFile; own: boolean }) {
  return (
    <section aria-labelledby="ateliers">
      <h2 id="ateliers">Ateliers suivis</h2>
      {file.workshops.length === 0 ? (
        <p>
          Aucune présence à un atelier n'est encore enregistrée.
          {own && (
            <>
              {" "}
              <Link to="/intranet/ateliers">Voir les prochains ateliers</Link>
            </>
          )}
        </p>
      ) : (
        <ul className="plain stack">
          {file.workshops.map((w) => (
            <li key={`${w.eventId}-${w.startsAt}`}>
              <strong>{w.title}</strong> · {formatSchedule(w.startsAt)} · {w.attendanceLabel}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TrainingSection({ training, own }: { training: readonly ProgressView[]; own: boolean }) {
  return (
    <section aria-labelledby="modules">
      <h2 id="modules">Modules de formation</h2>
      {training.length === 0 ? (
        <p>
          {own ? "Vous n'avez pas encore commencé de module." : "Aucun module commencé pour le moment."}
          {own && (
            <>
              {" "}
              <Link to="/intranet/ressources/liste?type=TRAINING">Voir les modules</Link>
            </>
          )}
        </p>
      ) : (
        <ul className="plain stack">
          {training.map((m) => (
            <li key={m.resourceId}>
              <Link to={resourcePath(m.slug)}>{m.title}</Link> ·{" "}
              <progress max={Math.max(m.steps, 1)} value={m.done.length} aria-label={`Avancement : ${m.title}`}>
                {m.done.length} / {m.steps}
              </progress>{" "}
              {progressText(m.done.length, m.steps)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AppointmentsSection({ file, own }: { file: PersonalFile; own: boolean }) {
  return (
    <section aria-labelledby="rendez-vous">
      <h2 id="rendez-vous">Rendez-vous</h2>
      {file.appointments.length === 0 ? (
        <p>Aucun rendez-vous avec un accompagnateur pour l'instant.</p>
      ) : (
        <ul className="plain stack">
          {file.appointments.map((a) => (
            <li key={a.id}>
              <strong>{formatSchedule(a.startsAt, a.endsAt)}</strong> avec {a.coachName}
              {a.place && <> · {a.place}</>}
              {a.topic && <> · {a.topic}</>}
              {a.cancelled && <span className="badge badge-alert">Annulé</span>}
            </li>
          ))}
        </ul>
      )}
      {own && (
        <p>
          <Link to="/intranet/rendez-vous">Mes rendez-vous et les notes de suivi</Link>
        </p>
      )}
    </section>
  );
}

const DOCUMENT_TYPES = ".pdf,.odt,.ods,.odp,.docx,.xlsx,.pptx,.txt,.csv,.md,.png,.jpg,.jpeg,.gif,.webp";

/** Documents the entrepreneur and their coach exchange: listed with who shared them and when, downloaded, added. */
function DocumentsSection({ file, own, action }: { file: PersonalFile; own: boolean; action: Action }) {
  const subject = file.person.subject;
  const coach = file.person.coach?.name;
  return (
    <section aria-labelledby="documents">
      <h2 id="documents">Documents échangés</h2>
      <p>
        {own
          ? `Les documents que vous échangez avec ${coach ?? "votre accompagnateur"} : seuls vous, votre accompagnateur et l'équipe permanente les voient.`
          : `Les documents échangés avec ${file.person.firstName} ${file.person.lastName} : seuls l'entrepreneur, son accompagnateur et l'équipe permanente les voient.`}
      </p>
      {file.documents.length === 0 ? (
        <p>Aucun document pour l'instant.</p>
      ) : (
        <ul className="plain stack" aria-labelledby="documents">
          {file.documents.map((d) => (
            <li key={d.id}>
              <a href={d.downloadUrl} download={d.name}>
                {d.name}
              </a>{" "}
              <span className="card-meta">({formatSize(d.size)})</span>
              <br />
              <span className="card-meta">
                Déposé par {d.sharedByName} ({d.sharedByRoleLabel.toLowerCase()}) le {formatDateTime(d.sharedAt)}
              </span>
              {d.removable && (
                <ConfirmButton
                  label="Retirer"
                  ariaLabel={`Retirer le document « ${d.name} »`}
                  question={`Retirer « ${d.name} » du dossier ? Il ne pourra plus être téléchargé.`}
                  confirmLabel="Oui, le retirer"
                  disabled={action.pending !== null}
                  onConfirm={() =>
                    action.run(
                      "document-remove",
                      () => removeDocument(subject, d.id),
                      () => `Document « ${d.name} » retiré.`,
                    )
                  }
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <OutcomeMessage outcome={action.outcome} forKey="document-remove" />
      <FileUpload
        endpoint={(name) => documentUploadUrl(subject, name)}
        label="Déposer des documents"
        hint={`Documents (PDF, traitement de texte, tableur, présentation, texte) et images, 20 Mo au plus chacun ; le type réel de chaque fichier est vérifié à l'envoi. ${
          own
            ? coach
              ? `${coach} est prévenu·e par e-mail.`
              : ""
            : `${file.person.firstName} est prévenu·e par e-mail.`
        }`.trim()}
        accept={DOCUMENT_TYPES}
        added="est déposé dans le dossier."
      />
    </section>
  );
}

function HistorySection({ file }: { file: PersonalFile }) {
  const recent = file.history.slice(0, HISTORY_SHOWN);
  const older = file.history.slice(HISTORY_SHOWN);
  const line = (c: PersonalFile["history"][number]) => (
    <li key={`${c.at}-${c.summary}`}>
      <span className="card-meta">
        {formatDateTime(c.at)} · {c.actorName || "La plateforme"}
      </span>
      <br />
      {c.summary}
    </li>
  );
  return (
    <section aria-labelledby="historique">
      <h2 id="historique">Historique des changements</h2>
      {file.history.length === 0 ? (
        <p>Aucun changement pour l'instant.</p>
      ) : (
        <>
          <ol className="plain stack history">{recent.map(line)}</ol>
          {older.length > 0 && (
            <details>
              <summary>Voir les {older.length} changements plus anciens</summary>
              <ol className="plain stack history">{older.map(line)}</ol>
            </details>
          )}
        </>
      )}
    </section>
  );
}
