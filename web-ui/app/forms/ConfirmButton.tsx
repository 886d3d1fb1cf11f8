// A button that asks in place before something that cannot be undone.
import { useEffect, useId, useRef, useState } from "react";

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
  onConfirm: (reason: string) => undefined | Promise<unknown>;
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
