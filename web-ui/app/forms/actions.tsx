// Intranet actions: one API call at a time for a page or a form, its French outcome shown next to what was done,
// then the page's route loaders run again (the one way intranet pages get their data).
import { useEffect, useRef, useState } from "react";
import { useRevalidator } from "react-router";
import { ACTION_TEXTS, type ApiResult, problemMessages } from "../api/client";
import { ErrorSummary } from "./ErrorSummary";
import { CONSENT_CHANGED } from "./public";
import { CORRECT_FIELDS } from "./values";

export type Outcome =
  | { key: string; kind: "success"; message: string }
  | { key: string; kind: "error"; message: string; fields: Record<string, string>; status: number };

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
    // a consent text changed meanwhile (a prescriber's referral): the loaders read the text in force again, and the
    // form shows it, its box unticked (keyed by version), as the public forms do
    if (r.problem?.type === CONSENT_CHANGED) await revalidator.revalidate();
    return { ok: false };
  }

  /** A failure found before sending anything (required fields). */
  function fail(key: string, fields: Record<string, string>) {
    setOutcome({ key, kind: "error", message: CORRECT_FIELDS, fields, status: 400 });
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

/** The outcome of an action: a status message, or the error summary (with the login link on 401). */
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
  return (
    <ErrorSummary
      ref={ref}
      message={shown.message}
      fields={shown.fields}
      labels={labels}
      prefix={idPrefix}
      login={shown.status === 401}
    />
  );
}
