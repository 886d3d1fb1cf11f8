import { useEffect, useId, useState } from "react";
import { Form } from "react-router";
import { WhenWhere } from "../agenda/EventCard";
import {
  type AppointmentView,
  bookSlot,
  type CalendarLink,
  cancelMyAppointment,
  getMyAppointments,
  getMyCalendarLink,
  listSlots,
  renewMyCalendarLink,
} from "../api/events";
import { ConfirmButton, fieldErrors, fieldId, OutcomeMessage, TextField, useAction } from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { formatDate, formatDateTime, formatTime } from "../ui/format";
import type { Route } from "./+types/appointments";

export async function clientLoader({ request }: Route.ClientLoaderArgs) {
  return forMembers(async () => {
    const coach = new URL(request.url).searchParams.get("accompagnateur") ?? "";
    const [appointments, allSlots, calendar] = await Promise.all([
      getMyAppointments(),
      listSlots(),
      getMyCalendarLink(),
    ]);
    const slots = coach ? await listSlots({ coach }) : allSlots;
    // the coach filter lists every coach who has open slots
    const coaches = new Map((allSlots.ok ? allSlots.data : []).map((s) => [s.coach.subject, s.coach.name]));
    return {
      coach,
      appointments,
      slots,
      calendar,
      coaches: [...coaches].sort((a, b) => a[1].localeCompare(b[1], "fr")),
    };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Mes rendez-vous", "/intranet/rendez-vous", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

const byStart = <T extends { startsAt: string }>(items: T[]) =>
  [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));

/** A calendar application needs the absolute address of the feed. */
function absolute(url: string): string {
  try {
    return new URL(url, window.location.origin).href;
  } catch {
    return url;
  }
}

function SlotItem({ slot, action }: { slot: AppointmentView; action: ReturnType<typeof useAction> }) {
  const [open, setOpen] = useState(false);
  const prefix = `creneau-${slot.id}`;
  // the topic field takes the focus when the booking form opens
  useEffect(() => {
    if (open) document.getElementById(fieldId(prefix, "topic"))?.focus();
  }, [open, prefix]);
  const when = `${formatDate(slot.startsAt)} à ${formatTime(slot.startsAt)}`;
  return (
    <li className="card">
      <h3 className="card-title">{when}</h3>
      <WhenWhere startsAt={slot.startsAt} endsAt={slot.endsAt} place={slot.place} />
      <p>Avec {slot.coach.name}</p>
      {open ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const topic = String(new FormData(e.currentTarget).get("topic") ?? "").trim();
            const r = await action.run(
              "booking",
              () => bookSlot(slot.id, topic || undefined),
              (a) => `Rendez-vous réservé avec ${a.coach.name} le ${formatDateTime(a.startsAt)}.`,
            );
            if (r.ok) setOpen(false);
          }}
        >
          <TextField
            prefix={prefix}
            name="topic"
            label="Sujet du rendez-vous"
            required={false}
            errors={fieldErrors(action.outcome, "booking")}
            maxLength={200}
          />
          <div className="actions">
            <button type="submit" className="button button-small" disabled={action.pending !== null}>
              Confirmer la réservation
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setOpen(false)}>
              Annuler
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="button button-small"
          onClick={() => setOpen(true)}
          aria-label={`Réserver le créneau du ${when} avec ${slot.coach.name}`}
        >
          Réserver
        </button>
      )}
    </li>
  );
}

/** The outcome of a cancellation, shown above the list: a cancelled appointment leaves it. */
const CANCEL = "cancel";

function AppointmentItem({ a, action }: { a: AppointmentView; action: ReturnType<typeof useAction> }) {
  const upcoming = a.status === "BOOKED" && new Date(a.startsAt).getTime() > Date.now();
  return (
    <li className="card">
      <h3 className="card-title">
        Avec {a.coach.name}
        {a.status === "CANCELLED" && (
          <>
            {" "}
            <span className="badge badge-alert">Annulé</span>
          </>
        )}
      </h3>
      <WhenWhere startsAt={a.startsAt} endsAt={a.endsAt} place={a.place} />
      {a.topic && <p>Sujet : {a.topic}</p>}
      {a.note && (
        <p>
          <strong>Note de l'accompagnateur :</strong> {a.note}
        </p>
      )}
      {upcoming && (
        <ConfirmButton
          label={`Annuler le rendez-vous du ${formatDate(a.startsAt)}`}
          question="Annuler ce rendez-vous ? Le créneau redeviendra libre pour les autres entrepreneurs."
          confirmLabel="Oui, annuler le rendez-vous"
          cancelLabel="Garder le rendez-vous"
          disabled={action.pending !== null}
          onConfirm={() =>
            action.run(
              CANCEL,
              () => cancelMyAppointment(a.id),
              () => `Votre rendez-vous du ${formatDateTime(a.startsAt)} est annulé.`,
            )
          }
        />
      )}
    </li>
  );
}

