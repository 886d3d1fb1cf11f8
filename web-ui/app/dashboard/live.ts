// Live figures: the page keeps the dashboard's event stream open (server-sent events through the gateway) and runs its
// loaders again when the figures it shows change (an import, a recorded attendance, figures typed), so that an open
// dashboard updates by itself. EventSource reconnects on its own when the stream ends.
import { useEffect, useState } from "react";
import { useRevalidator } from "react-router";

/** Listens to `url` while the page is open; answers the French line to announce after an update, if any. */
export function useLiveFigures(url: string): string | null {
  const revalidator = useRevalidator();
  const [announced, setAnnounced] = useState<string | null>(null);
  // the revalidator changes on each render: the effect depends on what it watches only
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(url);
    source.addEventListener("figures", () => {
      revalidator.revalidate();
      setAnnounced(
        `Les chiffres viennent d'être mis à jour (${new Intl.DateTimeFormat("fr-FR", {
          timeZone: "Europe/Paris",
          hour: "2-digit",
          minute: "2-digit",
        }).format(new Date())}).`,
      );
    });
    return () => source.close();
  }, [url]);
  return announced;
}
