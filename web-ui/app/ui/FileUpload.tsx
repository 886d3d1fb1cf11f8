// The one upload widget (the resource centre's files, the showcases' pictures and logo), with Uppy (its core and its
// XHR uploader): each file is sent as the raw body of its own request to the address `endpoint` gives, with its
// progress shown and a button to cancel it; the service checks it as it comes (size, real type) and keeps nothing of
// a refused or cancelled file. Outcomes are announced; then the page's loaders run again.
import Uppy from "@uppy/core";
import XHRUpload from "@uppy/xhr-upload";
import { useEffect, useId, useRef, useState } from "react";
import { useRevalidator } from "react-router";
import { readCookie } from "../api/client";

type Sending = {
  id: string;
  name: string;
  percent: number;
  state: "sending" | "done" | "failed" | "cancelled";
  message?: string;
};

/** The French reason of a refusal, from the service's problem+json. */
function reasonOf(body: unknown, status: number | undefined): string {
  const problem = (body ?? {}) as { detail?: string; errors?: { message?: string }[] };
  const first = problem.errors?.[0]?.message;
  if (first) return first;
  if (problem.detail) return problem.detail;
  if (status === 413) return "Ce fichier est trop volumineux.";
  if (status === 415) return "Ce format de fichier n'est pas accepté.";
  if (status === 401) return "Votre session a expiré : merci de vous reconnecter.";
  return "L'envoi n'a pas abouti. Vérifiez votre connexion puis réessayez.";
}

/** The refused request's body and status: Uppy hands over the XMLHttpRequest itself. */
function answerOf(response: unknown): [unknown, number | undefined] {
  if (response && typeof response === "object" && "responseText" in response) {
    const xhr = response as XMLHttpRequest;
    try {
      return [JSON.parse(xhr.responseText), xhr.status];
    } catch {
      return [undefined, xhr.status];
    }
  }
  const answer = (response ?? {}) as { body?: unknown; status?: number };
  return [answer.body, answer.status];
}

export interface FileUploadProps {
  /** where one file goes, from its name (the body is the file itself) */
  endpoint: (name: string) => string;
  method?: "POST" | "PUT";
  label: string;
  hint: string;
  /** the input's `accept` */
  accept: string;
  multiple?: boolean;
  /** what is announced once a file is kept: « <name> <added> » */
  added: string;
  /** the service's answer to a kept file (before the loaders run again) */
  onUploaded?: (body: unknown) => void;
  disabled?: boolean;
}

export function FileUpload({
  endpoint,
  method = "POST",
  label,
  hint,
  accept,
  multiple = true,
  added,
  onUploaded,
  disabled,
}: FileUploadProps) {
  const inputId = useId();
  const revalidator = useRevalidator();
  const refresh = useRef(revalidator.revalidate);
  refresh.current = revalidator.revalidate;
  const uppyRef = useRef<Uppy | null>(null);
  const [sending, setSending] = useState<Sending[]>([]);
  const [announce, setAnnounce] = useState("");
  // the latest props, read by the handlers registered once
  const latest = useRef({ endpoint, added, onUploaded });
  latest.current = { endpoint, added, onUploaded };

  useEffect(() => {
    const update = (id: string, change: Partial<Sending>) =>
      setSending((all) => all.map((s) => (s.id === id ? { ...s, ...change } : s)));
    const uppy = new Uppy({ autoProceed: true, allowMultipleUploadBatches: true }).use(XHRUpload, {
      // one request per file, its name in the address (the body is the file itself)
      endpoint: (file) => latest.current.endpoint((Array.isArray(file) ? file[0] : file).name ?? "fichier"),
      method,
      formData: false,
      limit: 1,
      headers: () => {
        const headers: Record<string, string> = { Accept: "application/json, application/problem+json" };
        const token = readCookie("XSRF-TOKEN");
        if (token) headers["X-XSRF-TOKEN"] = token;
        return headers;
      },
      // a refusal's reason is in the problem+json body: read it, never retry a refused file
      shouldRetry: () => false,
      getResponseData: (xhr: XMLHttpRequest) => {
        try {
          return JSON.parse(xhr.responseText);
        } catch {
          return {};
        }
      },
    });
    uppy.on("file-added", (file) => {
      setSending((all) => [...all, { id: file.id, name: file.name ?? "fichier", percent: 0, state: "sending" }]);
      setAnnounce(`Envoi de ${file.name} commencé.`);
    });
    uppy.on("upload-progress", (file, progress) => {
      if (!file || !progress.bytesTotal) return;
      update(file.id, { percent: Math.round((100 * progress.bytesUploaded) / progress.bytesTotal) });
    });
    uppy.on("upload-success", (file, response) => {
      if (!file) return;
      update(file.id, { percent: 100, state: "done" });
      setAnnounce(`${file.name} ${latest.current.added}`);
      latest.current.onUploaded?.(response?.body);
      uppy.removeFile(file.id);
    });
    uppy.on("upload-error", (file, _error, response) => {
      if (!file) return;
      const message = reasonOf(...answerOf(response));
      update(file.id, { state: "failed", message });
      setAnnounce(`${file.name} n'est pas ajouté : ${message}`);
      uppy.removeFile(file.id);
    });
    uppy.on("complete", () => refresh.current());
    uppyRef.current = uppy;
    return () => {
      uppy.destroy();
      uppyRef.current = null;
    };
  }, [method]);

  function cancel(item: Sending) {
    uppyRef.current?.removeFile(item.id);
    setSending((all) => all.map((s) => (s.id === item.id ? { ...s, state: "cancelled" } : s)));
    setAnnounce(`Envoi de ${item.name} annulé : rien n'est gardé.`);
  }

  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <p className="field-hint" id={`${inputId}-hint`}>
          {hint}
        </p>
        <input
          id={inputId}
          type="file"
          multiple={multiple}
          disabled={disabled}
          accept={accept}
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => {
            const uppy = uppyRef.current;
            for (const file of Array.from(e.target.files ?? [])) {
              try {
                uppy?.addFile({ name: file.name, type: file.type, data: file, source: "input" });
              } catch {
                // Uppy refuses the same file twice in a row: it is already on its way
              }
            }
            e.target.value = "";
          }}
        />
      </div>
      {sending.length > 0 && (
        <ul className="plain stack" aria-label="Envois de fichiers">
          {sending.map((item) => (
            <li key={item.id}>
              <label className="progress">
                {item.name} :{" "}
                {item.state === "sending"
                  ? `${item.percent} %`
                  : item.state === "done"
                    ? "ajouté"
                    : item.state === "cancelled"
                      ? "envoi annulé"
                      : "refusé"}
                <progress max={100} value={item.state === "sending" || item.state === "done" ? item.percent : 0} />
              </label>
              {item.state === "sending" && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => cancel(item)}
                  aria-label={`Annuler l'envoi de ${item.name}`}
                >
                  Annuler l'envoi
                </button>
              )}
              {item.state === "failed" && <p className="field-error">{item.message}</p>}
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}
