// What the public forms (registration to a meeting, contact) share: the summary of errors at the top, each linked
// to its field, and labelled inputs that point to their error message.
import { forwardRef, useEffect, useRef, useState } from "react";
import { problemMessages, type ApiResult, type FailureTexts } from "../lib/api";

export type FormErrors = { fields: Record<string, string>; general?: string };

/** « Merci de corriger… » with a link to each field in error; focused when it appears. */
export const FormAlert = forwardRef<HTMLDivElement, { errors: FormErrors; labels: Record<string, string>; prefix: string }>(
  function FormAlert({ errors, labels, prefix }, ref) {
    if (!errors.general) return null;
    return (
      <div className="form-alert" role="alert" tabIndex={-1} ref={ref}>
        <p>{errors.general}</p>
        {Object.keys(errors.fields).length > 0 && (
          <ul>
            {Object.entries(errors.fields).map(([name, message]) => (
              <li key={name}>
                <a href={`#${prefix}-${name}`}>
                  {labels[name] ?? name} : {message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  },
);

/** Field helpers bound to a form's id prefix and its current errors. */
export function formFields(prefix: string, errors: FormErrors) {
  const err = (name: string) => errors.fields[name];
  const describedBy = (name: string, hint?: string) =>
    [hint, err(name) ? `${prefix}-${name}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const fieldError = (name: string) =>
    err(name) && (
      <p className="field-error" id={`${prefix}-${name}-error`}>
        {err(name)}
      </p>
    );
  const input = (name: string, label: string, type: string, autoComplete: string, required = true) => (
    <div className="field">
      <label htmlFor={`${prefix}-${name}`}>
        {label}
        {!required && <span className="optional"> (facultatif)</span>}
      </label>
      <input
        id={`${prefix}-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        aria-required={required || undefined}
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={describedBy(name)}
      />
      {fieldError(name)}
    </div>
  );
  return { err, describedBy, fieldError, input };
}

/** The field robots fill in and people never see. */
export function Honeypot() {
  return (
    <div className="hp" aria-hidden="true">
      <label htmlFor="site_web">Ne pas remplir ce champ</label>
      <input id="site_web" name="site_web" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}

/**
 * The life of a public form: disabled until hydrated (it is sent by fetch), checked in the browser first, then sent;
 * the error summary or the success message takes the focus when it appears.
 */
export function usePublicForm<B, T>({
  read,
  validate,
  send,
  texts,
}: {
  read: (form: HTMLFormElement) => B;
  validate: (body: B) => FormErrors;
  send: (body: B) => Promise<ApiResult<T>>;
  texts?: FailureTexts;
}) {
  const [hydrated, setHydrated] = useState(false);
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [result, setResult] = useState<T | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);

  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (errors.general) alertRef.current?.focus();
  }, [errors]);
  useEffect(() => {
    if (result) successRef.current?.focus();
  }, [result]);

  async function onSubmit(ev: React.FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    const body = read(ev.currentTarget);
    const local = validate(body);
    if (local.general) return setErrors(local);
    setErrors({ fields: {} });
    setSending(true);
    const r = await send(body);
    setSending(false);
    if (r.ok) setResult(r.data);
    else setErrors(problemMessages(r, texts));
  }

  return { hydrated, sending, errors, result, alertRef, successRef, onSubmit };
}
