// Reading what a form holds and checking it in the browser before anything is sent.

/** FormData → trimmed text of one field. */
export function textOf(fd: FormData, name: string): string {
  return String(fd.get(name) ?? "").trim();
}

/** Adds `message` for each empty required field. */
export function requireFields(
  values: Record<string, string>,
  messages: Record<string, string>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [name, message] of Object.entries(messages)) if (!values[name]) errors[name] = message;
  return errors;
}

export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

/** The general message above a form whose fields have errors. */
export const CORRECT_FIELDS = "Merci de corriger les champs signalés.";
