import { Link } from "react-router";
import { EventCard } from "../agenda/EventCard";
import { listEvents } from "../api/events";
import { listShowcases } from "../api/members";
import { ShowcaseCard } from "../showcase/ShowcaseCard";
import { publicPage } from "../site/cache";
import { cooperativeFrom, shortNameOf, useCooperative } from "../ui/cooperative";
import { organizationLd, publicUrlFrom, seo } from "../ui/seo";
import { TeamMailbox } from "../ui/TeamMailbox";
import { Notice } from "../ui/ui";
import type { Route } from "./+types/home";

export async function loader() {
  const [meetings, showcases] = await Promise.all([
    listEvents({ kind: "INFO_MEETING", size: 3 }),
    listShowcases({ size: 4 }),
  ]);
  return {
    meetings: meetings.ok ? meetings.data.items : null,
    showcases: showcases.ok ? showcases.data.items : null,
  };
}

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

/**
 * The cooperative in a few questions: shown as cards and given to search engines as an FAQ (`FAQPage` JSON-LD), the
 * same words in both. The presentation pages staff write (`/cooperative`) answer each at length.
 */
export const QUESTIONS: { question: string; answer: string }[] = [
  {
    question: "Où se situe une CAE ?",
    answer:
      "Entre la création d'une entreprise individuelle et le salariat, la CAE permet de lancer son activité en grandeur réelle, sans créer de structure juridique : la coopérative porte l'activité, l'entrepreneur la développe.",
  },
  {
    question: "À quoi et à qui sert-elle ?",
    answer:
      "À toute personne qui a un projet d'activité et veut en vivre : demandeurs d'emploi, salariés en reconversion, habitants des quartiers prioritaires et de tout le territoire.",
  },
  {
    question: "Quel cadre juridique ?",
    answer:
      "La loi du 31 juillet 2014 relative à l'économie sociale et solidaire définit la CAE et le statut d'entrepreneur-salarié. On commence par un contrat d'appui au projet d'entreprise (CAPE), puis on signe un contrat d'entrepreneur-salarié associé (CESA) : un vrai salaire et la protection sociale des salariés.",
  },
  {
    question: "Quelles activités ?",
    answer:
      "Artisanat d'art, mobilier, bijoux, vêtements et textile, services web et numériques, conseil et formation, alimentation, bien-être, services aux particuliers… la plupart des activités de production, de commerce et de services.",
  },
  {
    question: "Quel parcours ?",
    answer:
      "Réunion d'information collective, entretien individuel, test de l'activité sous CAPE, salariat sous CESA puis, si vous le souhaitez, entrée au sociétariat de la coopérative.",
  },
  {
    question: "Quel accompagnement, par qui ?",
    answer:
      "Des entretiens individuels, des ateliers collectifs de gestion et de commercialisation, des réunions mensuelles et un centre de ressources en ligne, animés par l'équipe permanente de quatre accompagnateurs-formateurs.",
  },
];

/** The questions as schema.org's FAQ. */
export function faqLd(questions: typeof QUESTIONS): Record<string, unknown> {
  return {
    "@type": "FAQPage",
    mainEntity: questions.map(({ question, answer }) => ({
      "@type": "Question",
      name: question,
      acceptedAnswer: { "@type": "Answer", text: answer },
    })),
  };
}

/** " à <town>" from the settings' address, or nothing before it is given. */
const inTown = (town: string | undefined) => (town ? ` à ${town}` : "");

export const meta: Route.MetaFunction = ({ matches }) => {
  const cooperative = cooperativeFrom(matches);
  const town = inTown(cooperative.address?.town);
  return seo({
    title: `${cooperative.name}, coopérative d'activités et d'emploi${town}`,
    description: `${cooperative.name}, coopérative d'activités et d'emploi${town} : testez et développez votre activité en étant salarié, accompagné.`,
    path: "/",
    matches,
    // the cooperative and the FAQ of its questions, one graph
    jsonLd: { "@graph": [organizationLd(cooperative, publicUrlFrom(matches)), faqLd(QUESTIONS)] },
  });
};

export default function Home({ loaderData }: Route.ComponentProps) {
  const { meetings, showcases } = loaderData;
  const cooperative = useCooperative();
  const next = meetings?.find((m) => m.registrationOpen);
  const cta = next ? `/agenda/${next.id}` : "/agenda?kind=INFO_MEETING";

  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>Entreprendre pour soi, sans être seul</h1>
          <p className="lead">
            {cooperative.name} est une coopérative d'activités et d'emploi (CAE)
            {cooperative.address ? ` installée${inTown(cooperative.address.town)}` : ""}. Elle accompagne les porteurs
            de projet pour tester puis développer une activité économique durable, porteuse de leur propre emploi.
          </p>
          <p>
            <Link to={cta} className="button">
              S'inscrire à une réunion d'information
            </Link>
          </p>
        </div>
      </section>

      <div className="container page">
        <section aria-labelledby="questions">
          <h2 id="questions">La coopérative en quelques questions</h2>
          <div className="grid">
            {QUESTIONS.map(({ question, answer }) => (
              <article key={question} className="card">
                <h3 className="card-title">{question}</h3>
                <p>{answer}</p>
              </article>
            ))}
          </div>
          <p>
            {cooperative.networks.length > 0 &&
              `${cooperative.name} est membre ${cooperative.networks.length > 1 ? "des réseaux" : "du réseau"} ${cooperative.networks.map((n) => `« ${n} »`).join(", ")}. `}
            <Link to="/cooperative">Découvrir la coopérative en détail</Link>
          </p>
        </section>

        <section aria-labelledby="reunions">
          <h2 id="reunions">Prochaines réunions d'information</h2>
          {meetings === null ? (
            <Notice>
              Les dates des prochaines réunions ne peuvent pas être affichées pour le moment. Merci de réessayer un peu
              plus tard ou de nous écrire à <TeamMailbox />.
            </Notice>
          ) : meetings.length === 0 ? (
            <p>Aucune réunion d'information n'est programmée pour le moment. Revenez bientôt ou contactez-nous.</p>
          ) : (
            <div className="grid">
              {meetings.map((m) => (
                <EventCard key={m.id} event={m} />
              ))}
            </div>
          )}
          <p>
            <Link to="/agenda">Voir tout l'agenda</Link>
          </p>
        </section>

        <section aria-labelledby="entrepreneurs">
          <h2 id="entrepreneurs">Ils entreprennent avec {shortNameOf(cooperative)}</h2>
          {showcases === null ? (
            <Notice>
              La présentation des entrepreneurs est momentanément indisponible. Merci de réessayer plus tard.
            </Notice>
          ) : (
            <div className="grid">
              {showcases.map((s) => (
                <ShowcaseCard key={s.slug} showcase={s} />
              ))}
            </div>
          )}
          <p>
            <Link to="/entrepreneurs">Découvrir tous les entrepreneurs</Link>
          </p>
        </section>
      </div>
    </>
  );
}
