import { useEffect, useId, useState } from "react";
import { type ClientLoaderFunctionArgs, Link, useNavigate, useRevalidator } from "react-router";
import { problemMessages } from "../api/client";
import { getImport, type ImportView, listImports, uploadImport } from "../api/dashboard";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { formatDate, formatDateTime } from "../ui/format";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/imports";

/** Staff of the head office import the accounting files; ?import=<id> shows one import's progress and report. */
export async function clientLoader({ request }: ClientLoaderFunctionArgs) {
  const id = new URL(request.url).searchParams.get("import");
  return forMembers(async () => ({
    imports: await listImports(),
    selected: id ? await getImport(id) : null,
  }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Imports de la comptabilité", "/intranet/gestion/imports", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

const STATUSES: Record<string, string> = {
  QUEUED: "En attente",
  RUNNING: "En cours",
  IMPORTED: "Importé",
  REFUSED: "Refusé",
  DUPLICATE: "Déjà importé",
};

const KINDS: Record<string, string> = {
  LEDGER: "Grand livre analytique",
  INVOICES: "Factures d'enDI",
  QUOTES: "Devis d'enDI",
};

const running = (i: ImportView) => i.status === "QUEUED" || i.status === "RUNNING";

function UploadForm() {
  const inputId = useId();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function send(event: React.FormEvent) {
    event.preventDefault();
    if (!file) {
      setError("Choisissez le fichier à importer.");
      return;
    }
    setSending(true);
    setError(null);
    const sent = await uploadImport(file);
    setSending(false);
    if (sent.ok) navigate(`/intranet/gestion/imports?import=${sent.data.id}`);
    else setError(problemMessages(sent).general ?? "L'import n'a pas pu être envoyé.");
  }
  return (
    <form onSubmit={send} className="stack" noValidate>
      <div className="field">
        <label htmlFor={inputId}>Fichier de la comptabilité ou d'enDI</label>
        <p className="field-hint" id={`${inputId}-hint`}>
          Grand livre analytique (CSV, XLSX de Cegid, SYLK), factures ou devis exportés d'enDI (CSV, XLSX).
        </p>
        <input
          id={inputId}
          type="file"
          aria-describedby={`${inputId}-hint`}
          accept=".csv,.txt,.xlsx,.slk,.sylk"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={sending}>
        {sending ? "Envoi en cours…" : "Importer"}
      </button>
    </form>
  );
}

function Report({ view }: { view: ImportView }) {
  const revalidator = useRevalidator();
  // the revalidator changes on each render: the effect depends on what it watches only
  useEffect(() => {
    if (!running(view)) return;
    const timer = setInterval(() => revalidator.revalidate(), 1000);
    return () => clearInterval(timer);
  }, [view.status, view.id]);
  return (
    <section aria-labelledby="rapport" className="card">
      <h2 id="rapport">Import de « {view.fileName} »</h2>
      <p role="status">
        {STATUSES[view.status] ?? view.status}
        {view.kind && ` · ${KINDS[view.kind] ?? view.kind}`}
        {view.format && ` · ${view.format}`}
      </p>
      {running(view) && (
        <label className="progress">
          Avancement : {view.progress} % ({view.rowsRead} lignes lues)
          <progress max={100} value={view.progress} />
        </label>
      )}
      {view.message && <p>{view.message}</p>}
      {view.firstDate && view.lastDate && (
        <p>
          Du {formatDate(view.firstDate)} au {formatDate(view.lastDate)} : {view.rowsImported} lignes importées,{" "}
          {view.rowsUnmatched} mises de côté, {view.rowsWithoutCode} sans code analytique.
        </p>
      )}
      {view.unmatched.length > 0 && (
        <DataTable caption="Codes analytiques qui ne correspondent à aucun dossier (lignes mises de côté)">
          <thead>
            <tr>
              <th scope="col">Code analytique</th>
              <th scope="col" className="num">
                Lignes
              </th>
              <th scope="col" className="num">
                Première ligne
              </th>
            </tr>
          </thead>
          <tbody>
            {view.unmatched.map((u) => (
              <tr key={u.analyticalCode}>
                <th scope="row">{u.analyticalCode}</th>
                <td className="num">{u.rows}</td>
                <td className="num">{u.firstLine}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {view.problems.length > 0 && (
        <DataTable
          caption={`Problèmes, ligne par ligne (${view.problemCount}${view.problemCount > view.problems.length ? `, les ${view.problems.length} premiers` : ""})`}
        >
          <thead>
            <tr>
              <th scope="col" className="num">
                Ligne
              </th>
              <th scope="col">Problème</th>
            </tr>
          </thead>
          <tbody>
            {view.problems.map((p, i) => (
              <tr key={`${p.line}-${i}`}>
                <th scope="row" className="num">
                  {p.line === 0 ? "Fichier" : p.line}
                </th>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

function ImportsPage({ loaderData }: { loaderData: PageData }) {
  return (
    <>
      <h1>Imports de la comptabilité</h1>
      <p className="lead">
        Les lignes sont rattachées aux entrepreneurs par le code analytique de leur dossier. Un fichier plus récent
        remplace les écritures à partir de sa première date ; un fichier déjà importé ne change rien.
      </p>
      <UploadForm />
      {loaderData.selected && <Loaded result={loaderData.selected}>{(view) => <Report view={view} />}</Loaded>}
      <section aria-labelledby="derniers">
        <h2 id="derniers">Derniers imports</h2>
        <Loaded result={loaderData.imports}>
          {(imports) =>
            imports.length === 0 ? (
              <p>Aucun import pour le moment.</p>
            ) : (
              <DataTable caption="Les 50 derniers imports">
                <thead>
                  <tr>
                    <th scope="col">Fichier</th>
                    <th scope="col">Reçu le</th>
                    <th scope="col">État</th>
                    <th scope="col" className="num">
                      Lignes importées
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {imports.map((i) => (
                    <tr key={i.id}>
                      <th scope="row">
                        <Link to={`/intranet/gestion/imports?import=${i.id}`}>{i.fileName}</Link>
                      </th>
                      <td>{formatDateTime(i.createdAt)}</td>
                      <td>{STATUSES[i.status] ?? i.status}</td>
                      <td className="num">{i.rowsImported}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            )
          }
        </Loaded>
      </section>
    </>
  );
}

export default membersOnly(ImportsPage);
