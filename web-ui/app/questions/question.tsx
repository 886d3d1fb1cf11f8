// /intranet/questions/:id?modifier=<post id>: one question with its answers and comments. Everyone who reads it may
// answer, comment, upvote others' posts and follow it; the asker and coaches accept an answer; coaches and staff hide
// an off-topic post with a reason (its author reads the reason). What the person may do comes with the data.
import { type ClientLoaderFunctionArgs, Link, useNavigate } from "react-router";
import {
  type AnswerView,
  acceptAnswer,
  answerQuestion,
  type CommentView,
  commentOn,
  editAnswer,
  editQuestion,
  followQuestion,
  getQuestion,
  moderatePost,
  type PostState,
  type QuestionView,
  unacceptAnswer,
  votePost,
} from "../api/resources";
import { ConfirmButton, fieldErrors, OutcomeMessage, TextAreaField, textOf, useAction } from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { formatDateTime } from "../ui/format";
import { SanitisedHtml } from "../ui/ui";
import type { Route } from "./+types/question";
import { MARKDOWN_HINT, QuestionForm, readQuestion } from "./QuestionForm";

export async function clientLoader({ request, params }: ClientLoaderFunctionArgs) {
  const editing = new URL(request.url).searchParams.get("modifier");
  return forMembers(async () => ({ question: await getQuestion(params.id!), editing }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches, params }) =>
  intranetMeta("Question", `/intranet/questions/${params.id}`, matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;
type Action = ReturnType<typeof useAction>;

function Author({ author, at, edited }: { author: QuestionView["author"]; at: string; edited: boolean }) {
  return (
    <p className="card-meta">
      {author.name}
      {author.role !== "ENTREPRENEUR" && <span className="badge author-badge">{author.roleLabel}</span>}, le{" "}
      {formatDateTime(at)}
      {edited && " (modifié)"}
    </p>
  );
}

function HiddenNotice({ state, what }: { state: PostState; what: "question" | "answer" | "comment" }) {
  if (!state.hidden) return null;
  const [subject, e, pronoun] =
    what === "question"
      ? ["Cette question", "e", "la"]
      : what === "answer"
        ? ["Cette réponse", "e", "la"]
        : ["Ce commentaire", "", "le"];
  return (
    <p className="notice" role="note">
      {subject} est masqué{e} par un modérateur{state.hiddenBy ? ` (${state.hiddenBy})` : ""} : seuls son auteur et les
      modérateurs {pronoun} voient.
      {state.hiddenReason && <> Motif : {state.hiddenReason}</>}
    </p>
  );
}

/** Upvote, moderation: the actions on one post. */
function PostActions({
  question,
  postId,
  state,
  action,
  label,
}: {
  question: QuestionView;
  postId: string;
  state: PostState;
  action: Action;
  label: string;
}) {
  const live = !question.state.hidden;
  return (
    <div className="post-actions">
      {!state.mine && live && !state.hidden && (
        <button
          type="button"
          className="button button-secondary button-small"
          aria-pressed={state.voted}
          disabled={action.pending !== null}
          onClick={() =>
            action.run(
              `vote-${postId}`,
              () => votePost(question.id, postId, !state.voted),
              () => (state.voted ? "Vote retiré." : "Merci pour votre vote."),
            )
          }
        >
          Utile <span className="visually-hidden">({label})</span> · {state.votes}
        </button>
      )}
      {(state.mine || !live || state.hidden) && (
        <span className="muted">
          {state.votes} vote{state.votes > 1 ? "s" : ""}
        </span>
      )}
      {state.mine && live && !state.hidden && (
        <Link to={`?modifier=${postId}`} className="button button-secondary button-small">
          Modifier <span className="visually-hidden">{label}</span>
        </Link>
      )}
      {question.canModerate &&
        (state.hidden ? (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={action.pending !== null}
            onClick={() =>
              action.run(
                `moderate-${postId}`,
                () => moderatePost(question.id, postId, false),
                () => "Le message est de nouveau visible.",
              )
            }
          >
            Afficher à nouveau <span className="visually-hidden">{label}</span>
          </button>
        ) : (
          <ConfirmButton
            label="Masquer"
            ariaLabel={`Masquer ${label}`}
            question={`Masquer ${label} ? Son auteur verra le motif ; les autres ne le verront plus.`}
            reasonLabel="Motif (montré à son auteur)"
            confirmLabel="Masquer"
            disabled={action.pending !== null}
            onConfirm={(reason) =>
              action.run(
                `moderate-${postId}`,
                () => moderatePost(question.id, postId, true, reason),
                () => "Le message est masqué.",
              )
            }
          />
        ))}
      <OutcomeMessage outcome={action.outcome} forKey={`vote-${postId}`} />
      <OutcomeMessage outcome={action.outcome} forKey={`moderate-${postId}`} />
    </div>
  );
}

function Comments({
  question,
  on,
  comments,
  action,
}: {
  question: QuestionView;
  on: string;
  comments: CommentView[];
  action: Action;
}) {
  const key = `comment-${on}`;
  const errors = fieldErrors(action.outcome, key);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const body = textOf(new FormData(form), "body");
    if (!body) return action.fail(key, { body: "Écrivez votre commentaire." });
    const r = await action.run(
      key,
      () => commentOn(question.id, on, body),
      () => "Commentaire publié.",
    );
    if (r.ok) form.reset();
  }
  return (
    <div className="comments">
      {comments.length > 0 && (
        <ul className="plain">
          {comments.map((c) => (
            <li key={c.id} className="comment">
              <p>
                {c.body} — <span className="muted">{c.author.name}</span>
                {c.author.role !== "ENTREPRENEUR" && <span className="badge author-badge">{c.author.roleLabel}</span>}
                <span className="muted">, {formatDateTime(c.at)}</span>
              </p>
              <HiddenNotice state={c.state} what="comment" />
              {question.canModerate && (
                <PostActions question={question} postId={c.id} state={c.state} action={action} label="ce commentaire" />
              )}
            </li>
          ))}
        </ul>
      )}
      {!question.state.hidden && (
        <details>
          <summary>Ajouter un commentaire</summary>
          <form onSubmit={onSubmit} noValidate>
            <OutcomeMessage outcome={action.outcome} forKey={key} labels={{ body: "Commentaire" }} idPrefix={key} />
            <TextAreaField prefix={key} name="body" label="Commentaire" errors={errors} rows={2} maxLength={1000} />
            <button type="submit" className="button button-small" disabled={action.pending !== null}>
              Commenter
            </button>
          </form>
        </details>
      )}
    </div>
  );
}

function AnswerEditor({
  question,
  answer,
  action,
  onDone,
}: {
  question: QuestionView;
  answer?: AnswerView;
  action: Action;
  onDone?: () => void;
}) {
  const key = answer ? `edit-${answer.id}` : "answer";
  const errors = fieldErrors(action.outcome, key);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const body = textOf(new FormData(form), "body");
    if (!body) return action.fail(key, { body: "Écrivez votre réponse." });
    const r = await action.run(
      key,
      () => (answer ? editAnswer(question.id, answer.id, body) : answerQuestion(question.id, body)),
      () =>
        answer ? "Réponse modifiée." : "Votre réponse est publiée. La personne qui a posé la question est prévenue.",
    );
    if (r.ok) {
      form.reset();
      onDone?.();
    }
  }
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <OutcomeMessage outcome={action.outcome} forKey={key} labels={{ body: "Votre réponse" }} idPrefix={key} focus />
      <TextAreaField
        prefix={key}
        name="body"
        label="Votre réponse"
        hint={MARKDOWN_HINT}
        errors={errors}
        rows={answer ? 6 : 5}
        defaultValue={answer?.body ?? ""}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={action.pending !== null}>
          {answer ? "Enregistrer la réponse" : "Publier ma réponse"}
        </button>
        {onDone && answer && (
          <button type="button" className="button button-secondary" onClick={onDone}>
            Annuler
          </button>
        )}
      </div>
    </form>
  );
}

