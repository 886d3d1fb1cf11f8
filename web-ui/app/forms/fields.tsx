// The fields of every form, public or intranet: a label, an optional hint, the input, and the field's error, linked
// together (aria-describedby, aria-invalid) and to the error summary by their id `<prefix>-<name>`.
import type React from "react";

export function fieldId(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/[^\w-]/g, "-")}`;
}

interface FieldProps {
  /** the form's id prefix: ids are `<prefix>-<name>` */
  prefix: string;
  /** the name sent, and the key of its error in `errors` (the API's errors[].field) */
  name: string;
  label: string;
  errors: Record<string, string>;
  required?: boolean;
  hint?: string;
  /** ids of further descriptions (a consent notice below the field) */
  describedBy?: string;
}

/** The props an input needs to be labelled, described by its hint and error, and flagged invalid. */
function fieldProps({ prefix, name, errors, required = true, hint, describedBy }: Omit<FieldProps, "label">) {
  const id = fieldId(prefix, name);
  const error = errors[name];
  const described = [hint ? `${id}-hint` : undefined, describedBy, error ? `${id}-error` : undefined]
    .filter(Boolean)
    .join(" ");
  return {
    id,
    error,
    input: {
      id,
      name,
      "aria-required": required || undefined,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": described || undefined,
    },
  };
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p className="field-hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p className="field-error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
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
      <Hint id={id} hint={hint} />
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

type Without<P, K extends keyof P> = Omit<P, K | keyof FieldProps>;

export function TextField(props: FieldProps & Without<React.InputHTMLAttributes<HTMLInputElement>, "id">) {
  const { prefix, name, label, errors, required = true, hint, describedBy, ...rest } = props;
  const f = fieldProps({ prefix, name, errors, required, hint, describedBy });
  return (
    <FieldShell id={f.id} label={label} required={required} hint={hint} error={f.error}>
      <input type="text" {...rest} {...f.input} />
    </FieldShell>
  );
}

export function TextAreaField(props: FieldProps & Without<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  const { prefix, name, label, errors, required = true, hint, describedBy, ...rest } = props;
  const f = fieldProps({ prefix, name, errors, required, hint, describedBy });
  return (
    <FieldShell id={f.id} label={label} required={required} hint={hint} error={f.error}>
      <textarea rows={4} {...rest} {...f.input} />
    </FieldShell>
  );
}

export function SelectField(
  props: FieldProps & Without<React.SelectHTMLAttributes<HTMLSelectElement>, "id"> & { children: React.ReactNode },
) {
  const { prefix, name, label, errors, required = true, hint, describedBy, children, ...rest } = props;
  const f = fieldProps({ prefix, name, errors, required, hint, describedBy });
  return (
    <FieldShell id={f.id} label={label} required={required} hint={hint} error={f.error}>
      <select {...rest} {...f.input}>
        {children}
      </select>
    </FieldShell>
  );
}

/** A checkbox with its label after it (consent, options). */
export function CheckboxField(props: FieldProps & Without<React.InputHTMLAttributes<HTMLInputElement>, "id" | "type">) {
  const { prefix, name, label, errors, required = true, hint, describedBy, ...rest } = props;
  const f = fieldProps({ prefix, name, errors, required, hint, describedBy });
  return (
    <div className="field field-checkbox">
      <input type="checkbox" {...rest} {...f.input} />
      <label htmlFor={f.id}>{label}</label>
      <Hint id={f.id} hint={hint} />
      <FieldError id={f.id} error={f.error} />
    </div>
  );
}

/** The options of a select from a value → label map (the services' labels), with an optional empty choice. */
export function Options({ values, empty }: { values: Readonly<Record<string, string>>; empty?: string }) {
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

/** The field robots fill in and people never see (public forms send it as `honeypot`). */
export function Honeypot() {
  return (
    <div className="hp" aria-hidden="true">
      <label htmlFor="site_web">Ne pas remplir ce champ</label>
      <input id="site_web" name="site_web" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}

/**
 * Several choices among a value → label map (the services' labels), as checkboxes in a fieldset whose legend is the
 * question; the form sends each checked value under `name` (read them with `formData.getAll(name)`).
 */
export function CheckboxGroupField({
  prefix,
  name,
  legend,
  values,
  errors,
  defaultChecked = [],
  hint,
}: {
  prefix: string;
  name: string;
  legend: string;
  values: Readonly<Record<string, string>>;
  errors: Record<string, string>;
  defaultChecked?: readonly string[];
  hint?: string;
}) {
  const id = fieldId(prefix, name);
  const error = errors[name];
  const described = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return (
    <fieldset className="fieldset" id={id} aria-describedby={described || undefined} tabIndex={-1}>
      <legend>
        {legend}
        <span className="optional"> (facultatif)</span>
      </legend>
      <Hint id={id} hint={hint} />
      <div className="chips">
        {Object.entries(values).map(([code, label]) => (
          <div key={code} className="field field-checkbox">
            <input
              id={`${id}-${code}`}
              type="checkbox"
              name={name}
              value={code}
              defaultChecked={defaultChecked.includes(code)}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={`${id}-${code}`}>{label}</label>
          </div>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
