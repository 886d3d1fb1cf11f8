// The decision buttons of the platform's one moderation model (platform-moderation), for whatever is moderated:
// validate, refuse with a reason, withdraw with a reason, restore. A resource of the centre and a showcase use them.
import { ConfirmButton } from "./ConfirmButton";

/** What the buttons say of the moderated thing, in French. */
export type ModerationWording = {
  /** who reads a refusal's or a withdrawal's reason: « l'auteur », « l'entrepreneur » */
  author: string;
  /** the withdraw button: « Retirer du centre », « Retirer du site » */
  withdrawLabel: string;
  /** what withdrawing does, asked before it is done */
  withdrawQuestion: string;
  /** the button confirming the withdrawal: « Retirer la ressource » */
  withdrawConfirm: string;
};

/**
 * The steps a reviewer may take on one moderated thing. A step shows only when its handler is given and `can`
 * allows it; refusing and withdrawing ask for a reason (required, shown to the author) before calling the handler.
 */
export function ModerationActions({
  can,
  wording,
  disabled,
  onValidate,
  onReject,
  onWithdraw,
  onRestore,
}: {
  can: { review?: boolean; withdraw?: boolean; restore?: boolean };
  wording: ModerationWording;
  /** while a step runs: no second one */
  disabled?: boolean;
  onValidate?: () => Promise<unknown>;
  onReject?: (reason: string) => Promise<unknown>;
  onWithdraw?: (reason: string) => Promise<unknown>;
  onRestore?: () => Promise<unknown>;
}) {
  return (
    <>
      {can.review && onValidate && (
        <button type="button" className="button" disabled={disabled} onClick={() => onValidate()}>
          Valider et publier
        </button>
      )}
      {can.review && onReject && (
        <ConfirmButton
          label="Refuser"
          question={`Refuser cette version ? La raison sera envoyée à ${wording.author}.`}
          confirmLabel="Refuser cette version"
          cancelLabel="Ne pas refuser"
          reasonLabel={`Raison du refus (montrée à ${wording.author})`}
          disabled={disabled}
          onConfirm={onReject}
        />
      )}
      {can.withdraw && onWithdraw && (
        <ConfirmButton
          label={wording.withdrawLabel}
          question={wording.withdrawQuestion}
          confirmLabel={wording.withdrawConfirm}
          cancelLabel="La laisser en ligne"
          reasonLabel={`Raison du retrait (montrée à ${wording.author})`}
          disabled={disabled}
          onConfirm={onWithdraw}
        />
      )}
      {can.restore && onRestore && (
        <button type="button" className="button button-secondary" disabled={disabled} onClick={() => onRestore()}>
          Rétablir
        </button>
      )}
    </>
  );
}
