// /intranet/questions/nouvelle: asking a question (members); once asked, its page opens.
import { Link, useNavigate } from "react-router";
import { askQuestion } from "../api/resources";
import { useAction } from "../forms";
import { forMembers, intranetMeta, membersOnly, useIntranetUser } from "../intranet/page";
import type { Route } from "./+types/ask";
import { QuestionForm, readQuestion } from "./QuestionForm";
import { spacesFor } from "./questions";

export async function clientLoader() {
  return forMembers(async () => ({}));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Poser une question", "/intranet/questions/nouvelle", matches);

function Ask() {
  const action = useAction();
  const navigate = useNavigate();
  const user = useIntranetUser();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const question = readQuestion(e.currentTarget, action, "ask");
    if (!question) return;
    const r = await action.run(
      "ask",
      () => askQuestion(question),
      () => "Votre question est publiée.",
      {
        revalidate: false,
      },
    );
    if (r.ok) navigate(`/intranet/questions/${r.data.id}`);
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/intranet/questions">Questions-réponses</Link>
      </p>
      <h1>Poser une question</h1>
      <p className="lead">
        Votre question est publiée tout de suite. Vous recevez un e-mail à chaque réponse, et vous pourrez accepter
        celle qui vous aide.
      </p>
      <QuestionForm
        action={action}
        actionKey="ask"
        spaces={spacesFor(user.roles)}
        submitLabel="Publier ma question"
        onSubmit={onSubmit}
      />
    </>
  );
}

export default membersOnly(Ask);
