import { sendContactMessage, type ContactRequest, type ContactTopic, type FailureTexts } from "../lib/api";
import { FormAlert, Honeypot, formFields, usePublicForm, type FormErrors } from "./PublicForm";

export const CONTACT_TOPICS: Record<ContactTopic, string> = {
  INFORMATION: "Une demande d'information",
  PROJECT: "Présenter mon projet",
  PARTNERSHIP: "Un partenariat",
  PRESCRIBER: "Je suis prescripteur",
  OTHER: "Autre chose",
};

const FAILURE: FailureTexts = {
  unreachable: "Impossible d'envoyer votre message pour le moment. Vérifiez votre connexion puis réessayez.",
  notFound: "Le formulaire de contact est indisponible. Écrivez-nous à contact@coopemploi.com.",
  other: "Votre message n'a pas pu être envoyé. Réessayez plus tard ou écrivez-nous à contact@coopemploi.com.",
};

const LABELS: Record<string, string> = {
  name: "Nom et prénom",
  email: "Adresse e-mail",
  phone: "Téléphone",
  topic: "Objet",
  message: "Votre message",
  consent: "Consentement",
};

function validate(r: ContactRequest): FormErrors {
  const fields: Record<string, string> = {};
  if (!r.name) fields.name = "Indiquez votre nom.";
  if (!r.email) fields.email = "Indiquez votre adresse e-mail.";
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(r.email)) fields.email = "Cette adresse e-mail ne semble pas valide.";
  if (!r.topic) fields.topic = "Choisissez l'objet de votre message.";
  if (r.message.length < 10) fields.message = "Écrivez votre message (10 caractères au moins).";
  else if (r.message.length > 5000) fields.message = "Votre message doit compter 5 000 caractères au plus.";
  if (!r.consent) fields.consent = "Votre accord est nécessaire pour que nous puissions vous répondre.";
  return Object.keys(fields).length ? { fields, general: "Merci de corriger les champs signalés." } : { fields };
}

function readForm(form: HTMLFormElement): ContactRequest {
  const fd = new FormData(form);
  const text = (name: string) => String(fd.get(name) ?? "").trim();
  return {
    name: text("name"),
    email: text("email"),
    ...(text("phone") ? { phone: text("phone") } : {}),
    topic: text("topic") as ContactTopic | "",
    message: text("message"),
    consent: fd.get("consent") === "on",
    honeypot: text("site_web"),
  };
}

/** The contact form of the public site; sent by fetch to notification-service, which mails the team. */
export function ContactForm() {
  const { hydrated, sending, errors, result, alertRef, successRef, onSubmit } = usePublicForm({
    read: readForm,
    validate,
    send: sendContactMessage,
    texts: FAILURE,
  });

  if (result) {
    return (
      <div className="success" role="status" tabIndex={-1} ref={successRef}>
        <h3>Merci, votre message est parti</h3>
        <p>{result.message}</p>
      </div>
    );
  }

  const { err, describedBy, fieldError, input } = formFields("contact", errors);
  return (
    <form className="registration-form" onSubmit={onSubmit} noValidate aria-labelledby="ecrire">
      <h2 id="ecrire">Nous écrire</h2>
      <p className="muted">Tous les champs sont obligatoires, sauf mention contraire.</p>
      <FormAlert errors={errors} labels={LABELS} prefix="contact" ref={alertRef} />

      <div className="form-grid">
        {input("name", LABELS.name, "text", "name")}
        {input("email", LABELS.email, "email", "email")}
        {input("phone", LABELS.phone, "tel", "tel", false)}
        <div className="field">
          <label htmlFor="contact-topic">{LABELS.topic}</label>
          <select
            id="contact-topic"
            name="topic"
            defaultValue=""
            aria-required
            aria-invalid={err("topic") ? true : undefined}
            aria-describedby={describedBy("topic")}
          >
            <option value="">Choisir l'objet</option>
            {Object.entries(CONTACT_TOPICS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
          {fieldError("topic")}
        </div>
      </div>
      <div className="field">
        <label htmlFor="contact-message">{LABELS.message}</label>
        <textarea
          id="contact-message"
          name="message"
          rows={7}
          maxLength={5000}
          aria-required
          aria-invalid={err("message") ? true : undefined}
          aria-describedby={describedBy("message")}
        />
        {fieldError("message")}
      </div>

      <Honeypot />

      <div className="field field-checkbox">
        <input
          id="contact-consent"
          name="consent"
          type="checkbox"
          aria-required
          aria-invalid={err("consent") ? true : undefined}
          aria-describedby={describedBy("consent", "contact-consent-notice")}
        />
        <label htmlFor="contact-consent">J'accepte que COOP'EMPLOI conserve ce message pour me répondre.</label>
        {fieldError("consent")}
      </div>
      <p className="notice-small" id="contact-consent-notice">
        Votre message est lu par l'équipe permanente de COOP'EMPLOI et n'est jamais cédé. Vous pouvez demander son
        effacement en écrivant à <a href="mailto:contact@coopemploi.com">contact@coopemploi.com</a>.
      </p>

      <button type="submit" className="button" disabled={!hydrated || sending}>
        {sending ? "Envoi en cours…" : "Envoyer mon message"}
      </button>
      <noscript>
        <p className="notice">Le formulaire nécessite JavaScript. Écrivez-nous directement à contact@coopemploi.com.</p>
      </noscript>
    </form>
  );
}
