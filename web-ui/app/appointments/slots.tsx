import { useId } from "react";
import { WhenWhere } from "../agenda/EventCard";
import type { ApiResult } from "../api/client";
import {
  type AppointmentView,
  deleteSlot,
  listCoachAppointments,
  publishSlot,
  saveAppointmentNote,
} from "../api/events";
import { type AntennaResponse, listAntennas } from "../api/members";
import {
  ConfirmButton,
  fieldErrors,
  OutcomeMessage,
  PLACE_LABELS,
  PlaceFields,
  readPeriod,
  readPlace,
  TextField,
  useAction,
} from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { formatDateTime } from "../ui/format";
import type { Route } from "./+types/slots";

// A coach may not read the entrepreneurs' list of open slots (GET /api/events/slots): their own list of
// appointments carries their open slots too, with status "OPEN".
export async function clientLoader() {
  return forMembers(async () => {
    const [appointments, antennas] = await Promise.all([listCoachAppointments(), listAntennas()]);
    return { appointments, antennas: antennas.ok ? antennas.data : [] };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Mes créneaux et rendez-vous", "/intranet/creneaux", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

const SLOT_LABELS: Record<string, string> = { startsAt: "Début", endsAt: "Fin", ...PLACE_LABELS };
const byStart = <T extends { startsAt: string }>(items: T[]) =>
  [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));

function PublishForm({ antennas }: { antennas: AntennaResponse[] }) {
  const action = useAction();
  const errors = fieldErrors(action.outcome, "publish");
  const prefix = "slot";

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    const period = readPeriod(fd);
    const where = readPlace(fd, antennas);
    const local = { ...period.errors, ...where.errors };
    if (Object.keys(local).length) return action.fail("publish", local);
    const r = await action.run(
      "publish",
      () => publishSlot({ startsAt: period.startsAt!, endsAt: period.endsAt!, place: where.place }),
      (slot) => `Créneau publié pour le ${formatDateTime(slot.startsAt)}.`,
    );
    if (r.ok) form.reset();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="publier" className="panel">
      <h2 id="publier">Publier un créneau</h2>
      <p className="muted">
        Les entrepreneurs pourront le réserver depuis leur page « Mes rendez-vous ». Heures de Paris.
      </p>
      <OutcomeMessage outcome={action.outcome} forKey="publish" labels={SLOT_LABELS} idPrefix={prefix} focus />
      <div className="form-grid form-grid-2">
        <TextField prefix={prefix} name="startsAt" label="Début" type="datetime-local" errors={errors} />
        <TextField prefix={prefix} name="endsAt" label="Fin" type="datetime-local" errors={errors} />
      </div>
      <PlaceFields prefix={prefix} errors={errors} antennas={antennas} />
      <button type="submit" className="button" disabled={action.pending !== null}>
        Publier le créneau
      </button>
    </form>
  );
}

function NoteForm({ appointment, action }: { appointment: AppointmentView; action: ReturnType<typeof useAction> }) {
  const id = useId();
  const key = `note-${appointment.id}`;
  const who = appointment.entrepreneur?.name ?? "l'entrepreneur";
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const note = String(new FormData(e.currentTarget).get("note") ?? "").trim();
        action.run(
          key,
          () => saveAppointmentNote(appointment.id, note),
          () => "Note enregistrée.",
        );
      }}
    >
      <div className="field">
        <label htmlFor={id}>Note de suivi</label>
        <textarea id={id} name="note" rows={3} defaultValue={appointment.note ?? ""} maxLength={4000} />
      </div>
      <button
        type="submit"
        className="button button-secondary button-small"
        disabled={action.pending !== null}
        aria-label={`Enregistrer la note du rendez-vous avec ${who}`}
      >
        Enregistrer la note
      </button>
      <OutcomeMessage outcome={action.outcome} forKey={key} labels={{ note: "Note de suivi" }} />
    </form>
  );
}

/** Open slots still to come, and the booked (or cancelled) appointments. */
function split(list: AppointmentView[], now: number) {
  const open = list.filter((a) => a.status === "OPEN" && new Date(a.startsAt).getTime() > now);
  const taken = list.filter((a) => a.status !== "OPEN");
  return { open, taken };
}

function Slots({ loaderData }: { loaderData: PageData }) {
  const { appointments, antennas } = loaderData;
  const action = useAction();
  const parts = appointments.ok ? split(appointments.data, Date.now()) : null;
  const slots: ApiResult<AppointmentView[]> = parts ? { ok: true, data: parts.open } : appointments;
  const booked: ApiResult<AppointmentView[]> = parts ? { ok: true, data: parts.taken } : appointments;

  return (
    <>
      <h1>Mes créneaux et rendez-vous</h1>
      <PublishForm antennas={antennas} />

      <section aria-labelledby="ouverts">
        <h2 id="ouverts">Mes créneaux libres</h2>
        <OutcomeMessage outcome={action.outcome} forKey="delete" />
        <Loaded result={slots}>
          {(items) =>
            items.length === 0 ? (
              <p>Aucun créneau libre : publiez-en un ci-dessus.</p>
            ) : (
              <ul className="grid plain">
                {byStart(items).map((s) => (
                  <li key={s.id} className="card">
                    <WhenWhere startsAt={s.startsAt} endsAt={s.endsAt} place={s.place} />
                    <ConfirmButton
                      label={`Supprimer le créneau du ${formatDateTime(s.startsAt)}`}
                      question="Supprimer ce créneau ? Il ne sera plus proposé aux entrepreneurs."
                      confirmLabel="Oui, supprimer"
                      disabled={action.pending !== null}
                      onConfirm={() =>
                        action.run(
                          "delete",
                          () => deleteSlot(s.id),
                          () => "Créneau supprimé.",
                        )
                      }
                    />
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>

      <section aria-labelledby="rendez-vous">
        <h2 id="rendez-vous">Rendez-vous pris</h2>
        <Loaded result={booked}>
          {(items) =>
            items.length === 0 ? (
              <p>Aucun rendez-vous pour le moment.</p>
            ) : (
              <ul className="plain stack">
                {byStart(items).map((a) => (
                  <li key={a.id} className="card">
                    <h3 className="card-title">
                      {a.entrepreneur?.name ?? "Entrepreneur"}
                      {a.status === "CANCELLED" && (
                        <>
                          {" "}
                          <span className="badge badge-alert">Annulé</span>
                        </>
                      )}
                    </h3>
                    <WhenWhere startsAt={a.startsAt} endsAt={a.endsAt} place={a.place} />
                    {a.topic && <p>Sujet : {a.topic}</p>}
                    <NoteForm appointment={a} action={action} />
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
    </>
  );
}

export default membersOnly(Slots);
