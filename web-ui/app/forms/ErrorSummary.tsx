// The one summary of a form's errors: the general message, then each field's error linked to its field; it takes
// the focus when it appears (the caller passes the ref).
import { forwardRef } from "react";
import { LoginLink } from "../ui/ui";
import { fieldId } from "./fields";

export const ErrorSummary = forwardRef<
  HTMLDivElement,
  {
    message: string;
    fields: Record<string, string>;
    /** field name → label, for the links */
    labels?: Record<string, string>;
    /** the form's id prefix, to link each error to its field */
    prefix?: string;
    /** a 401: the session ended, offer to log in again */
    login?: boolean;
  }
>(function ErrorSummary({ message, fields, labels = {}, prefix, login = false }, ref) {
  const entries = Object.entries(fields);
  return (
    <div className="form-alert" role="alert" tabIndex={-1} ref={ref}>
      <p>{message}</p>
      {entries.length > 0 && (
        <ul>
          {entries.map(([name, error]) => (
            <li key={name}>
              {prefix && labels[name] ? (
                <a href={`#${fieldId(prefix, name)}`}>
                  {labels[name]} : {error}
                </a>
              ) : (
                <>
                  {labels[name] ?? name} : {error}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {login && (
        <p>
          <LoginLink className="button button-small" />
        </p>
      )}
    </div>
  );
});
