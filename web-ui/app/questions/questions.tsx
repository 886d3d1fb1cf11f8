// /intranet/questions: the questions-and-answers space. The questions the person may read, latest activity first,
// filtered by a GET form (space, theme, which ones) that the loader reads; « Poser une question » leads to the form.
import { type ClientLoaderFunctionArgs, Form, Link } from "react-router";
import { listQuestions, type QuestionSummary, type QuestionsQuery } from "../api/resources";
import { forMembers, intranetMeta, Loaded, membersOnly, useIntranetUser } from "../intranet/page";
import { formatDate } from "../ui/format";
import { Pager, pageNumber } from "../ui/ui";
import type { Route } from "./+types/questions";
import { SPACES, THEMES } from "./QuestionForm";

const PAGE_SIZE = 20;
const PATH = "/intranet/questions";

const SHOWN: Record<string, string> = {
  "": "Toutes les questions",
  "sans-reponse": "Sans réponse",
  resolues: "Résolues",
  miennes: "Mes questions",
  suivies: "Les questions que je suis",
};

function readFilters(url: URL) {
  const q = url.searchParams;
  const space = SPACES[q.get("espace") ?? ""] ? q.get("espace")! : "";
  const theme = THEMES[q.get("theme") ?? ""] ? q.get("theme")! : "";
  const shown = SHOWN[q.get("filtre") ?? ""] ? (q.get("filtre") ?? "") : "";
  return { space, theme, shown, page: pageNumber(q.get("page")) };
}

export async function clientLoader({ request }: ClientLoaderFunctionArgs) {
  const filters = readFilters(new URL(request.url));
  return forMembers(async () => ({
    filters,
    questions: await listQuestions({
      space: (filters.space || undefined) as QuestionsQuery["space"],
      theme: (filters.theme || undefined) as QuestionsQuery["theme"],
      filter: filters.shown || undefined,
      page: filters.page || undefined,
      size: PAGE_SIZE,
    }),
  }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Questions-réponses", PATH, matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

/** Coaches and staff also read the coaches' space. */
export function spacesFor(roles: string[]): string[] {
  return roles.includes("coach") || roles.includes("staff") ? ["MEMBERS", "COACHES"] : ["MEMBERS"];
}

function QuestionItem({ question }: { question: QuestionSummary }) {
  return (
    <li className="question-item">
      <h2 className="card-title">
        <Link to={`${PATH}/${question.id}`}>{question.title}</Link>
        {question.hidden && <span className="badge badge-alert">Masquée</span>}
        {question.accepted && <span className="badge badge-ok">Résolue</span>}
      </h2>
      <p className="question-excerpt">{question.excerpt}</p>
      <p className="card-meta">
        {question.answers === 0 ? "Sans réponse" : `${question.answers} réponse${question.answers > 1 ? "s" : ""}`}
        {question.votes > 0 && ` · ${question.votes} vote${question.votes > 1 ? "s" : ""}`} · posée par{" "}
        {question.author.name}
        {question.author.role !== "ENTREPRENEUR" && ` (${question.author.roleLabel})`} le {formatDate(question.askedAt)}
        {question.space === "COACHES" && ` · ${question.spaceLabel}`}
      </p>
      {question.themes.length > 0 && (
        <ul className="tags" aria-label="Thèmes">
          {question.themes.map((t) => (
            <li key={t.value}>{t.label}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Questions({ loaderData }: { loaderData: PageData }) {
  const { filters } = loaderData;
  const user = useIntranetUser();
  const spaces = spacesFor(user.roles);
  const pageHref = (p: number) => {
    const q = new URLSearchParams();
    if (filters.space) q.set("espace", filters.space);
    if (filters.theme) q.set("theme", filters.theme);
    if (filters.shown) q.set("filtre", filters.shown);
    if (p > 0) q.set("page", String(p));
    return `${PATH}?${q}`;
  };
  return (
    <>
      <h1>Questions-réponses</h1>
      <p className="lead">
        Posez vos questions aux autres entrepreneurs et aux accompagnateurs de la coopérative ; les réponses des
        accompagnateurs sont signalées.
      </p>
      <p>
        <Link to={`${PATH}/nouvelle`} className="button">
          Poser une question
        </Link>
      </p>
      <Form
        method="get"
        className="filter-form"
        aria-label="Filtrer les questions"
        key={`${filters.space}|${filters.theme}|${filters.shown}`}
      >
        {spaces.length > 1 && (
          <div className="field">
            <label htmlFor="espace">Espace</label>
            <select id="espace" name="espace" defaultValue={filters.space}>
              <option value="">Tous les espaces</option>
              {spaces.map((s) => (
                <option key={s} value={s}>
                  {SPACES[s]}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="theme">Thème</label>
          <select id="theme" name="theme" defaultValue={filters.theme}>
            <option value="">Tous les thèmes</option>
            {Object.entries(THEMES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filtre">Afficher</label>
          <select id="filtre" name="filtre" defaultValue={filters.shown}>
            {Object.entries(SHOWN).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            Filtrer
          </button>
          <Link to={PATH}>Tout afficher</Link>
        </div>
      </Form>
      <Loaded result={loaderData.questions}>
        {(page) =>
          page.items.length === 0 ? (
            <p>Aucune question ne correspond pour le moment. Et si vous posiez la première ?</p>
          ) : (
            <>
              <ul className="plain question-list">
                {page.items.map((q) => (
                  <QuestionItem key={q.id} question={q} />
                ))}
              </ul>
              <Pager page={page.page} size={page.size || PAGE_SIZE} total={page.total} href={pageHref} />
            </>
          )
        }
      </Loaded>
    </>
  );
}

export default membersOnly(Questions);
