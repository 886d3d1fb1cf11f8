// One resource of the centre in the intranet: what readers see (the live version), and for its authors, the owner's
// coach and reviewers the version being written or reviewed, where it stands, its history (coaches and staff), and
// what the person may do: change it and its files, propose it, validate or refuse it with a reason, withdraw or
// restore it, set a date to read it again, copy a template into one's own tools, keep it in one's bookmarks; a copy of
// an online template is filled in here (OnlineTool).
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import {
  bookmarkResource,
  copyTemplate,
  deleteResource,
  getProgress,
  getResource,
  type ResourceView,
  rejectResource,
  removeResourceFile,
  restoreResource,
  setReviewDate,
  submitResource,
  validateResource,
  withdrawResource,
} from "../api/resources";
import { ConfirmButton, ModerationActions, type ModerationWording, OutcomeMessage, useAction } from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly, useIntranetUser } from "../intranet/page";
import { formatDate, formatDateTime } from "../ui/format";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/resource";
import { Content } from "./Content";
import { FileUpload } from "./FileUpload";
import { AUDIENCES, formatSize, KINDS, STATES, STEPS, stateClass } from "./labels";
import { ModuleProgress } from "./ModuleProgress";
import { NextWorkshops } from "./NextWorkshops";
import { OnlineTool } from "./OnlineTool";
import { resourcePath } from "./ResourceCard";
import { ResourceForm } from "./ResourceForm";

