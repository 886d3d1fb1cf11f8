// How a personal file (dossier) is told: the journey's steps, the objectives' progress, the summaries read aloud.
import type { Objective as Figures } from "../api/dashboard";
import type { FileResponse } from "../api/members";
import { formatDay, formatEuros } from "../ui/format";

export type PersonalFile = FileResponse;
export type JourneyStep = FileResponse["journey"]["steps"][number];
export type FileObjective = FileResponse["objectives"][number];

export type StepState = "reached" | "next" | "later";

export function stepState(step: JourneyStep, next: string | null | undefined): StepState {
  if (step.reached) return "reached";
  return step.milestone === next ? "next" : "later";
}

/** What a step's line says besides its name: when it was reached, or whether it comes next. */
export function stepStatus(step: JourneyStep, next: string | null | undefined): string {
  switch (stepState(step, next)) {
    case "reached":
      return step.reachedOn ? `Franchie le ${formatDay(step.reachedOn)}` : "Franchie";
    case "next":
      return "Prochaine étape";
    default:
      return "À venir";
  }
}

export function journeySummary(journey: FileResponse["journey"]): string {
  const total = journey.steps.length;
  const reached = journey.reachedCount;
  if (reached === 0) return `Aucune étape franchie pour l'instant, sur ${total}.`;
  if (reached >= total) return `Parcours complet : les ${total} étapes sont franchies.`;
  return `${reached} ${reached > 1 ? "étapes franchies" : "étape franchie"} sur ${total}.`;
}

export interface Progress {
  /** 0–100 for a bar, or null when there is nothing to measure */
  percent: number | null;
  text: string;
  done: boolean;
}

/** An amount the service sends as a decimal string ("18000.00"), or a number. */
export function amountOf(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * Where an objective stands. A revenue objective's progress comes from the accounting's figures (dashboard-service,
 * the same objective by id); another objective has the status its coach sets.
 */
export function objectiveProgress(objective: FileObjective, figures: readonly Figures[] | undefined): Progress {
  if (objective.kind === "REVENUE") {
    const target = amountOf(objective.targetAmount);
    const measured = figures?.find((f) => f.id === objective.id);
    if (measured && target !== null) {
      const percent = Math.max(0, Math.min(100, Math.round(measured.progress)));
      return {
        percent,
        text: `${formatEuros(measured.achieved ?? 0)} sur ${formatEuros(target)} (${measured.progress} %)`,
        done: measured.progress >= 100,
      };
    }
    return {
      percent: null,
      text:
        target !== null
          ? `Objectif : ${formatEuros(target)}. L'avancement viendra des chiffres de la comptabilité.`
          : "L'avancement viendra des chiffres de la comptabilité.",
      done: false,
    };
  }
  return { percent: null, text: objective.statusLabel ?? "", done: objective.status === "DONE" };
}

export function objectivesSummary(objectives: readonly FileObjective[], figures: readonly Figures[] | undefined) {
  if (objectives.length === 0) return "Aucun objectif pour l'instant.";
  const done = objectives.filter((o) => objectiveProgress(o, figures).done).length;
  return `${done} ${done > 1 ? "objectifs atteints" : "objectif atteint"} sur ${objectives.length}.`;
}

/** "18000.00" → "18000,00", as a French form shows it back. */
export function amountInput(value: unknown): string {
  const n = amountOf(value);
  return n === null ? "" : String(n).replace(".", ",");
}

/** A postal address on one line, or null when none is known. */
export function addressLine(contact: FileResponse["contact"] | null | undefined): string | null {
  if (!contact) return null;
  const town = [contact.postalCode, contact.town].filter(Boolean).join(" ");
  const line = [contact.street, town].filter(Boolean).join(", ");
  return line || null;
}
