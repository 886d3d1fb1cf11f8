// The contact form of the public site; sent by fetch to notification-service, which mails the team.
import type { FailureTexts } from "../api/client";
import type { ConsentVersion } from "../api/events";
import { type ContactRequest, labels, sendContactMessage } from "../api/notification";
import {
  CheckboxField,
  CORRECT_FIELDS,
  ErrorSummary,
  type FormErrors,
  Honeypot,
  looksLikeEmail,
  Options,
  SelectField,
  TextAreaField,
  TextField,
  usePublicForm,
} from "../forms";
import { TeamMailbox, useTeamMailboxText } from "../ui/TeamMailbox";

type Topic = ContactRequest["topic"];

/** The topics as notification-service labels them (its e-mails to the team use the same words). */
export const CONTACT_TOPICS: Readonly<Record<Topic, string>> = labels.ContactTopic;

const PREFIX = "contact";

const failureTexts = (mailbox: string): FailureTexts => ({
  unreachable: "Impossible d'envoyer votre message pour le moment. Vérifiez votre connexion puis réessayez.",
  notFound: `Le formulaire de contact est indisponible. Écrivez-nous à ${mailbox}.`,
  other: `Votre message n'a pas pu être envoyé. Réessayez plus tard ou écrivez-nous à ${mailbox}.`,
});

const LABELS: Record<string, string> = {
  name: "Nom et prénom",
  email: "Adresse e-mail",
  phone: "Téléphone",
  topic: "Objet",
  message: "Votre message",
  consent: "Consentement",
};

/** What the form holds: the topic may still be unchosen; the consent text's version comes from the page. */
type Draft = Omit<ContactRequest, "topic" | "consentVersion"> & { topic: Topic | "" };

function validate(r: Draft): FormErrors {
  const fields: Record<string, string> = {};
  if (!r.name) fields.name = "Indiquez votre nom.";
  if (!r.email) fields.email = "Indiquez votre adresse e-mail.";
  else if (!looksLikeEmail(r.email)) fields.email = "Cette adresse e-mail ne semble pas valide.";
  if (!r.topic) fields.topic = "Choisissez l'objet de votre message.";
  if (r.message.length < 10) fields.message = "Écrivez votre message (10 caractères au moins).";
  else if (r.message.length > 5000) fields.message = "Votre message doit compter 5 000 caractères au plus.";
  if (!r.consent) fields.consent = "Votre accord est nécessaire pour que nous puissions vous répondre.";
  return Object.keys(fields).length ? { fields, general: CORRECT_FIELDS } : { fields };
}

function readForm(form: HTMLFormElement): Draft {
  const fd = new FormData(form);
  const text = (name: string) => String(fd.get(name) ?? "").trim();
  return {
    name: text("name"),
    email: text("email"),
    ...(text("phone") ? { phone: text("phone") } : {}),
    topic: text("topic") as Topic | "",
    message: text("message"),
    consent: fd.get("consent") === "on",
    honeypot: text("site_web"),
  };
}

/**
 * @param consent the consent text in force (events-service's `CONTACT_MESSAGE`), whose version is kept with the
 * message; `null` when it could not be read: no form then (notification-service keeps a message only with the version
 * in force), the team's address instead
 */
export function ContactForm({ consent }: { consent: ConsentVersion | null }) {
  const mailbox = useTeamMailboxText();
  const { hydrated, sending, errors, result, alertRef, successRef, onSubmit } = usePublicForm({
    read: readForm,
    validate,
    // validate() has refused an empty topic
    send: (draft: Draft) =>
      sendContactMessage({ ...draft, topic: draft.topic as Topic, consentVersion: consent?.version ?? 0 }),
    texts: failureTexts(mailbox),
  });

  if (result) {
    return (
      <div className="success" role="status" tabIndex={-1} ref={successRef}>
        <h3>Merci, votre message est parti</h3>
        <p>{String(result.message ?? "")}</p>
      </div>
    );
  }

  // without the text in force the form cannot say what the person agrees to
  if (!consent) {
    return (
      <p className="notice">
        Le formulaire de contact est momentanément indisponible. Écrivez directement à l'équipe : <TeamMailbox />.
      </p>
    );
  }

  const field = { prefix: PREFIX, errors: errors.fields };
  return (
    <form className="registration-form" onSubmit={onSubmit} noValidate aria-labelledby="ecrire">
      <h2 id="ecrire">Nous écrire</h2>
      <p className="muted">Tous les champs sont obligatoires, sauf mention contraire.</p>
      {errors.general && (
        <ErrorSummary ref={alertRef} message={errors.general} fields={errors.fields} labels={LABELS} prefix={PREFIX} />
      )}

      <div className="form-grid">
        <TextField {...field} name="name" label={LABELS.name} autoComplete="name" />
        <TextField {...field} name="email" label={LABELS.email} type="email" autoComplete="email" />
        <TextField {...field} name="phone" label={LABELS.phone} type="tel" autoComplete="tel" required={false} />
        <SelectField {...field} name="topic" label={LABELS.topic} defaultValue="">
          <Options values={CONTACT_TOPICS} empty="Choisir l'objet" />
        </SelectField>
      </div>
      <TextAreaField {...field} name="message" label={LABELS.message} rows={7} maxLength={5000} />

      <Honeypot />

      <CheckboxField
        key={consent.version}
        {...field}
        name="consent"
        label={consent.statement}
        describedBy="contact-consent-notice"
      />
      <p className="notice-small" id="contact-consent-notice">
        {consent.notice} Écrire à l'équipe : <TeamMailbox />.
      </p>

      <button type="submit" className="button" disabled={!hydrated || sending}>
        {sending ? "Envoi en cours…" : "Envoyer mon message"}
      </button>
      <noscript>
        <p className="notice">Le formulaire nécessite JavaScript. Écrivez-nous directement à {mailbox}.</p>
      </noscript>
    </form>
  );
}
