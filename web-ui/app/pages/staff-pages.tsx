// « Pages de présentation »: the presentation pages of the public site (resources-service), their state (online
// version, draft changed), the cooperative's menu in its order, and a new page. Staff of the head office change them,
// as they change the cooperative's settings; antenna staff read them.
import { Link, useNavigate } from "react-router";
import { createPage, listPages, orderPages, type PageSummary } from "../api/resources";
import { fieldErrors, OutcomeMessage, requireFields, TextAreaField, TextField, textOf, useAction } from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly, useIntranetUser } from "../intranet/page";
import { formatDateTime } from "../ui/format";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/staff-pages";

export const PAGES_PATH = "/intranet/gestion/pages";

export async function clientLoader() {
  return forMembers(async () => ({ pages: await listPages() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Pages de présentation", PAGES_PATH, matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

export const PAGE_LABELS: Record<string, string> = {
  slug: "Adresse de la page",
  title: "Titre",
  description: "Description",
  body: "Texte",
  order: "Ordre du menu",
  revision: "Version",
};

/** The ids of the menu's pages, in order, after `move` (−1 up, +1 down, 0 out of the menu, null into it at the end). */
export function menuAfter(pages: PageSummary[], id: string, move: -1 | 1 | 0 | null): string[] {
  const menu = pages
    .filter((p) => p.menuOrder !== null && p.menuOrder !== undefined)
    .sort((a, b) => (a.menuOrder ?? 0) - (b.menuOrder ?? 0))
    .map((p) => p.id);
  const at = menu.indexOf(id);
  if (move === null) return at >= 0 ? menu : [...menu, id];
  if (at < 0) return menu;
  if (move === 0) return menu.filter((m) => m !== id);
  const to = at + move;
  if (to < 0 || to >= menu.length) return menu;
  // a plain swap: React Router's route-chunk splitter fails on a destructuring assignment to array elements
  const moved = menu[at];
  menu[at] = menu[to];
  menu[to] = moved;
  return menu;
}

function NewPageForm() {
  const action = useAction();
  const navigate = useNavigate();
  const key = "create";
  const errors = fieldErrors(action.outcome, key);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const body = {
      slug: textOf(data, "slug"),
      title: textOf(data, "title"),
      description: textOf(data, "description"),
      body: String(data.get("body") ?? ""),
    };
    const local = requireFields(body, {
      slug: "Indiquez l'adresse de la page.",
      title: "Indiquez un titre.",
      description: "Indiquez une description.",
      body: "Écrivez le texte de la page.",
    });
    if (Object.keys(local).length) return action.fail(key, local);
    const r = await action.run(
      key,
      () => createPage(body),
      (p) => `La page « ${p.title} » est créée.`,
      {
        revalidate: false,
      },
    );
    if (r.ok) navigate(`${PAGES_PATH}/${r.data.id}`);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="nouvelle-page" className="panel">
      <h2 id="nouvelle-page">Nouvelle page</h2>
      <p className="field-hint">
        Elle reste un brouillon, que seule l'équipe voit, jusqu'à sa publication. Ajoutez-la ensuite au menu de la
        coopérative.
      </p>
      <OutcomeMessage outcome={action.outcome} forKey={key} labels={PAGE_LABELS} idPrefix="nouvelle" focus />
      <div className="form-grid form-grid-2">
        <TextField
          prefix="nouvelle"
          name="slug"
          label={PAGE_LABELS.slug}
          errors={errors}
          maxLength={60}
          hint="Lettres minuscules sans accent, chiffres et tirets : elle sera lue à /cooperative/<adresse>."
        />
        <TextField prefix="nouvelle" name="title" label={PAGE_LABELS.title} errors={errors} maxLength={120} />
      </div>
      <TextAreaField
        prefix="nouvelle"
        name="description"
        label={PAGE_LABELS.description}
        errors={errors}
        rows={2}
        maxLength={300}
        hint="Une ou deux phrases : ce que les moteurs de recherche et le menu montrent."
      />
      <TextAreaField
        prefix="nouvelle"
        name="body"
        label={PAGE_LABELS.body}
        errors={errors}
        rows={6}
        hint="Mise en forme Markdown ; vous la verrez en aperçu dans l'éditeur de la page."
      />
      <div className="actions">
        <button type="submit" className="button" disabled={action.pending !== null}>
          Créer le brouillon
        </button>
      </div>
    </form>
  );
}

function StaffPages({ loaderData }: { loaderData: PageData }) {
  const user = useIntranetUser();
  const action = useAction();
  const writer = user.managesEveryAntenna;

  return (
    <>
      <h1>Pages de présentation</h1>
      <p className="lead">
        Les pages du site public qui présentent la coopérative, ses mentions légales, sa politique de confidentialité et
        sa déclaration d'accessibilité. Les visiteurs lisent la dernière version publiée.
      </p>
      {!writer && <p className="notice">Seule l'équipe du siège modifie les pages : vous pouvez les consulter.</p>}
      <Loaded result={loaderData.pages}>
        {(pages) => {
          const move = (page: PageSummary, to: -1 | 1 | 0 | null, done: string) =>
            action.run(
              "menu",
              () => orderPages(menuAfter(pages, page.id, to)),
              () => done,
            );
          const menuSize = pages.filter((p) => p.menuOrder !== null && p.menuOrder !== undefined).length;
          return (
            <>
              <OutcomeMessage outcome={action.outcome} forKey="menu" labels={PAGE_LABELS} />
              <DataTable caption={`Pages (${pages.length}), celles du menu dans son ordre`}>
                <thead>
                  <tr>
                    <th scope="col">Page</th>
                    <th scope="col">Menu</th>
                    <th scope="col">En ligne</th>
                    <th scope="col">Brouillon</th>
                    {writer && <th scope="col">Menu de la coopérative</th>}
                  </tr>
                </thead>
                <tbody>
                  {pages.map((p) => {
                    const inMenu = p.menuOrder !== null && p.menuOrder !== undefined;
                    return (
                      <tr key={p.id}>
                        <th scope="row">
                          <Link to={`${PAGES_PATH}/${p.id}`}>{p.title}</Link>
                          <br />
                          <span className="muted">{p.path}</span>
                        </th>
                        <td>{inMenu ? `${(p.menuOrder ?? 0) + 1}ᵉ` : "Hors menu"}</td>
                        <td>
                          {p.version ? (
                            <>
                              Version {p.version}
                              {p.publishedAt && (
                                <>
                                  , publiée le <time dateTime={p.publishedAt}>{formatDateTime(p.publishedAt)}</time>
                                </>
                              )}
                            </>
                          ) : (
                            "Jamais publiée"
                          )}
                        </td>
                        <td>{p.draftChanged ? "Modifié, à publier" : "Identique à la version en ligne"}</td>
                        {writer && (
                          <td>
                            <div className="actions">
                              {inMenu ? (
                                <>
                                  <button
                                    type="button"
                                    className="button button-secondary button-small"
                                    aria-label={`Monter dans le menu : ${p.title}`}
                                    disabled={action.pending !== null || p.menuOrder === 0}
                                    onClick={() => move(p, -1, `« ${p.title} » monte dans le menu.`)}
                                  >
                                    Monter
                                  </button>
                                  <button
                                    type="button"
                                    className="button button-secondary button-small"
                                    aria-label={`Descendre dans le menu : ${p.title}`}
                                    disabled={action.pending !== null || p.menuOrder === menuSize - 1}
                                    onClick={() => move(p, 1, `« ${p.title} » descend dans le menu.`)}
                                  >
                                    Descendre
                                  </button>
                                  <button
                                    type="button"
                                    className="button button-secondary button-small"
                                    aria-label={`Retirer du menu : ${p.title}`}
                                    disabled={action.pending !== null}
                                    onClick={() => move(p, 0, `« ${p.title} » n'est plus dans le menu.`)}
                                  >
                                    Retirer du menu
                                  </button>
                                </>
                              ) : (
                                <button
                                  type="button"
                                  className="button button-secondary button-small"
                                  aria-label={`Ajouter au menu : ${p.title}`}
                                  disabled={action.pending !== null}
                                  onClick={() => move(p, null, `« ${p.title} » est ajoutée à la fin du menu.`)}
                                >
                                  Ajouter au menu
                                </button>
                              )}
                            </div>
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </DataTable>
              {writer && <NewPageForm />}
            </>
          );
        }}
      </Loaded>
    </>
  );
}

export default membersOnly(StaffPages);