function AnswerItem({
  question,
  answer,
  action,
  editing,
  stopEditing,
}: {
  question: QuestionView;
  answer: AnswerView;
  action: Action;
  editing: boolean;
  stopEditing: () => void;
}) {
  return (
    <article id={`reponse-${answer.id}`} className={`answer${answer.accepted ? " answer-accepted" : ""}`}>
      {answer.accepted && (
        <p className="accepted-mark">✓ Réponse acceptée{question.acceptedBy ? ` par ${question.acceptedBy}` : ""}</p>
      )}
      <Author author={answer.author} at={answer.at} edited={answer.state.edited} />
      <HiddenNotice state={answer.state} what="answer" />
      {editing ? (
        <AnswerEditor question={question} answer={answer} action={action} onDone={stopEditing} />
      ) : (
        <SanitisedHtml html={answer.bodyHtml} />
      )}
      <div className="post-actions">
        {question.canAccept &&
          !answer.state.hidden &&
          (answer.accepted ? (
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={action.pending !== null}
              onClick={() =>
                action.run(
                  `accept-${answer.id}`,
                  () => unacceptAnswer(question.id),
                  () => "Acceptation retirée.",
                )
              }
            >
              Retirer l'acceptation
            </button>
          ) : (
            <button
              type="button"
              className="button button-small"
              disabled={action.pending !== null}
              onClick={() =>
                action.run(
                  `accept-${answer.id}`,
                  () => acceptAnswer(question.id, answer.id),
                  () => "Réponse acceptée. Les personnes qui suivent la question sont prévenues.",
                )
              }
            >
              Accepter cette réponse
            </button>
          ))}
        <OutcomeMessage outcome={action.outcome} forKey={`accept-${answer.id}`} />
      </div>
      <PostActions
        question={question}
        postId={answer.id}
        state={answer.state}
        action={action}
        label={`la réponse de ${answer.author.name}`}
      />
      <Comments question={question} on={answer.id} comments={answer.comments} action={action} />
    </article>
  );
}

