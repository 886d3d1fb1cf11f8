// « Écrire à … »: a visitor writes to the entrepreneur through the showcase; members-service passes the message on
// with Reply-To the visitor, the entrepreneur's address stays hidden. Protected like the other public forms
// (honeypot, consent, the gateway's limits); in a preview it is shown but cannot be sent.
import { type FailureTexts, UNAVAILABLE } from "../api/client";
import type { ConsentVersion } from "../api/events";
import { sendShowcaseMessage } from "../api/members";
import {
  CheckboxField,
  CORRECT_FIELDS,
  ErrorSummary,
  type FormErrors,
  Honeypot,
  looksLikeEmail,
  TextAreaField,
  TextField,
  usePublicForm,
} from "../forms";

const PREFIX = "ecrire";

const LABELS: Record<string, string> = {
  name: "Nom et prénom",
  email: "Adresse e-mail",
  message: "Votre message",
  consent: "Consentement",
};

const TEXTS: FailureTexts = {
  unreachable: "Impossible d'envoyer votre message pour le moment. Vérifiez votre connexion puis réessayez.",
  notFound: "Cette vitrine ne reçoit pas de message pour le moment.",
  other: "Votre message n'a pas pu être envoyé. Réessayez plus tard.",
};

type Draft = { name: string; email: string; message: string; consent: boolean; honeypot: string };

export function validateVisitorMessage(r: Draft): FormErrors {
  const fields: Record<string, string> = {};
  if (!r.name) fields.name = "Indiquez votre nom.";
  if (!r.email) fields.email = "Indiquez votre adresse e-mail.";
  else if (!looksLikeEmail(r.email)) fields.email = "Cette adresse e-mail ne semble pas valide.";
  if (r.message.length < 10) fields.message = "Écrivez votre message (10 caractères au moins).";
  else if (r.message.length > 5000) fields.message = "Votre message doit compter 5 000 caractères au plus.";
  if (!r.consent) fields.consent = "Votre accord est nécessaire pour que votre message soit transmis.";
  return Object.keys(fields).length ? { fields, general: CORRECT_FIELDS } : { fields };
}

function readForm(form: HTMLFormElement): Draft {
  const fd = new FormData(form);
  const text = (name: string) => String(fd.get(name) ?? "").trim();
  return {
    name: text("name"),
    email: text("email"),
    message: text("message"),
    consent: fd.get("consent") === "on",
    honeypot: text("site_web"),
  };
}

export function ShowcaseContactForm({
  slug,
  businessName,
  level,
  preview = false,
  consent = null,
}: {
  slug: string;
  businessName: string;
  level: number;
  preview?: boolean;
  /**
   * the consent text in force (events-service's `SHOWCASE_MESSAGE`): its version is kept with the message's trace;
   * without it no form (members-service passes a message on only with the version in force), but in a preview
   */
  consent?: ConsentVersion | null;
}) {
  const { hydrated, sending, errors, result, alertRef, successRef, onSubmit } = usePublicForm({
    read: readForm,
    validate: validateVisitorMessage,
    send: (draft: Draft) => sendShowcaseMessage(slug, { ...draft, consentVersion: consent?.version ?? 0 }),
    texts: TEXTS,
  });
  const Heading = `h${Math.min(level, 6)}` as "h2";
  if (result) {
    return (
      <div className="success" role="status" tabIndex={-1} ref={successRef}>
        <p>{String(result.message ?? "Votre message est parti.")}</p>
      </div>
    );
  }
  const field = { prefix: PREFIX, errors: errors.fields };
  if (!consent && !preview) {
    return (
      <section aria-labelledby={`${PREFIX}-titre`}>
        <Heading id={`${PREFIX}-titre`}>Écrire à {businessName}</Heading>
        <p className="notice">{UNAVAILABLE}</p>
      </section>
    );
  }
  return (
    <form className="registration-form" onSubmit={onSubmit} noValidate aria-labelledby={`${PREFIX}-titre`}>
      <Heading id={`${PREFIX}-titre`}>Écrire à {businessName}</Heading>
      <p className="muted">Tous les champs sont obligatoires. Votre message lui est transmis par e-mail.</p>
      {errors.general && (
        <ErrorSummary ref={alertRef} message={errors.general} fields={errors.fields} labels={LABELS} prefix={PREFIX} />
      )}
      <TextField {...field} name="name" label={LABELS.name} autoComplete="name" maxLength={100} />
      <TextField {...field} name="email" label={LABELS.email} type="email" autoComplete="email" />
      <TextAreaField {...field} name="message" label={LABELS.message} rows={6} maxLength={5000} />
      <Honeypot />
      <CheckboxField
        key={consent?.version}
        {...field}
        name="consent"
        label={
          consent?.statement ??
          `J'accepte que mon nom, mon adresse et mon message soient transmis à ${businessName} pour qu'il me réponde.`
        }
        describedBy={consent ? `${PREFIX}-consent-notice` : undefined}
      />
      {consent && (
        <p className="notice-small" id={`${PREFIX}-consent-notice`}>
          {consent.notice}
        </p>
      )}
      {preview && <p className="notice-small">Aperçu : ce formulaire ne peut pas être envoyé d'ici.</p>}
      <button type="submit" className="button" disabled={preview || !hydrated || sending}>
        {sending ? "Envoi en cours…" : "Envoyer mon message"}
      </button>
    </form>
  );
}
