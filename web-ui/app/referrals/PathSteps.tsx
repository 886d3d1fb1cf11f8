import type { ReferralPath } from "../api/events";
import { formatDay, formatSchedule } from "../ui/format";
import { MEETING_OUTCOME, PATH_STEPS } from "./labels";

type Path = ReferralPath;

/**
 * The four steps of a referral's path as an ordered list; the last step reached is marked `aria-current="step"`, and
 * every step says in words whether it is reached (never by colour alone).
 */
export function PathSteps({ path }: { path: Path }) {
  const meetingDone = path.meetingOutcome === "ATTENDED";
  const steps: { title: string; reached: boolean; text: React.ReactNode }[] = [
    {
      title: PATH_STEPS[0],
      reached: meetingDone,
      text: (
        <>
          {path.meeting.title}, <time dateTime={path.meeting.startsAt}>{formatSchedule(path.meeting.startsAt)}</time>
          {path.meeting.place ? ` · ${path.meeting.place}` : ""}
          <br />
          <strong>{MEETING_OUTCOME[path.meetingOutcome] ?? path.meetingOutcome}</strong>
          {path.meetingOutcome === "CANCELLED" && (
            <>
              {" "}
              le <time dateTime={path.meetingOutcomeOn}>{formatDay(path.meetingOutcomeOn)}</time>
            </>
          )}
        </>
      ),
    },
    {
      title: PATH_STEPS[1],
      reached: Boolean(path.firstInterviewOn),
      text: path.firstInterviewOn ? (
        <>
          Le <time dateTime={path.firstInterviewOn}>{formatDay(path.firstInterviewOn)}</time>
        </>
      ) : (
        "Pas encore"
      ),
    },
    {
      title: PATH_STEPS[2],
      reached: Boolean(path.capeSignedOn),
      text: path.capeSignedOn ? (
        <>
          Signé, à compter du <time dateTime={path.capeSignedOn}>{formatDay(path.capeSignedOn)}</time>
        </>
      ) : (
        "Pas encore signé"
      ),
    },
    {
      title: PATH_STEPS[3],
      reached: Boolean(path.cesaSignedOn),
      text: path.cesaSignedOn ? (
        <>
          Signé, à compter du <time dateTime={path.cesaSignedOn}>{formatDay(path.cesaSignedOn)}</time>
        </>
      ) : (
        "Pas encore signé"
      ),
    },
  ];
  const current = steps.map((s) => s.reached).lastIndexOf(true);
  return (
    <ol className="path-steps" aria-label="Étapes du parcours">
      {steps.map((step, i) => (
        <li key={step.title} aria-current={i === current ? "step" : undefined} data-reached={step.reached}>
          <h2>{step.title}</h2>
          <p>{step.text}</p>
        </li>
      ))}
    </ol>
  );
}

/** « Orienté·e aussi par … », for staff: the other prescribers of the same person (same address). */
export function AlsoReferredBy({ others }: { others: Path["alsoReferredBy"] }) {
  if (others.length === 0) return null;
  const names = others.map((o) =>
    [o.prescriberName, o.organisation && `(${o.organisation})`].filter(Boolean).join(" "),
  );
  return <p className="notice">Orienté·e aussi par {names.join(", ")}.</p>;
}
