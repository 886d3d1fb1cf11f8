// Building blocks of the intranet pages: load failures, actions with their French outcome,
// form fields that show the API's per-field errors, and inline confirmations.
import { useEffect, useId, useRef, useState } from "react";
import { useRevalidator } from "react-router";
import { ACTION_TEXTS, type ApiResult, LOGIN_URL, type Problem, problemMessages } from "../lib/api";

export function LoginLink({ className = "button" }: { className?: string }) {
  return (
    <a href={LOGIN_URL} className={className}>
      Se connecter
    </a>
  );
}

/** What a page shows when its data could not be loaded: login on 401, the French detail on 403/404. */
export function LoadFailure({ result }: { result: { status: number; problem?: Problem } }) {
  if (result.status === 401) {
    return (
      <div className="notice">
        <p>Votre session a expiré ou vous n'êtes pas connecté·e. Connectez-vous pour accéder à cette page.</p>
        <p>
          <LoginLink />
        </p>
      </div>
    );
  }
  const detail = result.problem?.detail;
  let message: string;
  if (result.status === 403) message = detail ?? "Cette page est réservée à d'autres profils que le vôtre.";
  else if (result.status === 404) message = detail ?? "Ce que vous cherchez n'existe pas ou plus.";
  else message = "Ces informations sont momentanément indisponibles. Merci de réessayer dans quelques minutes.";
  return (
    <p className="notice" role="status">
      {message}
    </p>
  );
}

/** Renders `children(data)` when the result is a success, else the French failure. */
export function Loaded<T>({ result, children }: { result: ApiResult<T>; children: (data: T) => React.ReactNode }) {
  return result.ok ? <>{children(result.data)}</> : <LoadFailure result={result} />;
}

// ---- Actions ---------------------------------------------------------------------------------

export type Outcome =
  | { key: string; kind: "success"; message: string }
  | { key: string; kind: "error"; message: string; fields: Record<string, string>; status: number };

/**
 * Runs one API call at a time for a page or a form, keeps its French outcome, and reloads the page's
 * data after a success (so lists show the new state).
 */
export function useAction() {
  const revalidator = useRevalidator();
  const [pending, setPending] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function run<T>(
    key: string,
    call: () => Promise<ApiResult<T>>,
    success: (data: T) => string,
    { revalidate = true }: { revalidate?: boolean } = {},
  ): Promise<{ ok: true; data: T } | { ok: false }> {
    setPending(key);
    setOutcome(null);
    const r = await call();
    setPending(null);
    if (r.ok) {
      setOutcome({ key, kind: "success", message: success(r.data) });
      if (revalidate) await revalidator.revalidate();
      return { ok: true, data: r.data };
    }
    const m = problemMessages(r, ACTION_TEXTS);
    setOutcome({ key, kind: "error", message: m.general ?? ACTION_TEXTS.other, fields: m.fields, status: r.status });
    return { ok: false };
  }

  /** A failure found before sending anything (required fields). */
  function fail(key: string, fields: Record<string, string>) {
    setOutcome({ key, kind: "error", message: "Merci de corriger les champs signalés.", fields, status: 400 });
  }

  /** Shows a success decided elsewhere (a form that closed after saving). */
  function notify(key: string, message: string) {
    setOutcome({ key, kind: "success", message });
  }

  return { run, fail, notify, pending, outcome, clear: () => setOutcome(null) };
}

/** Per-field messages of the last outcome, if it belongs to `key`. */
export function fieldErrors(outcome: Outcome | null, key: string): Record<string, string> {
  return outcome && outcome.key === key && outcome.kind === "error" ? outcome.fields : {};
}

