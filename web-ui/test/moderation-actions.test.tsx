// The one set of moderation buttons (forms/ModerationActions.tsx): which steps show, that a refusal and a withdrawal
// cannot go without a reason, and what each handler receives.
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ModerationActions, type ModerationWording } from "../app/forms";

const WORDING: ModerationWording = {
  author: "l'auteur",
  withdrawLabel: "Retirer du centre",
  withdrawQuestion: "Retirer cette ressource ?",
  withdrawConfirm: "Retirer la ressource",
};

function handlers() {
  return {
    onValidate: vi.fn(async () => undefined),
    onReject: vi.fn(async (_reason: string) => undefined),
    onWithdraw: vi.fn(async (_reason: string) => undefined),
    onRestore: vi.fn(async () => undefined),
  };
}

const button = (name: string) => screen.getByRole("button", { name });

describe("the moderation buttons", () => {
  it("show only the steps the reviewer may take", () => {
    const h = handlers();
    const { rerender } = render(<ModerationActions can={{ review: true }} wording={WORDING} {...h} />);
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual(["Valider et publier", "Refuser"]);

    rerender(<ModerationActions can={{ withdraw: true }} wording={WORDING} {...h} />);
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual(["Retirer du centre"]);

    rerender(<ModerationActions can={{ restore: true }} wording={WORDING} {...h} />);
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual(["Rétablir"]);

    rerender(<ModerationActions can={{}} wording={WORDING} {...h} />);
    expect(screen.queryAllByRole("button")).toEqual([]);
  });

  it("hide a step whose handler the page does not give (a showcase is never restored)", () => {
    const { onValidate, onReject } = handlers();
    render(
      <ModerationActions
        can={{ review: true, withdraw: true, restore: true }}
        wording={WORDING}
        onValidate={onValidate}
        onReject={onReject}
      />,
    );
    expect(screen.queryByRole("button", { name: "Rétablir" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Retirer du centre" })).toBeNull();
  });

  it("validate at once and restore at once", () => {
    const h = handlers();
    const { rerender } = render(<ModerationActions can={{ review: true }} wording={WORDING} {...h} />);
    fireEvent.click(button("Valider et publier"));
    expect(h.onValidate).toHaveBeenCalledTimes(1);
    rerender(<ModerationActions can={{ restore: true }} wording={WORDING} {...h} />);
    fireEvent.click(button("Rétablir"));
    expect(h.onRestore).toHaveBeenCalledTimes(1);
  });

  it("refuse only with a reason, told to whom it goes, and send it trimmed", async () => {
    const h = handlers();
    render(<ModerationActions can={{ review: true }} wording={WORDING} {...h} />);
    fireEvent.click(button("Refuser"));
    expect(screen.getByText("Refuser cette version ? La raison sera envoyée à l'auteur.")).toBeTruthy();
    fireEvent.click(button("Refuser cette version"));
    expect(await screen.findByText("Indiquez le motif.")).toBeTruthy();
    expect(h.onReject).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText("Raison du refus (montrée à l'auteur)"), {
      target: { value: "  Il manque la source.  " },
    });
    fireEvent.click(button("Refuser cette version"));
    await vi.waitFor(() => expect(h.onReject).toHaveBeenCalledWith("Il manque la source."));
    expect(h.onValidate).not.toHaveBeenCalled();
  });

  it("withdraw only with a reason, in the page's own words", async () => {
    const h = handlers();
    render(<ModerationActions can={{ withdraw: true }} wording={WORDING} {...h} />);
    fireEvent.click(button("Retirer du centre"));
    expect(screen.getByText("Retirer cette ressource ?")).toBeTruthy();
    fireEvent.click(button("Retirer la ressource"));
    expect(await screen.findByText("Indiquez le motif.")).toBeTruthy();
    expect(h.onWithdraw).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText("Raison du retrait (montrée à l'auteur)"), {
      target: { value: "Document périmé" },
    });
    fireEvent.click(button("Retirer la ressource"));
    await vi.waitFor(() => expect(h.onWithdraw).toHaveBeenCalledWith("Document périmé"));
  });

  it("take no second step while one runs", () => {
    const h = handlers();
    render(<ModerationActions can={{ review: true, restore: true }} wording={WORDING} disabled {...h} />);
    fireEvent.click(button("Valider et publier"));
    fireEvent.click(button("Rétablir"));
    expect(h.onValidate).not.toHaveBeenCalled();
    expect(h.onRestore).not.toHaveBeenCalled();
    expect((button("Refuser") as HTMLButtonElement).disabled).toBe(true);
  });
});
