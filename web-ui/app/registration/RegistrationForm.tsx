// Registration to an information meeting; sent by fetch, so it needs JavaScript (said in <noscript>).

import { type FailureTexts, UNAVAILABLE } from "../api/client";
import { type ConsentVersion, type RegistrationRequest, registerForEvent } from "../api/events";
import {
  CheckboxField,
  CORRECT_FIELDS,
  ErrorSummary,
  type FormErrors,
  Honeypot,
  looksLikeEmail,
  Options,
  SelectField,
  TextField,
  usePublicForm,
} from "../forms";
import { useTeamMailboxText } from "../ui/TeamMailbox";

/** Values sent as `heardFrom` (events-service accepts these codes only). */
export const HEARD_FROM: Record<string, string> = {
  FRANCE_TRAVAIL: "France Travail",
  MISSION_LOCALE: "Mission locale",
  PLIE: "PLIE",
  CCAS: "CCAS",
  OTHER_PRESCRIBER: "Autre structure d'accompagnement (ALE, Espace gestion…)",
  WORD_OF_MOUTH: "Bouche-à-oreille",
  INTERNET: "Internet ou réseaux sociaux",
  PRESS: "Presse ou radio",
  EVENT: "Salon ou manifestation",
  OTHER: "Autre",
};

const PREFIX = "reg";

const LABELS: Record<string, string> = {
  firstName: "Prénom",
  lastName: "Nom",
  email: "Adresse e-mail",
  phone: "Téléphone",
  town: "Commune",
  heardFrom: "Comment nous avez-vous connus ?",
  consent: "Consentement",
};

const TEXTS: FailureTexts = {
  unreachable: "Impossible de joindre le service d'inscription. Vérifiez votre connexion puis réessayez.",
  notFound: "Cet événement n'existe plus.",
  other: "L'inscription n'a pas pu être enregistrée. Merci de réessayer plus tard.",
};

function validate(r: RegistrationRequest): FormErrors {
  const fields: Record<string, string> = {};
  if (!r.firstName) fields.firstName = "Indiquez votre prénom.";
  if (!r.lastName) fields.lastName = "Indiquez votre nom.";
  if (!r.email) fields.email = "Indiquez votre adresse e-mail.";
  else if (!looksLikeEmail(r.email)) fields.email = "Cette adresse e-mail ne semble pas valide.";
  if (!r.town) fields.town = "Indiquez votre commune.";
  if (!r.consent) fields.consent = "Votre accord est nécessaire pour traiter votre inscription.";
  return Object.keys(fields).length ? { fields, general: CORRECT_FIELDS } : { fields };
}

function readForm(form: HTMLFormElement, consentVersion: number): RegistrationRequest {
  const fd = new FormData(form);
  const text = (name: string) => String(fd.get(name) ?? "").trim();
  return {
    firstName: text("firstName"),
    lastName: text("lastName"),
    email: text("email"),
    ...(text("phone") ? { phone: text("phone") } : {}),
    town: text("town"),
    ...(text("heardFrom") ? { heardFrom: text("heardFrom") } : {}),
    consent: fd.get("consent") === "on",
    consentVersion,
    honeypot: text("site_web"),
  };
}

export function RegistrationForm({ eventId, consent }: { eventId: string; consent: ConsentVersion | null }) {
  const mailbox = useTeamMailboxText();
  const { hydrated, sending, errors, result, alertRef, successRef, onSubmit } = usePublicForm({
    read: (form: HTMLFormElement) => readForm(form, consent?.version ?? 0),
    validate,
    send: (body: RegistrationRequest) => registerForEvent(eventId, body),
    texts: TEXTS,
  });

  if (result) {
    return (
      <div className="success" role="status" tabIndex={-1} ref={successRef}>
        <h3>
          {result.status === "WAITLISTED"
            ? "Vous êtes inscrit(e) sur la liste d'attente"
            : "Votre inscription est confirmée"}
        </h3>
        <p>{result.message}</p>
        <p>
          {result.status === "WAITLISTED"
            ? "Nous vous écrirons dès qu'une place se libère."
            : "Vous allez recevoir un e-mail de confirmation avec les informations pratiques."}
        </p>
      </div>
    );
  }

  // without the text in force the form cannot say what the person agrees to
  if (!consent) return <p className="notice">{UNAVAILABLE}</p>;

  const field = { prefix: PREFIX, errors: errors.fields };
  return (
    <form className="registration-form" onSubmit={onSubmit} noValidate aria-labelledby="inscription">
      <h2 id="inscription">S'inscrire à cette réunion</h2>
      <p className="muted">Tous les champs sont obligatoires, sauf mention contraire.</p>

      {errors.general && (
        <ErrorSummary ref={alertRef} message={errors.general} fields={errors.fields} labels={LABELS} prefix={PREFIX} />
      )}

      <div className="form-grid">
        <TextField {...field} name="firstName" label={LABELS.firstName} autoComplete="given-name" />
        <TextField {...field} name="lastName" label={LABELS.lastName} autoComplete="family-name" />
        <TextField {...field} name="email" label={LABELS.email} type="email" autoComplete="email" />
        <TextField {...field} name="phone" label={LABELS.phone} type="tel" autoComplete="tel" required={false} />
        <TextField {...field} name="town" label={LABELS.town} autoComplete="address-level2" />
        <SelectField {...field} name="heardFrom" label={LABELS.heardFrom} required={false} defaultValue="">
          <Options values={HEARD_FROM} empty="Choisir une réponse" />
        </SelectField>
      </div>

      <Honeypot />

      <CheckboxField
        key={consent.version}
        {...field}
        name="consent"
        label={consent.statement}
        describedBy="reg-consent-notice"
      />
      <p className="notice-small" id="reg-consent-notice">
        {consent.notice} <a href="/confidentialite">Notre politique de confidentialité</a>
      </p>

      <button type="submit" className="button" disabled={!hydrated || sending}>
        {sending ? "Envoi en cours…" : "Je m'inscris"}
      </button>
      <noscript>
        <p className="notice">
          L'inscription en ligne nécessite JavaScript. Vous pouvez aussi vous inscrire en écrivant à {mailbox}.
        </p>
      </noscript>
    </form>
  );
}