/** The outcome of an action: a status message, or an alert with the French detail (and the login link on 401). */
export function OutcomeMessage({
  outcome,
  forKey,
  labels = {},
  idPrefix,
  focus = false,
}: {
  outcome: Outcome | null;
  forKey: string;
  /** field name → label, for the links of the error summary */
  labels?: Record<string, string>;
  /** form id prefix, to link each field error to its input */
  idPrefix?: string;
  /** move focus to the message (forms: the error summary) */
  focus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = outcome && outcome.key === forKey ? outcome : null;
  useEffect(() => {
    if (shown && focus && shown.kind === "error") ref.current?.focus();
  }, [shown, focus]);
  if (!shown) return null;
  if (shown.kind === "success") {
    return (
      <div className="success" role="status" tabIndex={-1} ref={ref}>
        <p>{shown.message}</p>
      </div>
    );
  }
  const fields = Object.entries(shown.fields);
  return (
    <div className="form-alert" role="alert" tabIndex={-1} ref={ref}>
      <p>{shown.message}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map(([name, message]) => (
            <li key={name}>
              {idPrefix && labels[name] ? (
                <a href={`#${fieldId(idPrefix, name)}`}>
                  {labels[name]} : {message}
                </a>
              ) : (
                <>
                  {labels[name] ?? name} : {message}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {shown.status === 401 && (
        <p>
          <LoginLink className="button button-small" />
        </p>
      )}
    </div>
  );
}

// ---- Form fields -----------------------------------------------------------------------------

export function fieldId(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/[^\w-]/g, "-")}`;
}

interface FieldProps {
  prefix: string;
  name: string;
  label: string;
  errors: Record<string, string>;
  required?: boolean;
  hint?: string;
}

/** The props an input needs to be labelled, described by its hint and error, and flagged invalid. */
function useFieldProps({ prefix, name, errors, required = true, hint }: FieldProps) {
  const id = fieldId(prefix, name);
  const error = errors[name];
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return {
    id,
    error,
    input: {
      id,
      name,
      "aria-required": required || undefined,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy || undefined,
    },
  };
}

function FieldShell({
  id,
  label,
  required = true,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {!required && <span className="optional"> (facultatif)</span>}
      </label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField(props: FieldProps & React.InputHTMLAttributes<HTMLInputElement>) {
  const { prefix, name, label, errors, required = true, hint, ...rest } = props;
  const f = useFieldProps({ prefix, name, label, errors, required, hint });
  return (
    <FieldShell id={f.id} label={label} required={required} hint={hint} error={f.error}>
      <input type="text" {...rest} {...f.input} />
    </FieldShell>
  );
}

export function TextAreaField(props: FieldProps & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { prefix, name, label, errors, required = true, hint, ...rest } = props;
  const f = useFieldProps({ prefix, name, label, errors, required, hint });
  return (
    <FieldShell id={f.id} label={label} required={required} hint={hint} error={f.error}>
      <textarea rows={4} {...rest} {...f.input} />
    </FieldShell>
  );
}

export function SelectField(
  props: FieldProps & React.SelectHTMLAttributes<HTMLSelectElement> & { children: React.ReactNode },
) {
  const { prefix, name, label, errors, required = true, hint, children, ...rest } = props;
  const f = useFieldProps({ prefix, name, label, errors, required, hint });
  return (
    <FieldShell id={f.id} label={label} required={required} hint={hint} error={f.error}>
      <select {...rest} {...f.input}>
        {children}
      </select>
    </FieldShell>
  );
}

export function Options({ values, empty }: { values: Record<string, string>; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {Object.entries(values).map(([code, label]) => (
        <option key={code} value={code}>
          {label}
        </option>
      ))}
    </>
  );
}

/** FormData → trimmed text of one field. */
export function textOf(fd: FormData, name: string): string {
  return String(fd.get(name) ?? "").trim();
}

/** Adds `message` for each empty required field. */
export function requireFields(values: Record<string, string>, messages: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [name, message] of Object.entries(messages)) if (!values[name]) errors[name] = message;
  return errors;
}

// ---- Confirmation ----------------------------------------------------------------------------

/**
 * A button that asks before doing something that cannot be undone: the question and two buttons
 * appear in place, focus moves to the confirming button, Escape or "Annuler" go back.
 * With `reasonLabel`, a reason must be written first and is given to `onConfirm`.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  cancelLabel = "Ne rien faire",
  onConfirm,
  disabled,
  reasonLabel,
  ariaLabel,
  className = "button button-secondary button-small",
}: {
  label: string;
  /** the accessible name when the label alone is ambiguous (one button per row) */
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: (reason: string) => void | Promise<unknown>;
  disabled?: boolean;
  reasonLabel?: string;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const questionId = useId();
  const reasonId = useId();
  const firstRef = useRef<HTMLElement | null>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) firstRef.current?.focus();
    else if (wasOpen.current) openerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button
        type="button"
        className={className}
        onClick={() => setOpen(true)}
        disabled={disabled}
        ref={openerRef}
        aria-label={ariaLabel}
      >
        {label}
      </button>
    );
  }

  async function confirm() {
    if (reasonLabel && !reason.trim()) {
      setMissing(true);
      firstRef.current?.focus();
      return;
    }
    await onConfirm(reason.trim());
    setOpen(false);
  }

  return (
    <div
      className="confirm"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(e) => {
        if (e.key === "Escape") setOpen(false);
      }}
    >
      <p id={questionId}>{question}</p>
      {reasonLabel && (
        <div className="field">
          <label htmlFor={reasonId}>{reasonLabel}</label>
          <textarea
            id={reasonId}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-required
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${reasonId}-error` : undefined}
            ref={(el) => {
              firstRef.current = el;
            }}
          />
          {missing && (
            <p className="field-error" id={`${reasonId}-error`}>
              Indiquez le motif.
            </p>
          )}
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button-small"
          onClick={confirm}
          disabled={disabled}
          ref={(el) => {
            if (!reasonLabel) firstRef.current = el;
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => setOpen(false)}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}

// ---- Tables ----------------------------------------------------------------------------------

/** A table that scrolls sideways on small screens; the scrolling area is reachable with the keyboard. */
export function DataTable({ caption, children }: { caption: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <div className="table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="table">
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

// ---- Pages ---------------------------------------------------------------------------------------

/**
 * The default export of an intranet page whose loader uses forMembers(): visitors get null data and
 * the layout shows them the login link, so the page itself only renders with its data.
 */
export function membersOnly<D>(Page: React.ComponentType<{ loaderData: D }>) {
  function MembersOnly({ loaderData }: { loaderData: D | null }) {
    return loaderData ? <Page loaderData={loaderData} /> : null;
  }
  MembersOnly.displayName = `MembersOnly(${Page.displayName ?? Page.name})`;
  return MembersOnly;
}
