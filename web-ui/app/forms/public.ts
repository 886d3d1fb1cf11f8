// The life of a public form (registration to a meeting, contact): server-rendered with every field, disabled until
// hydrated (it is sent by fetch), checked in the browser first, then sent; the error summary or the success
// message takes the focus when it appears.
import { useEffect, useRef, useState } from "react";
import { type ApiResult, type FailureTexts, type Messages, problemMessages } from "../api/client";

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
