import { registerForEvent, type RegistrationRequest } from "../lib/api";
import { HEARD_FROM } from "../lib/labels";
import { FormAlert, Honeypot, formFields, usePublicForm, type FormErrors as Errors } from "./PublicForm";

const FIELDS: [keyof RegistrationRequest, string][] = [
  ["firstName", "Prénom"],
  ["lastName", "Nom"],
  ["email", "Adresse e-mail"],
  ["phone", "Téléphone"],
  ["town", "Commune"],
  ["heardFrom", "Comment nous avez-vous connus ?"],
  ["consent", "Consentement"],
];
const LABELS = Object.fromEntries(FIELDS);

function validate(r: RegistrationRequest): Errors {
  const fields: Record<string, string> = {};
  if (!r.firstName) fields.firstName = "Indiquez votre prénom.";
  if (!r.lastName) fields.lastName = "Indiquez votre nom.";
  if (!r.email) fields.email = "Indiquez votre adresse e-mail.";
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(r.email)) fields.email = "Cette adresse e-mail ne semble pas valide.";
  if (!r.town) fields.town = "Indiquez votre commune.";
  if (!r.consent) fields.consent = "Votre accord est nécessaire pour traiter votre inscription.";
  return Object.keys(fields).length ? { fields, general: "Merci de corriger les champs signalés." } : { fields };
}

function readForm(form: HTMLFormElement): RegistrationRequest {
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
    honeypot: text("site_web"),
  };
}

/** Registration to an information meeting; sent by fetch, so it needs JavaScript (said in <noscript>). */
export function RegistrationForm({ eventId }: { eventId: string }) {
  const { hydrated, sending, errors, result, alertRef, successRef, onSubmit } = usePublicForm({
    read: readForm,
    validate,
    send: (body: RegistrationRequest) => registerForEvent(eventId, body),
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

  const { err, describedBy, fieldError, input } = formFields("reg", errors);

  return (
    <form className="registration-form" onSubmit={onSubmit} noValidate aria-labelledby="inscription">
      <h2 id="inscription">S'inscrire à cette réunion</h2>
      <p className="muted">Tous les champs sont obligatoires, sauf mention contraire.</p>

      <FormAlert errors={errors} labels={LABELS} prefix="reg" ref={alertRef} />

      <div className="form-grid">
        {input("firstName", "Prénom", "text", "given-name")}
        {input("lastName", "Nom", "text", "family-name")}
        {input("email", "Adresse e-mail", "email", "email")}
        {input("phone", "Téléphone", "tel", "tel", false)}
        {input("town", "Commune", "text", "address-level2")}
        <div className="field">
          <label htmlFor="reg-heardFrom">
            Comment nous avez-vous connus ?<span className="optional"> (facultatif)</span>
          </label>
          <select
            id="reg-heardFrom"
            name="heardFrom"
            defaultValue=""
            aria-invalid={err("heardFrom") ? true : undefined}
            aria-describedby={describedBy("heardFrom")}
          >
            <option value="">Choisir une réponse</option>
            {Object.entries(HEARD_FROM).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
          {fieldError("heardFrom")}
        </div>
      </div>

      <Honeypot />

      <div className="field field-checkbox">
        <input
          id="reg-consent"
          name="consent"
          type="checkbox"
          aria-required
          aria-invalid={err("consent") ? true : undefined}
          aria-describedby={describedBy("consent", "reg-consent-notice")}
        />
        <label htmlFor="reg-consent">J'accepte que COOP'EMPLOI traite ces informations pour gérer mon inscription.</label>
        {fieldError("consent")}
      </div>
      <p className="notice-small" id="reg-consent-notice">
        Vos données servent uniquement à organiser cette réunion et à vous recontacter au sujet de votre projet. Elles
        sont réservées à l'équipe de COOP'EMPLOI et ne sont jamais cédées. Vous pouvez y accéder, les rectifier ou les
        faire effacer en écrivant à <a href="mailto:contact@coopemploi.com">contact@coopemploi.com</a>.
      </p>

      <button type="submit" className="button" disabled={!hydrated || sending}>
        {sending ? "Envoi en cours…" : "Je m'inscris"}
      </button>
      <noscript>
        <p className="notice">
          L'inscription en ligne nécessite JavaScript. Vous pouvez aussi vous inscrire en écrivant à
          contact@coopemploi.com.
        </p>
      </noscript>
    </form>
  );
}
