// The choice of non-essential e-mails, shared by the public page of the e-mails' signed link and the intranet page.
import { useState } from "react";
import type { ApiResult } from "../api/client";
import type { EmailPreferences, MailTopic } from "../api/notification";
import { CheckboxField, fieldErrors, OutcomeMessage, useAction } from "../forms";
import { useHydrated } from "../ui/ui";

export function EmailPreferencesForm({
  initial,
  save,
}: {
  initial: EmailPreferences;
  save: (received: MailTopic[]) => Promise<ApiResult<EmailPreferences>>;
}) {
  const hydrated = useHydrated();
  const action = useAction();
  const [preferences, setPreferences] = useState(initial);
  const [received, setReceived] = useState<Set<MailTopic>>(
    () => new Set(initial.topics.filter((t) => t.received).map((t) => t.topic)),
  );

  function toggle(topic: MailTopic, on: boolean) {
    setReceived((current) => {
      const next = new Set(current);
      if (on) next.add(topic);
      else next.delete(topic);
      return next;
    });
  }

  async function submit(chosen: MailTopic[]) {
    const outcome = await action.run(
      "preferences",
      () => save(chosen),
      (saved) =>
        saved.topics.some((t) => t.received)
          ? "Vos choix sont enregistrés."
          : "Vos choix sont enregistrés : vous ne recevrez plus que les e-mails indispensables.",
      { revalidate: false },
    );
    if (outcome.ok) {
      setPreferences(outcome.data);
      setReceived(new Set(outcome.data.topics.filter((t) => t.received).map((t) => t.topic)));
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit(preferences.topics.map((t) => t.topic).filter((topic) => received.has(topic)));
      }}
    >
      <p>
        Adresse : <strong>{preferences.address}</strong>
      </p>
      <fieldset className="fieldset">
        <legend>Les e-mails que je souhaite recevoir</legend>
        {preferences.topics.map((topic) => (
          <CheckboxField
            key={topic.topic}
            prefix="courriels"
            name={topic.topic}
            label={topic.label}
            hint={topic.description}
            required={false}
            errors={fieldErrors(action.outcome, "preferences")}
            checked={received.has(topic.topic)}
            onChange={(event) => toggle(topic.topic, event.currentTarget.checked)}
          />
        ))}
      </fieldset>
      <p className="field-hint">{preferences.essential}</p>
      <OutcomeMessage outcome={action.outcome} forKey="preferences" focus />
      <div className="actions">
        <button type="submit" className="button" disabled={!hydrated || action.pending !== null}>
          {action.pending ? "Enregistrement…" : "Enregistrer mes choix"}
        </button>{" "}
        <button
          type="button"
          className="button button-secondary"
          disabled={!hydrated || action.pending !== null}
          onClick={() => void submit([])}
        >
          Ne plus rien recevoir de facultatif
        </button>
      </div>
    </form>
  );
}