export async function clientLoader({ params }: Route.ClientLoaderArgs) {
  return forMembers(async () => {
    const resource = await getResource(params.slug);
    // a published training module: the steps the person has done
    const module = resource.ok && resource.data.kind === "TRAINING" && resource.data.live ? resource.data : null;
    return { resource, progress: module ? await getProgress(module.id) : null };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ params, data, matches }) => {
  const r = data?.resource.ok ? data.resource.data : undefined;
  const title = (r?.live ?? r?.working)?.title;
  return intranetMeta(title ?? "Centre de ressources", `/intranet/ressources/${params.slug}`, matches);
};

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function ResourcePage({ loaderData }: { loaderData: PageData }) {
  return (
    <Loaded result={loaderData.resource}>
      {(resource) => <Resource resource={resource} progress={loaderData.progress} />}
    </Loaded>
  );
}

function Resource({ resource, progress }: { resource: ResourceView; progress: PageData["progress"] }) {
  const user = useIntranetUser();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const action = useAction();
  const editing = params.get("modifier") === "1" && resource.can.edit && resource.working;
  const shown = resource.live ?? resource.working;
  const m = resource.moderation;
  const pendingNewVersion = resource.live && resource.working && m && m.version !== resource.live.version;
  if (!shown) return null;

  function edit(open: boolean) {
    setParams(open ? { modifier: "1" } : {}, { preventScrollReset: true });
  }

  return (
    <article aria-labelledby="titre-ressource">
      <p className="breadcrumb">
        <Link to="/intranet/ressources">Centre de ressources</Link> › {KINDS[resource.kind] ?? resource.kind}
      </p>
      <h1 id="titre-ressource">{shown.title}</h1>
      <p className="card-meta">
        Par {resource.ownerName} · {AUDIENCES[shown.audience] ?? shown.audience}
        {resource.copiedFrom && (
          <>
            {" "}
            · copie du modèle <Link to={resourcePath(resource.copiedFrom)}>{resource.copiedFrom}</Link>
          </>
        )}
      </p>

      <div className="actions">
        {resource.can.bookmark && (
          <button
            type="button"
            className={resource.bookmarked ? "toggle toggle-on" : "toggle"}
            aria-pressed={resource.bookmarked}
            disabled={action.pending !== null}
            onClick={() =>
              action.run(
                "bookmark",
                () => bookmarkResource(resource.id, !resource.bookmarked),
                () => (resource.bookmarked ? "Retirée de vos favoris." : "Ajoutée à vos favoris."),
              )
            }
          >
            Favori
          </button>
        )}
        {resource.can.copy && (
          <button
            type="button"
            className="button"
            disabled={action.pending !== null}
            onClick={async () => {
              const copy = await action.run(
                "copy",
                () => copyTemplate(resource.id),
                () => "Le modèle est copié dans vos outils.",
                { revalidate: false },
              );
              if (copy.ok) navigate(resourcePath(copy.data.slug));
            }}
          >
            {shown.form ? "Remplir en ligne dans mes outils" : "Copier dans mes outils"}
          </button>
        )}
      </div>
      {shown.form && !resource.tool && (
        <p className="muted">
          Ce modèle se remplit en ligne : {shown.form.sections.length} parties,{" "}
          {shown.form.sections.reduce((n, s) => n + s.questions.length, 0)} questions.
        </p>
      )}
      <OutcomeMessage outcome={action.outcome} forKey="bookmark" />
      <OutcomeMessage outcome={action.outcome} forKey="copy" />

      {resource.tool && resource.working?.form && <OnlineTool resource={resource} />}

      {m && <Standing resource={resource} />}

      {editing ? (
        <ResourceForm
          resource={{ id: resource.id, kind: resource.kind, content: resource.working! }}
          roles={user.roles}
          onCancel={() => edit(false)}
          onSaved={() => {
            edit(false);
            action.notify("edit", "La nouvelle version est enregistrée.");
          }}
        />
      ) : (
        resource.can.edit && (
          <p>
            <button type="button" className="button button-secondary" onClick={() => edit(true)}>
              Modifier{resource.live ? " (nouvelle version)" : ""}
            </button>
          </p>
        )
      )}
      <OutcomeMessage outcome={action.outcome} forKey="edit" />

      {resource.can.edit && resource.working && <WorkingFiles resource={resource} />}

      {pendingNewVersion && (
        <details className="panel">
          <summary>
            Voir la version {m?.version} ({STATES[m?.state ?? ""] ?? m?.state}), qui n'est pas encore publiée
          </summary>
          <Content content={resource.working!} withFileStatus />
        </details>
      )}
      {resource.live && pendingNewVersion && <h2>Version publiée</h2>}
      <Content content={shown} withFileStatus={!!m} />
      {progress && resource.live && (
        <ModuleProgress
          resourceId={resource.id}
          stepTitles={resource.live.steps.map((step) => step.title)}
          progress={progress}
        />
      )}

      <NextWorkshops workshops={resource.workshops} />

      {m?.audit && <History resource={resource} />}
    </article>
  );
}

const RESOURCE_WORDING: ModerationWording = {
  author: "l'auteur",
  withdrawLabel: "Retirer du centre",
  withdrawQuestion: "Retirer cette ressource ? Plus personne ne la verra jusqu'à son rétablissement.",
  withdrawConfirm: "Retirer la ressource",
};

/** Where the version stands and the steps the person may take. */
function Standing({ resource }: { resource: ResourceView }) {
  const m = resource.moderation!;
  const action = useAction();
  const navigate = useNavigate();
  const [reviewBy, setReviewBy] = useState(m.reviewBy ?? "");
  const personal = resource.working?.audience === "PERSONAL";
  const id = resource.id;
  return (
    <section aria-labelledby="etat" className="panel">
      <h2 id="etat">Où en est-elle ?</h2>
      <p>
        {personal ? (
          <span className="badge">mon outil personnel</span>
        ) : (
          <span className={stateClass(m.state)}>{STATES[m.state] ?? m.state}</span>
        )}{" "}
        {m.publishedVersion
          ? `Version publiée : ${m.publishedVersion}${m.publishedAt ? `, le ${formatDate(m.publishedAt)}` : ""}.`
          : personal
            ? "Visible de vous et de votre accompagnateur seulement."
            : "Pas encore publiée."}
        {m.pendingVersion && ` Version ${m.version} en cours.`}
      </p>
      {m.reason && (m.state === "REJECTED" || m.state === "WITHDRAWN") && (
        <div className="notice" role="note">
          <p>
            <strong>{m.state === "REJECTED" ? "Raison du refus" : "Raison du retrait"} :</strong> {m.reason}
          </p>
          {m.state === "REJECTED" && resource.mine && <p>Modifiez-la, puis proposez-la de nouveau.</p>}
        </div>
      )}
      {personal && resource.tool && resource.can.edit && (
        <p className="muted">
          Pour le proposer au centre de ressources : « Modifier », choisissez à qui il s'adresse, enregistrez, puis
          proposez-le. Un accompagnateur le relit avec vos réponses du moment ; vous continuez à remplir votre copie.
        </p>
      )}
      {m.reviewBy && <p>À relire avant le {formatDate(`${m.reviewBy}T12:00:00Z`)}.</p>}
      <div className="actions">
        {resource.can.submit && (
          <button
            type="button"
            className="button"
            disabled={action.pending !== null}
            onClick={() =>
              action.run(
                "step",
                () => submitResource(id),
                () => "Votre ressource est proposée à la validation : un accompagnateur va la relire.",
              )
            }
          >
            Proposer à la validation
          </button>
        )}
        <ModerationActions
          can={resource.can}
          wording={RESOURCE_WORDING}
          disabled={action.pending !== null}
          onValidate={() =>
            action.run(
              "step",
              () => validateResource(id),
              () => "La ressource est publiée ; son auteur est prévenu par e-mail.",
            )
          }
          onReject={(reason) =>
            action.run(
              "step",
              () => rejectResource(id, reason),
              () => "La version est refusée ; son auteur reçoit la raison par e-mail.",
            )
          }
          onWithdraw={(reason) =>
            action.run(
              "step",
              () => withdrawResource(id, reason),
              () => "La ressource est retirée du centre.",
            )
          }
          onRestore={() =>
            action.run(
              "step",
              () => restoreResource(id),
              () => "La ressource est de nouveau en ligne.",
            )
          }
        />
        {resource.can.delete && (
          <ConfirmButton
            label="Supprimer"
            question="Supprimer cette ressource et ses fichiers ? C'est définitif."
            confirmLabel="Supprimer définitivement"
            cancelLabel="Garder"
            disabled={action.pending !== null}
            onConfirm={async () => {
              const done = await action.run(
                "step",
                () => deleteResource(id),
                () => "La ressource est supprimée.",
                {
                  revalidate: false,
                },
              );
              if (done.ok) navigate("/intranet/ressources");
            }}
          />
        )}
      </div>
      <OutcomeMessage outcome={action.outcome} forKey="step" />
      {resource.can.setReviewDate && (
        <form
          className="filter-form"
          onSubmit={(e) => {
            e.preventDefault();
            action.run(
              "review-date",
              () => setReviewDate(id, reviewBy || null),
              () => (reviewBy ? "La date de relecture est enregistrée." : "La date de relecture est retirée."),
            );
          }}
        >
          <div className="field">
            <label htmlFor="relire-avant">Relire avant le</label>
            <input id="relire-avant" type="date" value={reviewBy} onChange={(e) => setReviewBy(e.target.value)} />
          </div>
          <button type="submit" className="button button-secondary button-small" disabled={action.pending !== null}>
            Enregistrer la date
          </button>
          <OutcomeMessage outcome={action.outcome} forKey="review-date" />
        </form>
      )}
    </section>
  );
}

/** The files of the version being written: add (with progress and cancel) or remove. */
function WorkingFiles({ resource }: { resource: ResourceView }) {
  const action = useAction();
  const files = resource.working?.files ?? [];
  const locked = resource.moderation?.state === "SUBMITTED";
  return (
    <section aria-labelledby="fichiers-version" className="panel">
      <h2 id="fichiers-version">Fichiers de la version {resource.moderation?.version}</h2>
      {files.length === 0 ? (
        <p>Aucun fichier pour le moment.</p>
      ) : (
        <ul className="plain stack">
          {files.map((file) => (
            <li key={file.id}>
              {file.name} ({formatSize(file.size)}){" "}
              <ConfirmButton
                label="Retirer"
                ariaLabel={`Retirer ${file.name}`}
                question={`Retirer « ${file.name} » de cette version ?`}
                confirmLabel="Retirer le fichier"
                cancelLabel="Le garder"
                disabled={action.pending !== null || locked}
                onConfirm={() =>
                  action.run(
                    "files",
                    () => removeResourceFile(resource.id, file.id),
                    () => `« ${file.name} » est retiré.`,
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      <OutcomeMessage outcome={action.outcome} forKey="files" />
      {!locked && <FileUpload resourceId={resource.id} />}
    </section>
  );
}

/** Every step of the resource: who, when, what, which version, and why (coaches and staff). */
function History({ resource }: { resource: ResourceView }) {
  const audit = resource.moderation?.audit ?? [];
  return (
    <section aria-labelledby="historique">
      <h2 id="historique">Historique</h2>
      <DataTable caption="Les étapes de la ressource, de la plus ancienne à la plus récente">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Étape</th>
            <th scope="col">Version</th>
            <th scope="col">Par</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {audit.map((entry, i) => (
            <tr key={i}>
              <td>{formatDateTime(entry.at)}</td>
              <td>{STEPS[entry.step] ?? entry.step}</td>
              <td>{entry.version}</td>
              <td>{entry.actorName}</td>
              <td>{entry.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}

export default membersOnly(ResourcePage);
