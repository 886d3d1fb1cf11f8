// What the entrepreneur's editor and the reviewers' page both show of a showcase being written: where it stands, its
// preview (the public page's own component, pictures at the preview address) and its history.
import { Link, useSearchParams } from "react-router";
import type { ShowcaseDraft } from "../api/members";
import { stateClass } from "../resources/labels";
import { formatDateTime } from "../ui/format";
import { ShowcaseView, withPages } from "./ShowcaseView";

/** The public address of a showcase (the first page). */
export const showcasePath = (slug: string) => `/entrepreneurs/${slug}`;

/** Where the showcase stands, worded for its owner or for a reviewer. */
export function DraftStanding({ draft, owner }: { draft: ShowcaseDraft; owner: boolean }) {
  return (
    <>
      <p>
        <span className={stateClass(draft.state)}>{draft.stateLabel}</span>{" "}
        {draft.online ? (
          <>
            En ligne :{" "}
            <Link to={showcasePath(draft.slug)}>{owner ? "voir ma vitrine publiée" : "voir la vitrine publiée"}</Link>.
          </>
        ) : (
          "Pas en ligne."
        )}
      </p>
      {draft.state === "SUBMITTED" && (
        <p>
          {owner
            ? "Votre vitrine attend la validation de votre accompagnateur : vous pourrez la modifier après sa décision."
            : "Cette version attend une décision."}
          {draft.online && " La version publiée reste en ligne en attendant."}
        </p>
      )}
      {draft.pendingChanges && draft.state !== "SUBMITTED" && (
        <p>
          {owner
            ? "Des modifications ne sont pas encore publiées : proposez-les à la validation. La version publiée reste en ligne en attendant."
            : "Des modifications ne sont pas encore publiées."}
        </p>
      )}
      {draft.reason && (draft.state === "REJECTED" || draft.state === "WITHDRAWN") && (
        <div className="notice" role="note">
          <p>
            <strong>{draft.state === "REJECTED" ? "Raison du refus" : "Raison du retrait"} :</strong> {draft.reason}
          </p>
          {owner && draft.state === "REJECTED" && <p>Modifiez votre vitrine, puis proposez-la de nouveau.</p>}
        </div>
      )}
      {owner && draft.missing.length > 0 && draft.can.edit && (
        <>
          <p>Avant de la proposer à la validation :</p>
          <ul>
            {draft.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/**
 * The working version exactly as the public page will show it; its pages are chosen with `?apercu=<page>` (the
 * links stay inside the intranet page).
 */
export function DraftPreview({ draft }: { draft: ShowcaseDraft }) {
  const [params] = useSearchParams();
  const showcase = withPages(draft.preview);
  const asked = params.get("apercu");
  const current = showcase.pages.find((p) => p.slug === asked) ?? showcase.pages[0];
  if (!current) return null;
  return (
    <section aria-labelledby="apercu" className="stack">
      <h2 id="apercu">Aperçu</h2>
      <p className="muted">
        La vitrine telle que les visiteurs la verront une fois validée (version {draft.version}, enregistrée).
      </p>
      <div className="preview">
        <ShowcaseView
          showcase={showcase}
          current={current}
          level={3}
          preview
          pageHref={(slug) => `?${new URLSearchParams({ apercu: slug })}#apercu`}
        />
      </div>
    </section>
  );
}

/** The steps of the showcase's life, newest first. */
export function DraftHistory({ draft }: { draft: ShowcaseDraft }) {
  if (draft.history.length === 0) return null;
  return (
    <details className="panel">
      <summary>Historique</summary>
      <ul>
        {draft.history.map((step) => (
          <li key={`${step.at}-${step.step}`}>
            {formatDateTime(step.at)} : {step.label} (version {step.version}), par {step.actorName}
            {step.note && <> : « {step.note} »</>}
          </li>
        ))}
      </ul>
    </details>
  );
}
