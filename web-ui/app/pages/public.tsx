// The presentation pages staff write (resources-service: Markdown made into sanitised HTML, the cooperative's name
// filled in from its settings), rendered on the server for everyone alike: the cooperative's page (/cooperative) with
// its menu of pages, each page of the menu (/cooperative/<slug>), legal notices and the accessibility statement; the
// privacy policy's text on /confidentialite. Loaders here pass no session on: the same page for every visitor.
import { Link, type MetaDescriptor } from "react-router";
import { orThrow } from "../api/client";
import { listPublicCoaches, type PublicCoach } from "../api/members";
import { getPublishedPage, listPublishedPages, type PublicPage, type PublicPageSummary } from "../api/resources";
import { COACHES_PAGE, CoachCards } from "../coach/CoachCards";
import { ServiceHtml } from "../ui/ServiceHtml";
import { seo } from "../ui/seo";

export interface PresentationData {
  page: PublicPage;
  /** the cooperative's menu: the published pages staff put in it, in their order */
  menu: PublicPageSummary[];
  /** on « Qui sont les accompagnateurs »: the coaches who agreed to appear there (none when members-service fails) */
  coaches?: PublicCoach[];
  /** the coaches were asked and members-service did not answer: the page shows staff's text alone for now */
  coachesUnavailable?: boolean;
}

/** A published page and the menu; « Page introuvable » (404) for one never published. */
export async function loadPresentation(slug: string): Promise<PresentationData> {
  const [page, all, coaches] = await Promise.all([
    getPublishedPage(slug),
    listPublishedPages(),
    slug === COACHES_PAGE ? listPublicCoaches() : null,
  ]);
  return {
    page: orThrow(page),
    menu: all.ok ? menuOf(all.data) : [],
    coaches: coaches?.ok ? coaches.data : [],
    ...(coaches && !coaches.ok ? { coachesUnavailable: true } : {}),
  };
}

export const menuOf = (pages: PublicPageSummary[]) =>
  pages.filter((p) => p.menuOrder !== null && p.menuOrder !== undefined);

interface MatchLike {
  id: string;
  loaderData?: unknown;
}

export function presentationMeta(
  data: PresentationData | undefined,
  matches: readonly (MatchLike | undefined)[],
): MetaDescriptor[] {
  if (!data) return [{ title: "Page introuvable" }];
  return seo({ title: data.page.title, description: data.page.description, path: data.page.path, matches });
}

/** The menu of the presentation pages, the one being read marked. */
export function PresentationMenu({ menu, current }: { menu: PublicPageSummary[]; current?: string }) {
  if (menu.length === 0) return null;
  return (
    <nav aria-label="La coopérative en questions" className="toc">
      <h2 className="toc-title">La coopérative en questions</h2>
      <ul>
        {menu.map((p) => (
          <li key={p.slug}>
            <Link to={p.path} aria-current={p.slug === current ? "page" : undefined}>
              {p.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A page of the menu or a legal page: its title, its text, then the menu. */
export function PresentationPage({ page, menu, coaches = [] }: PresentationData) {
  const inMenu = menu.some((p) => p.slug === page.slug);
  return (
    <article className="container page" aria-labelledby="titre-page">
      {inMenu && (
        <p className="breadcrumb">
          <Link to="/cooperative">La coopérative</Link> › {page.title}
        </p>
      )}
      <h1 id="titre-page">{page.title}</h1>
      <ServiceHtml html={page.html} />
      <CoachCards coaches={coaches} />
      {inMenu && <PresentationMenu menu={menu} current={page.slug} />}
    </article>
  );
}
