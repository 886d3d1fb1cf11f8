// /intranet/gestion/recherche (staff): the care of the search engine. The synonyms staff edit, the rebuilding of the
// index from the stores (its progress, the loader running again every second while it runs) and, on request
// (?verification=1, read by the loader), the comparison of each store with the index, with its repair.
import { useEffect } from "react";
import { type ClientLoaderFunctionArgs, Link, useRevalidator } from "react-router";
import {
  checkConsistency,
  getReindexProgress,
  getSynonyms,
  type ReindexProgress,
  type Report,
  repairConsistency,
  type SynonymList,
  saveSynonyms,
  startReindex,
} from "../api/resources";
import { ConfirmButton, fieldErrors, OutcomeMessage, TextAreaField, useAction } from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { formatDateTime } from "../ui/format";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/admin";

const PATH = "/intranet/gestion/recherche";

export async function clientLoader({ request }: ClientLoaderFunctionArgs) {
  const verify = new URL(request.url).searchParams.get("verification") === "1";
  return forMembers(async () => {
    const [progress, synonyms, report] = await Promise.all([
      getReindexProgress(),
      getSynonyms(),
      verify ? checkConsistency() : Promise.resolve(null),
    ]);
    return { progress, synonyms, report };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Moteur de recherche", PATH, matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

/** What each kind of indexed thing is called here (the reports name them by their index type). */
const KINDS: Record<string, string> = {
  resource: "Ressources",
  question: "Questions",
  page: "Pages du site",
  showcase: "Vitrines d'entrepreneurs",
  event: "Événements",
};

const REINDEX_STATUSES: Record<string, string> = {
  idle: "Aucune reconstruction lancée depuis le démarrage du service.",
  running: "Reconstruction en cours.",
  done: "Dernière reconstruction terminée.",
  failed: "La dernière reconstruction a échoué.",
};

// ---- Synonyms --------------------------------------------------------------------------------

/** One group per line, its terms separated by commas. */
export function groupsToText(list: SynonymList): string {
  return list.groups.map((g) => g.terms.join(", ")).join("\n");
}

export function textToGroups(text: string): { terms: string[] }[] {
  return text
    .split("\n")
    .map((line) =>
      line
        .split(",")
        .map((t) => t.trim().replace(/\s+/g, " "))
        .filter(Boolean),
    )
    .filter((terms) => terms.length > 0)
    .map((terms) => ({ terms }));
}

/** The API names a problem `groups[3].terms[1]`: people read « ligne 4 ». */
function lineMessages(fields: Record<string, string>): string[] {
  return Object.entries(fields).map(([field, message]) => {
    const at = /^groups\[(\d+)\]/.exec(field);
    return at ? `Ligne ${Number(at[1]) + 1} : ${message}` : message;
  });
}

function Synonyms({ list }: { list: SynonymList }) {
  const action = useAction();
  const errors = fieldErrors(action.outcome, "synonyms");
  const problems = lineMessages(errors);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const groups = textToGroups(String(new FormData(e.currentTarget).get("groups") ?? ""));
    const alone = groups.findIndex((g) => g.terms.length < 2);
    if (alone >= 0)
      return action.fail("synonyms", {
        groups: `Ligne ${alone + 1} : un groupe réunit au moins deux termes, séparés par des virgules.`,
      });
    await action.run(
      "synonyms",
      () => saveSynonyms(groups),
      (saved) => saved.message ?? "Synonymes enregistrés.",
    );
  }

  return (
    <section aria-labelledby="synonymes" className="panel">
      <h2 id="synonymes">Synonymes</h2>
      <p>
        Chercher un terme d'un groupe trouve aussi les autres : « CAPE » trouve « contrat d'appui au projet d'entreprise
        ». Les changements s'appliquent tout de suite, sans reconstruire l'index.
      </p>
      {list.changedAt && (
        <p className="muted">
          Modifiés le {formatDateTime(list.changedAt)}
          {list.changedBy && ` par ${list.changedBy}`}.
        </p>
      )}
      <form onSubmit={onSubmit} noValidate>
        <OutcomeMessage
          outcome={action.outcome}
          forKey="synonyms"
          labels={{ groups: "Synonymes" }}
          idPrefix="synonymes"
          focus
        />
        <TextAreaField
          prefix="synonymes"
          name="groups"
          label="Groupes de synonymes"
          hint="Un groupe par ligne, ses termes séparés par des virgules (de 2 à 10 termes ; lettres, chiffres, espaces, apostrophes et tirets)."
          errors={problems.length > 0 ? { groups: problems.join(" ") } : {}}
          defaultValue={groupsToText(list)}
          rows={Math.min(20, Math.max(6, list.groups.length + 2))}
          spellCheck={false}
        />
        <button type="submit" className="button" disabled={action.pending !== null}>
          Enregistrer les synonymes
        </button>
      </form>
    </section>
  );
}

// ---- Reindex ---------------------------------------------------------------------------------

function Reindex({ progress }: { progress: ReindexProgress }) {
  const action = useAction();
  const revalidator = useRevalidator();
  const running = progress.status === "running";
  // the revalidator changes on each render: the effect depends on what it watches only
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => revalidator.revalidate(), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const percent = progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : 0;

  return (
    <section aria-labelledby="reconstruction" className="panel">
      <h2 id="reconstruction">Reconstruire l'index</h2>
      <p>
        Relit toutes les données (ressources, questions, pages, vitrines, événements) et les écrit à nouveau dans
        l'index. La recherche continue de répondre pendant ce temps.
      </p>
      <p role="status">
        {REINDEX_STATUSES[progress.status] ?? progress.status}
        {progress.startedAt && ` Lancée le ${formatDateTime(progress.startedAt)}`}
        {progress.startedAt && progress.startedBy && ` par ${progress.startedBy}`}
        {progress.startedAt && "."}
        {progress.finishedAt && ` Terminée le ${formatDateTime(progress.finishedAt)}.`}
      </p>
      {progress.message && <p>{progress.message}</p>}
      {(running || progress.status === "done") && progress.total > 0 && (
        <label className="progress">
          Avancement : {progress.done} documents sur {progress.total} ({percent} %)
          <progress max={progress.total} value={progress.done} />
        </label>
      )}
      <OutcomeMessage outcome={action.outcome} forKey="reindex" />
      <ConfirmButton
        label="Reconstruire l'index"
        question="Relire toutes les données et reconstruire l'index ? Cela peut prendre quelques minutes."
        confirmLabel="Reconstruire"
        className="button"
        disabled={running || action.pending !== null}
        onConfirm={() =>
          action.run(
            "reindex",
            () => startReindex(),
            (p) => p.message ?? "Reconstruction lancée.",
          )
        }
      />
    </section>
  );
}

// ---- Consistency -----------------------------------------------------------------------------

function Ids({ label, ids, count }: { label: string; ids: string[]; count: number }) {
  if (count === 0) return null;
  return (
    <p>
      {label} ({count}
      {count > ids.length ? `, les ${ids.length} premiers` : ""}) : <code>{ids.join(", ")}</code>
    </p>
  );
}

function ConsistencyReport({ report }: { report: Report }) {
  return (
    <>
      <p role="status">
        {report.consistent
          ? "L'index correspond aux données : rien ne manque, rien n'est en trop."
          : "L'index ne correspond pas tout à fait aux données."}{" "}
        {report.pending > 0 && `${report.pending} changements attendent d'être écrits dans l'index. `}
        {report.refused > 0 && `${report.refused} changements refusés par l'index seront réessayés.`}
      </p>
      <DataTable caption="Données et index, par type">
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col" className="num">
              Dans les données
            </th>
            <th scope="col" className="num">
              Dans l'index
            </th>
            <th scope="col" className="num">
              Manquants
            </th>
            <th scope="col" className="num">
              Périmés
            </th>
            <th scope="col" className="num">
              En trop
            </th>
          </tr>
        </thead>
        <tbody>
          {report.kinds.map((k) => (
            <tr key={k.kind}>
              <th scope="row">{KINDS[k.kind] ?? k.kind}</th>
              <td className="num">{k.stored}</td>
              <td className="num">{k.indexed}</td>
              <td className="num">{k.missing}</td>
              <td className="num">{k.outdated}</td>
              <td className="num">{k.extra}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {report.kinds.map((k) => (
        <div key={k.kind}>
          <Ids label={`${KINDS[k.kind] ?? k.kind} manquants`} ids={k.missingIds} count={k.missing} />
          <Ids label={`${KINDS[k.kind] ?? k.kind} périmés`} ids={k.outdatedIds} count={k.outdated} />
          <Ids label={`${KINDS[k.kind] ?? k.kind} en trop`} ids={k.extraIds} count={k.extra} />
        </div>
      ))}
    </>
  );
}

function Consistency({ report }: { report: PageData["report"] }) {
  const action = useAction();
  const repaired = action.outcome?.key === "repair" && action.outcome.kind === "success";
  return (
    <section aria-labelledby="coherence" className="panel">
      <h2 id="coherence">Cohérence de l'index</h2>
      <p>
        Compare chaque type de données avec l'index. La vérification se fait aussi d'elle-même toutes les 30 minutes, et
        répare ce qui manque.
      </p>
      {report === null ? (
        <p>
          <Link to={`${PATH}?verification=1`} className="button button-secondary">
            Vérifier la cohérence
          </Link>
        </p>
      ) : (
        <Loaded result={report}>
          {(r) => (
            <>
              <ConsistencyReport report={r} />
              <OutcomeMessage outcome={action.outcome} forKey="repair" />
              {!r.consistent && !repaired && (
                <button
                  type="button"
                  className="button"
                  disabled={action.pending !== null}
                  onClick={() =>
                    action.run(
                      "repair",
                      () => repairConsistency(),
                      () =>
                        "Réparation demandée : les documents manquants ou périmés sont réécrits et ceux en trop retirés. Vérifiez à nouveau dans un instant.",
                    )
                  }
                >
                  Réparer l'index
                </button>
              )}{" "}
              <Link to={`${PATH}?verification=1`} className="button button-secondary">
                Vérifier à nouveau
              </Link>
            </>
          )}
        </Loaded>
      )}
    </section>
  );
}

function SearchAdmin({ loaderData }: { loaderData: PageData }) {
  return (
    <>
      <h1>Moteur de recherche</h1>
      <p className="lead">
        La recherche du site couvre les ressources et le texte de leurs fichiers, les questions et leurs réponses, les
        pages, les vitrines et les événements publics ; chacun n'y trouve que ce qu'il a le droit de lire.
      </p>
      <Loaded result={loaderData.synonyms}>{(list) => <Synonyms list={list} />}</Loaded>
      <Loaded result={loaderData.progress}>{(progress) => <Reindex progress={progress} />}</Loaded>
      <Consistency report={loaderData.report} />
    </>
  );
}

export default membersOnly(SearchAdmin);