function PersonalCalendar({ link }: { link: CalendarLink }) {
  const action = useAction();
  const [url, setUrl] = useState(() => absolute(link.url));
  const [copied, setCopied] = useState<string | null>(null);
  const inputId = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("Le lien est copié : collez-le dans votre application d'agenda.");
    } catch {
      const input = document.getElementById(inputId) as HTMLInputElement | null;
      input?.select();
      setCopied("Le lien est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C).");
    }
  }

  return (
    <>
      <p>
        Ajoutez vos ateliers et rendez-vous à votre application d'agenda (Google Agenda, Outlook, Apple Calendrier…) :
        abonnez-vous à cette adresse, elle se met à jour d'elle-même. Ce lien est personnel : ne le partagez pas.
      </p>
      <div className="field">
        <label htmlFor={inputId}>Adresse de mon agenda personnel</label>
        <input
          id={inputId}
          type="text"
          readOnly
          value={url}
          className="url"
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="actions">
        <button type="button" className="button button-small" onClick={copy}>
          Copier le lien
        </button>
        <a href={url.replace(/^https?:/, "webcal:")} className="button button-secondary button-small">
          Ouvrir dans mon application d'agenda
        </a>
        <ConfirmButton
          label="Renouveler le lien"
          question="Un nouveau lien va remplacer celui-ci : l'ancien cessera de fonctionner partout où vous l'avez ajouté. Continuer ?"
          confirmLabel="Oui, renouveler le lien"
          disabled={action.pending !== null}
          onConfirm={async () => {
            setCopied(null);
            const r = await action.run(
              "renew",
              renewMyCalendarLink,
              () => "Le lien est renouvelé : ajoutez la nouvelle adresse à votre application d'agenda.",
              { revalidate: false },
            );
            if (r.ok) setUrl(absolute(r.data.url));
          }}
        />
      </div>
      <p role="status" className="muted">
        {copied}
      </p>
      <OutcomeMessage outcome={action.outcome} forKey="renew" />
    </>
  );
}

function Appointments({ loaderData }: { loaderData: PageData }) {
  const { coach, appointments, slots, calendar, coaches } = loaderData;
  const action = useAction();

  return (
    <>
      <h1>Mes rendez-vous</h1>
      <p className="lead">
        Vos entretiens individuels avec un accompagnateur : réservez un créneau libre ou gérez vos rendez-vous.
      </p>

      <section aria-labelledby="mes-rendez-vous">
        <h2 id="mes-rendez-vous">Mes rendez-vous</h2>
        <OutcomeMessage outcome={action.outcome} forKey={CANCEL} />
        <Loaded result={appointments}>
          {(items) =>
            items.length === 0 ? (
              <p>Vous n'avez aucun rendez-vous pour le moment.</p>
            ) : (
              <ul className="plain stack">
                {byStart(items).map((a) => (
                  <AppointmentItem key={a.id} a={a} action={action} />
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>

      <section aria-labelledby="creneaux">
        <h2 id="creneaux">Réserver un rendez-vous</h2>
        <Form method="get" className="filter-form" aria-label="Filtrer les créneaux" key={coach}>
          <div className="field">
            <label htmlFor="accompagnateur">Accompagnateur</label>
            <select id="accompagnateur" name="accompagnateur" defaultValue={coach}>
              <option value="">Tous les accompagnateurs</option>
              {coaches.map(([subject, name]) => (
                <option key={subject} value={subject}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="filter-actions">
            <button type="submit" className="button">
              Afficher les créneaux
            </button>
          </div>
        </Form>
        {/* a booked slot leaves the list: its outcome is shown above it */}
        <OutcomeMessage outcome={action.outcome} forKey="booking" />
        <Loaded result={slots}>
          {(items) =>
            items.length === 0 ? (
              <p>Aucun créneau libre pour le moment. Revenez bientôt ou écrivez à votre accompagnateur.</p>
            ) : (
              <ul className="grid plain">
                {byStart(items).map((s) => (
                  <SlotItem key={s.id} slot={s} action={action} />
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>

      <section aria-labelledby="agenda-personnel">
        <h2 id="agenda-personnel" tabIndex={-1}>
          Mon agenda personnel
        </h2>
        <Loaded result={calendar}>{(link) => <PersonalCalendar link={link} />}</Loaded>
      </section>
    </>
  );
}

export default membersOnly(Appointments);