function QuestionPage({ loaderData }: { loaderData: PageData }) {
  const action = useAction();
  const navigate = useNavigate();
  const stopEditing = () => navigate(".", { replace: true });
  return (
    <>
      <p className="breadcrumb">
        <Link to="/intranet/questions">Questions-réponses</Link>
      </p>
      <Loaded result={loaderData.question}>
        {(question) => {
          const editingQuestion = loaderData.editing === question.id && question.state.mine;
          async function onEdit(e: React.FormEvent<HTMLFormElement>) {
            e.preventDefault();
            const changed = readQuestion(e.currentTarget, action, "edit");
            if (!changed) return;
            const r = await action.run(
              "edit",
              () => editQuestion(question.id, changed),
              () => "Question modifiée.",
            );
            if (r.ok) stopEditing();
          }
          return (
            <>
              <article className="question">
                <h1>{question.title}</h1>
                <p className="card-meta">
                  {question.spaceLabel}
                  {question.themes.length > 0 && ` · ${question.themes.map((t) => t.label).join(", ")}`}
                </p>
                <Author author={question.author} at={question.askedAt} edited={question.state.edited} />
                <HiddenNotice state={question.state} what="question" />
                {editingQuestion ? (
                  <QuestionForm
                    action={action}
                    actionKey="edit"
                    initial={{
                      title: question.title,
                      body: question.body,
                      themes: question.themes.map((t) => t.value),
                      space: question.space,
                    }}
                    spaces={[question.space]}
                    submitLabel="Enregistrer la question"
                    onSubmit={onEdit}
                    onCancel={stopEditing}
                  />
                ) : (
                  <SanitisedHtml html={question.bodyHtml} />
                )}
                <OutcomeMessage outcome={action.outcome} forKey="edit" />
                <PostActions
                  question={question}
                  postId={question.id}
                  state={question.state}
                  action={action}
                  label="la question"
                />
                <div className="post-actions">
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-pressed={question.following}
                    disabled={action.pending !== null}
                    onClick={() =>
                      action.run(
                        "follow",
                        () => followQuestion(question.id, !question.following),
                        (q) =>
                          q.following
                            ? "Vous suivez cette question : un e-mail vous dira quand une réponse est acceptée."
                            : "Vous ne suivez plus cette question.",
                      )
                    }
                  >
                    {question.following ? "Ne plus suivre" : "Suivre la question"}
                  </button>
                  <OutcomeMessage outcome={action.outcome} forKey="follow" />
                </div>
                <Comments question={question} on={question.id} comments={question.comments} action={action} />
              </article>

              <section aria-labelledby="reponses">
                <h2 id="reponses">
                  {question.answers.length === 0
                    ? "Pas encore de réponse"
                    : `${question.answers.length} réponse${question.answers.length > 1 ? "s" : ""}`}
                </h2>
                {question.answers.map((answer) => (
                  <AnswerItem
                    key={answer.id}
                    question={question}
                    answer={answer}
                    action={action}
                    editing={loaderData.editing === answer.id && answer.state.mine}
                    stopEditing={stopEditing}
                  />
                ))}
              </section>

              {!question.state.hidden && (
                <section aria-labelledby="repondre" className="panel">
                  <h2 id="repondre">Répondre</h2>
                  <AnswerEditor question={question} action={action} />
                </section>
              )}
            </>
          );
        }}
      </Loaded>
    </>
  );
}

export default membersOnly(QuestionPage);
