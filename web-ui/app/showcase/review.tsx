// One showcase as its entrepreneur's coach or staff read it: where it stands, the version to decide on exactly as the
// public page will show it, and the decision: validate (it goes online), refuse with a reason (sent to the
// entrepreneur), or take a published showcase offline with a reason.
import { Link } from "react-router";
import {
  getShowcaseDraft,
  rejectShowcase,
  type ShowcaseDraft,
  validateShowcase,
  withdrawShowcase,
} from "../api/members";
import { ModerationActions, type ModerationWording, OutcomeMessage, useAction } from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import type { Route } from "./+types/review";
import { DraftHistory, DraftPreview, DraftStanding, showcasePath } from "./ShowcaseDraftView";

export async function clientLoader({ params }: Route.ClientLoaderArgs) {
  return forMembers(async () => ({ showcase: await getShowcaseDraft(params.id) }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ params, data, matches }) => {
  const name = data?.showcase.ok ? data.showcase.data.working.businessName : undefined;
  return intranetMeta(name ? `Vitrine : ${name}` : "Vitrine", `/intranet/vitrines/${params.id}`, matches);
};

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function ReviewPage({ loaderData }: { loaderData: PageData }) {
  return <Loaded result={loaderData.showcase}>{(draft) => <Review draft={draft} />}</Loaded>;
}

const SHOWCASE_WORDING: ModerationWording = {
  author: "l'entrepreneur",
  withdrawLabel: "Retirer du site",
  withdrawQuestion: "Retirer cette vitrine du site ? Elle ne sera plus visible jusqu'à une nouvelle validation.",
  withdrawConfirm: "Retirer la vitrine",
};

function Review({ draft }: { draft: ShowcaseDraft }) {
  const action = useAction();
  const id = draft.id;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/intranet/vitrines">Vitrines à valider</Link>
      </p>
      <h1>Vitrine : {draft.working.businessName}</h1>
      <p className="card-meta">
        De {draft.owner.name} · version {draft.version}
      </p>
      <section aria-labelledby="etat" className="panel">
        <h2 id="etat">Où en est-elle ?</h2>
        <DraftStanding draft={draft} owner={false} />
        {draft.state === "SUBMITTED" && !draft.can.review && (
          <p className="muted">Vous avez contribué à cette version : une autre personne doit décider.</p>
        )}
        <div className="actions">
          <ModerationActions
            can={draft.can}
            wording={SHOWCASE_WORDING}
            disabled={action.pending !== null}
            onValidate={() =>
              action.run(
                "step",
                () => validateShowcase(id),
                (done) =>
                  `La vitrine est validée et publiée à l'adresse ${showcasePath(done.slug)} ; l'entrepreneur est prévenu par e-mail.`,
              )
            }
            onReject={(reason) =>
              action.run(
                "step",
                () => rejectShowcase(id, reason),
                () => "La version est refusée ; l'entrepreneur reçoit la raison par e-mail.",
              )
            }
            onWithdraw={(reason) =>
              action.run(
                "step",
                () => withdrawShowcase(id, reason),
                () => "La vitrine n'est plus sur le site ; l'entrepreneur voit la raison.",
              )
            }
          />
        </div>
        <OutcomeMessage outcome={action.outcome} forKey="step" />
      </section>
      <DraftPreview draft={draft} />
      <DraftHistory draft={draft} />
    </>
  );
}

export default membersOnly(ReviewPage);
