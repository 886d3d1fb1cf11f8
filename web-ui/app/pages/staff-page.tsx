// One presentation page in the intranet: its draft with a live preview (the service's own Markdown rendering, the
// cooperative's name filled in), publication, and every published version with its restore into the draft.
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { problemMessages } from "../api/client";
import { getPage, type PageDetail, previewPage, publishPage, restorePageVersion, writePage } from "../api/resources";
import {
  ConfirmButton,
  fieldErrors,
  OutcomeMessage,
  requireFields,
  TextAreaField,
  TextField,
  useAction,
} from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly, useIntranetUser } from "../intranet/page";
import { formatDateTime } from "../ui/format";
import { ServiceHtml } from "../ui/ServiceHtml";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/staff-page";
import { PAGE_LABELS, PAGES_PATH } from "./staff-pages";

export async function clientLoader({ params }: Route.ClientLoaderArgs) {
  return forMembers(async () => ({ page: await getPage(params.id) }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ params, matches }) =>
  intranetMeta("Modifier une page de présentation", `${PAGES_PATH}/${params.id}`, matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

/** How long the text rests before the preview is asked again. */
export const PREVIEW_DELAY_MS = 400;

/** The Markdown as it will show, asked from the service a moment after each change; its refusal when it has one. */
function usePreview(body: string, initialHtml: string) {
  const [preview, setPreview] = useState<{ html: string; problem: string | null }>({
    html: initialHtml,
    problem: null,
  });
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const r = await previewPage(body, controller.signal);
      if (controller.signal.aborted) return;
      if (r.ok) setPreview({ html: r.data.html, problem: null });
      else {
        const m = problemMessages(r, {
          unreachable: "Aperçu indisponible.",
          notFound: "",
          other: "Aperçu indisponible.",
        });
        setPreview((p) => ({ html: p.html, problem: m.fields.body ?? m.general ?? "Aperçu indisponible." }));
      }
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [body]);
  return preview;
}

type Action = ReturnType<typeof useAction>;

/**
 * The draft's form, publication and versions. Its outcomes live in the page (`action`): each step gives the page a new
 * revision, which starts this form again from what the service holds, and the message of the step must stay.
 */
function Editor({ page, writer, action }: { page: PageDetail; writer: boolean; action: Action }) {
  const [body, setBody] = useState(page.body);
  const [dirty, setDirty] = useState(false);
  const preview = usePreview(body, page.html);
  const errors = fieldErrors(action.outcome, "save");

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const draft = {
      title: String(data.get("title") ?? "").trim(),
      description: String(data.get("description") ?? "").trim(),
      body,
      revision: page.revision,
    };
    const local = requireFields(
      { title: draft.title, description: draft.description, body: draft.body.trim() },
      { title: "Indiquez un titre.", description: "Indiquez une description.", body: "Écrivez le texte de la page." },
    );
    if (Object.keys(local).length) return action.fail("save", local);
    const r = await action.run(
      "save",
      () => writePage(page.id, draft),
      () => "Le brouillon est enregistré. Publiez-le pour le mettre en ligne.",
    );
    if (r.ok) setDirty(false);
  }

  return (
    <>
      <form
        onSubmit={onSubmit}
        onChange={() => setDirty(true)}
        noValidate
        aria-labelledby="brouillon"
        className="panel"
      >
        <h2 id="brouillon">Brouillon</h2>
        <OutcomeMessage outcome={action.outcome} forKey="save" labels={PAGE_LABELS} idPrefix="page" focus />
        <fieldset disabled={!writer} className="fieldset-bare">
          <legend className="visually-hidden">Texte de la page</legend>
          <TextField
            prefix="page"
            name="title"
            label={PAGE_LABELS.title}
            errors={errors}
            maxLength={120}
            defaultValue={page.title}
          />
          <TextAreaField
            prefix="page"
            name="description"
            label={PAGE_LABELS.description}
            errors={errors}
            rows={2}
            maxLength={300}
            defaultValue={page.description}
            hint="Une ou deux phrases : ce que les moteurs de recherche et le menu montrent."
          />
          <div className="editor-preview">
            <TextAreaField
              prefix="page"
              name="body"
              label={PAGE_LABELS.body}
              errors={errors}
              rows={22}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              hint="Markdown : ## intertitre, **gras**, *italique*, listes avec « - », [lien](/agenda). {{nom}}, {{nom-court}}, {{adresse}}, {{courriel}}, {{forme-juridique}} et {{identite}} sont remplacés par les réglages de la coopérative."
            />
            <section aria-labelledby="apercu" className="preview">
              <h3 id="apercu">Aperçu</h3>
              {preview.problem && (
                <p className="field-error" role="status">
                  {preview.problem}
                </p>
              )}
              <ServiceHtml html={preview.html} />
            </section>
          </div>
        </fieldset>
        {writer && (
          <div className="actions">
            <button type="submit" className="button" disabled={action.pending !== null}>
              Enregistrer le brouillon
            </button>
          </div>
        )}
      </form>

      {writer && (
        <section aria-labelledby="publication" className="panel">
          <h2 id="publication">Publication</h2>
          <p>
            {page.version
              ? `Les visiteurs lisent la version ${page.version}.`
              : "La page n'a jamais été publiée : les visiteurs ne la voient pas."}{" "}
            {page.draftChanged
              ? "Le brouillon enregistré diffère de la version en ligne."
              : "Le brouillon est en ligne."}
          </p>
          {dirty && (
            <p className="notice">Enregistrez d'abord vos changements : seul le brouillon enregistré est publié.</p>
          )}
          <OutcomeMessage outcome={action.outcome} forKey="publish" labels={PAGE_LABELS} />
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={action.pending !== null || dirty || !page.draftChanged}
              onClick={() =>
                action.run(
                  "publish",
                  () => publishPage(page.id),
                  (p) => `La version ${p.version} est en ligne.`,
                )
              }
            >
              Publier le brouillon
            </button>
            {page.version && (
              <a href={page.path} className="button button-secondary">
                Voir la page en ligne
              </a>
            )}
          </div>
        </section>
      )}

      <section aria-labelledby="versions">
        <h2 id="versions">Versions publiées</h2>
        {page.versions.length === 0 ? (
          <p>Aucune version publiée pour le moment.</p>
        ) : (
          <>
            <OutcomeMessage outcome={action.outcome} forKey="restore" labels={PAGE_LABELS} />
            <DataTable caption={`Versions de la page (${page.versions.length}), la plus récente d'abord`}>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Titre</th>
                  <th scope="col">Publiée</th>
                  {writer && <th scope="col">Actions</th>}
                </tr>
              </thead>
              <tbody>
                {page.versions.map((v) => (
                  <tr key={v.number}>
                    <th scope="row">
                      {v.number}
                      {v.online && <span className="badge">En ligne</span>}
                    </th>
                    <td>{v.title}</td>
                    <td>
                      le <time dateTime={v.publishedAt}>{formatDateTime(v.publishedAt)}</time> par {v.publishedBy}
                    </td>
                    {writer && (
                      <td>
                        <ConfirmButton
                          label="Restaurer"
                          ariaLabel={`Restaurer la version ${v.number}`}
                          question={`Remplacer le brouillon par la version ${v.number} ? La version en ligne ne change pas avant que vous publiiez.`}
                          confirmLabel="Oui, restaurer dans le brouillon"
                          disabled={action.pending !== null}
                          onConfirm={() =>
                            action.run(
                              "restore",
                              () => restorePageVersion(page.id, v.number),
                              () =>
                                `La version ${v.number} est dans le brouillon : publiez-la pour la remettre en ligne.`,
                            )
                          }
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </>
        )}
      </section>
    </>
  );
}

function StaffPage({ loaderData }: { loaderData: PageData }) {
  const user = useIntranetUser();
  const action = useAction();
  return (
    <>
      <p className="breadcrumb">
        <Link to={PAGES_PATH}>Pages de présentation</Link>
      </p>
      <Loaded result={loaderData.page}>
        {(page) => (
          <>
            <h1>
              {page.title} <span className="muted">({page.path})</span>
            </h1>
            {/* a new revision (saved, restored, published elsewhere) starts the form again from what the service holds */}
            <Editor key={page.revision} page={page} writer={user.managesEveryAntenna === true} action={action} />
          </>
        )}
      </Loaded>
    </>
  );
}

export default membersOnly(StaffPage);
