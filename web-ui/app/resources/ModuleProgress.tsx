// « Mon avancement » on a training module: the person ticks the steps they have done; the list is kept for them and
// their coach reads it in their file.
import type { ApiResult } from "../api/client";
import { markProgress, type ProgressView } from "../api/resources";
import { OutcomeMessage, useAction } from "../forms";
import { LoadFailure } from "../intranet/page";

/** « 2 étapes sur 3 faites » */
export function progressText(done: number, steps: number): string {
  if (steps === 0) return "Ce module n'a pas encore d'étape.";
  if (done === steps)
    return `Module terminé : ${steps === 1 ? "l'étape est faite" : `les ${steps} étapes sont faites`}.`;
  return `${done} étape${done > 1 ? "s" : ""} sur ${steps} faite${done > 1 ? "s" : ""}.`;
}

export function ModuleProgress({
  resourceId,
  stepTitles,
  progress,
}: {
  resourceId: string;
  stepTitles: string[];
  progress: ApiResult<ProgressView>;
}) {
  const action = useAction();
  if (!progress.ok) return <LoadFailure result={progress} />;
  const done = new Set(progress.data.done);

  function toggle(step: number, checked: boolean) {
    const next = new Set(done);
    if (checked) next.add(step);
    else next.delete(step);
    action.run(
      "progress",
      () =>
        markProgress(
          resourceId,
          [...next].sort((a, b) => a - b),
        ),
      (saved) => progressText(saved.done.length, saved.steps),
    );
  }

  return (
    <section aria-labelledby="avancement" className="panel">
      <h2 id="avancement">Mon avancement</h2>
      <p>
        <progress id="avancement-barre" max={Math.max(stepTitles.length, 1)} value={done.size}>
          {done.size} / {stepTitles.length}
        </progress>{" "}
        <label htmlFor="avancement-barre">{progressText(done.size, stepTitles.length)}</label>
      </p>
      <fieldset>
        <legend>Les étapes que j'ai faites</legend>
        <ul className="plain">
          {stepTitles.map((title, i) => (
            <li key={i}>
              <label>
                <input
                  type="checkbox"
                  checked={done.has(i)}
                  disabled={action.pending !== null}
                  onChange={(e) => toggle(i, e.currentTarget.checked)}
                />{" "}
                Étape {i + 1} : {title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <OutcomeMessage outcome={action.outcome} forKey="progress" />
    </section>
  );
}
