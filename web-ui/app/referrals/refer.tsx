import { useState } from "react";
import { Link } from "react-router";
import {
  type ConsentVersion,
  consentFor,
  type EventResponse,
  getConsents,
  listEvents,
  type RegistrationResponse,
  registerPerson,
} from "../api/events";
import { fieldErrors, OutcomeMessage, requireFields, SelectField, TextField, textOf, useAction } from "../forms";
import { forMembers, intranetMeta, Loaded, LoadFailure, membersOnly } from "../intranet/page";
import { formatSchedule } from "../ui/format";
import type { Route } from "./+types/refer";

export async function clientLoader() {
  return forMembers(async () => {
    const [meetings, consents] = await Promise.all([listEvents({ kind: "INFO_MEETING", size: 50 }), getConsents()]);
    return { meetings, consent: consentFor(consents, "PRESCRIBED_REGISTRATION") };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Inscrire une personne", "/intranet/orienter", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

const LABELS: Record<string, string> = {
  eventId: "Réunion d'information",
  firstName: "Prénom",
  lastName: "Nom",
  email: "Adresse e-mail",
  phone: "Téléphone",
  town: "Commune",
  consent: "Accord de la personne",
};
const PREFIX = "orienter";

function meetingLabel(e: EventResponse): string {
  const seats = e.seatsLeft != null && e.seatsLeft <= 0 ? " (complet : liste d'attente)" : "";
  return `${formatSchedule(e.startsAt, e.endsAt)} · ${e.place.town ?? e.place.label}${seats}`;
}

function ReferralForm({
  meetings,
  consent,
  onDone,
}: {
  meetings: EventResponse[];
  consent: ConsentVersion;
  onDone: (r: RegistrationResponse) => void;
}) {
  const action = useAction();
  const errors = fieldErrors(action.outcome, "refer");

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const v = Object.fromEntries(
      ["eventId", "firstName", "lastName", "email", "phone", "town"].map((n) => [n, textOf(fd, n)]),
    );
    const agreed = fd.get("consent") === "on";
    const local = requireFields(v, {
      eventId: "Choisissez la réunion.",
      firstName: "Indiquez le prénom.",
      lastName: "Indiquez le nom.",
      email: "Indiquez l'adresse e-mail.",
      town: "Indiquez la commune.",
    });
    if (v.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email))
      local.email = "Cette adresse e-mail ne semble pas valide.";
    if (!agreed) local.consent = "L'accord de la personne est obligatoire pour l'inscrire.";
    if (Object.keys(local).length) return action.fail("refer", local);
    const r = await action.run(
      "refer",
      () =>
        registerPerson(v.eventId, {
          firstName: v.firstName,
          lastName: v.lastName,
          email: v.email,
          ...(v.phone ? { phone: v.phone } : {}),
          town: v.town,
          consent: true,
          consentVersion: consent.version,
        }),
      (res) => res.message,
      { revalidate: false },
    );
    if (r.ok) onDone(r.data);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="formulaire" className="panel">
      <h2 id="formulaire">La personne et la réunion</h2>
      <p className="muted">Tous les champs sont obligatoires, sauf mention contraire.</p>
      <OutcomeMessage outcome={action.outcome} forKey="refer" labels={LABELS} idPrefix={PREFIX} focus />
      <SelectField prefix={PREFIX} name="eventId" label={LABELS.eventId} errors={errors} defaultValue="">
        <option value="">Choisir une date</option>
        {meetings.map((m) => (
          <option key={m.id} value={m.id}>
            {meetingLabel(m)}
          </option>
        ))}
      </SelectField>
      <div className="form-grid form-grid-2">
        <TextField prefix={PREFIX} name="firstName" label={LABELS.firstName} errors={errors} autoComplete="off" />
        <TextField prefix={PREFIX} name="lastName" label={LABELS.lastName} errors={errors} autoComplete="off" />
        <TextField prefix={PREFIX} name="email" label={LABELS.email} type="email" errors={errors} autoComplete="off" />
        <TextField
          prefix={PREFIX}
          name="phone"
          label={LABELS.phone}
          type="tel"
          errors={errors}
          required={false}
          autoComplete="off"
        />
        <TextField prefix={PREFIX} name="town" label={LABELS.town} errors={errors} autoComplete="off" />
      </div>
      <div className="field field-checkbox">
        <input
          key={consent.version}
          id={`${PREFIX}-consent`}
          name="consent"
          type="checkbox"
          aria-required
          aria-invalid={errors.consent ? true : undefined}
          aria-describedby={[`${PREFIX}-consent-notice`, errors.consent ? `${PREFIX}-consent-error` : ""]
            .join(" ")
            .trim()}
        />
        <label htmlFor={`${PREFIX}-consent`}>{consent.statement}</label>
        {errors.consent && (
          <p className="field-error" id={`${PREFIX}-consent-error`}>
            {errors.consent}
          </p>
        )}
      </div>
      <p className="notice-small" id={`${PREFIX}-consent-notice`}>
        {consent.notice} <Link to="/confidentialite">Notre politique de confidentialité</Link>
      </p>
      <button type="submit" className="button" disabled={action.pending !== null}>
        {action.pending ? "Envoi en cours…" : "Inscrire la personne"}
      </button>
    </form>
  );
}

function Refer({ loaderData }: { loaderData: PageData }) {
  const [result, setResult] = useState<RegistrationResponse | null>(null);
  const [round, setRound] = useState(0);

  return (
    <>
      <h1>Inscrire une personne à une réunion d'information</h1>
      <p className="lead">
        Vous accompagnez une personne qui a un projet d'activité ? Inscrivez-la à une réunion d'information collective
        pour qu'elle découvre la coopérative.
      </p>
      {result ? (
        <div className="success" role="status">
          <h2>
            {result.status === "WAITLISTED"
              ? "La personne est inscrite sur la liste d'attente"
              : "La personne est inscrite"}
          </h2>
          <p>{result.message}</p>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setResult(null);
                setRound((n) => n + 1);
              }}
            >
              Inscrire une autre personne
            </button>
            <Link to="/intranet/orientations">Voir les personnes que j'ai orientées</Link>
          </div>
        </div>
      ) : (
        <Loaded result={loaderData.meetings}>
          {(page) => {
            const open = page.items.filter((m) => m.registrationOpen && m.status !== "CANCELLED");
            return open.length === 0 ? (
              <p className="notice">Aucune réunion d'information n'est ouverte aux inscriptions pour le moment.</p>
            ) : loaderData.consent ? (
              <ReferralForm key={round} meetings={open} consent={loaderData.consent} onDone={setResult} />
            ) : (
              <LoadFailure result={{ status: 503 }} />
            );
          }}
        </Loaded>
      )}
    </>
  );
}

export default membersOnly(Refer);
