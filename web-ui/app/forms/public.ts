// The life of a public form (registration to a meeting, contact, a message through a showcase): server-rendered with
// every field, disabled until hydrated (it is sent by fetch), checked in the browser first, then sent; the error
// summary or the success message takes the focus when it appears.
import { useEffect, useRef, useState } from "react";
import { useRevalidator } from "react-router";
import { type ApiResult, type FailureTexts, type Messages, problemMessages } from "../api/client";

/**
 * The problem a service answers when the form showed another consent text than the one in force (it changed since the
 * page opened): events-service for registrations, notification-service for the contact form, members-service for a
 * showcase's message.
 */
export const CONSENT_CHANGED = "https://coopemploi.com/problems/consent-changed";

export type { Messages as FormErrors };

export function usePublicForm<B, T>({
  read,
  validate,
  send,
  texts,
}: {
  read: (form: HTMLFormElement) => B;
  validate: (body: B) => Messages;
  send: (body: B) => Promise<ApiResult<T>>;
  texts?: FailureTexts;
}) {
  const [hydrated, setHydrated] = useState(false);
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<Messages>({ fields: {} });
  const [result, setResult] = useState<T | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const revalidator = useRevalidator();

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
    else {
      setErrors(problemMessages(r, texts));
      // the page reads the texts in force again: the form shows the new one (its box unticked, the form keys it by
      // version) and sends its version next time, while the summary says to read it
      if (r.problem?.type === CONSENT_CHANGED) revalidator.revalidate();
    }
  }

  return { hydrated, sending, errors, result, alertRef, successRef, onSubmit };
}
