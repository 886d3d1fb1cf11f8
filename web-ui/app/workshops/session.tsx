import { useState } from "react";
import { WhenWhere } from "../agenda/EventCard";
import {
  listCoachSessions,
  listSessionRegistrations,
  type RegistrationView,
  saveAttendance,
  signInSheetUrl,
} from "../api/events";
import { OutcomeMessage, useAction } from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { ATTENDANCE_CHOICES, REGISTRATION_STATUS } from "../registration/statuses";
import type { Route } from "./+types/session";

export async function clientLoader({ params }: Route.ClientLoaderArgs) {
  return forMembers(async () => {
    const [sessions, registrations] = await Promise.all([listCoachSessions(), listSessionRegistrations(params.id)]);
    const session = sessions.ok ? sessions.data.find((s) => s.event.id === params.id) : undefined;
    return {
      eventId: params.id,
      event: session?.event ?? (registrations.ok ? registrations.data[0]?.event : undefined),
      registrations,
    };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ loaderData, matches, params }) =>
  intranetMeta(
    loaderData?.event ? `Présences : ${loaderData.event.title}` : "Présences d'une session",
    `/intranet/sessions/${params.id}`,
    matches,
  );

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

const fullName = (r: RegistrationView) => `${r.firstName} ${r.lastName}`;

function AttendanceForm({ eventId, registrations }: { eventId: string; registrations: RegistrationView[] }) {
  const action = useAction();
  const seated = registrations.filter((r) => r.status === "CONFIRMED");
  const others = registrations.filter((r) => r.status !== "CONFIRMED" && r.status !== "CANCELLED");
  const [marks, setMarks] = useState<Record<string, NonNullable<RegistrationView["attendance"]> | undefined>>(() =>
    Object.fromEntries(seated.map((r) => [r.id, r.attendance ?? undefined])),
  );
  const missing = seated.filter((r) => !marks[r.id]).length;

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const body = Object.entries(marks)
      .filter((entry): entry is [string, NonNullable<RegistrationView["attendance"]>] => entry[1] !== undefined)
      .map(([registrationId, attendance]) => ({ registrationId, attendance }));
    await action.run(
      "attendance",
      () => saveAttendance(eventId, body),
      () =>
        missing
          ? `Présences enregistrées. ${missing} personne(s) restent sans présence notée.`
          : "Présences enregistrées.",
    );
  }

  return (
    <>
      {seated.length === 0 ? (
        <p>Personne n'est inscrit à cette session pour le moment.</p>
      ) : (
        <form onSubmit={onSubmit} aria-labelledby="presences">
          <h2 id="presences">Présences</h2>
          <p className="muted">
            Pour chaque personne inscrite, choisissez Présent, Absent ou Excusé, puis enregistrez.
          </p>
          <ul className="plain stack">
            {seated.map((r) => (
              <li key={r.id}>
                <fieldset className="fieldset attendance">
                  <legend>
                    {fullName(r)} <span className="muted">({r.email})</span>
                  </legend>
                  <div className="radios">
                    {Object.entries(ATTENDANCE_CHOICES).map(([value, label]) => (
                      <label key={value} className="radio">
                        <input
                          type="radio"
                          name={`attendance-${r.id}`}
                          value={value}
                          checked={marks[r.id] === value}
                          onChange={() =>
                            setMarks((m) => ({ ...m, [r.id]: value as NonNullable<RegistrationView["attendance"]> }))
                          }
                        />
                        {label}
                      </label>
                    ))}
                  </div>
                </fieldset>
              </li>
            ))}
          </ul>
          <OutcomeMessage outcome={action.outcome} forKey="attendance" focus />
          <button type="submit" className="button" disabled={action.pending !== null}>
            {action.pending ? "Enregistrement…" : "Enregistrer les présences"}
          </button>
        </form>
      )}
      {others.length > 0 && (
        <section aria-labelledby="attente">
          <h2 id="attente">Liste d'attente</h2>
          <ul>
            {others.map((r) => (
              <li key={r.id}>
                {fullName(r)} : {REGISTRATION_STATUS[r.status]}
                {r.position ? ` (position ${r.position})` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function Session({ loaderData }: { loaderData: PageData }) {
  const { eventId, event, registrations } = loaderData;
  return (
    <>
      <h1>{event ? event.title : "Présences de la session"}</h1>
      {event && <WhenWhere startsAt={event.startsAt} endsAt={event.endsAt} place={event.place} />}
      <p>
        <a href={signInSheetUrl(eventId)} className="button button-secondary" type="application/pdf" download>
          Télécharger la feuille d'émargement (PDF)
        </a>
      </p>
      <Loaded result={registrations}>{(list) => <AttendanceForm eventId={eventId} registrations={list} />}</Loaded>
    </>
  );
}

export default membersOnly(Session);
