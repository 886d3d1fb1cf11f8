import { data, Link } from "react-router";
import { UNAVAILABLE } from "../api/client";
import { type EmailPreferences, getEmailPreferencesByToken, saveEmailPreferencesByToken } from "../api/notification";
import { PrivacyByLink } from "../privacy/PrivacyByLink";
import { cooperativeFrom, useCooperative } from "../ui/cooperative";
import { seo } from "../ui/seo";
import { TeamMailbox } from "../ui/TeamMailbox";
import { Notice } from "../ui/ui";
import type { Route } from "./+types/email-preferences";
import { EmailPreferencesForm } from "./EmailPreferencesForm";

type PageData =
  | { token: string; preferences: EmailPreferences; failure: null; detail?: undefined }
  | { token: string; preferences: null; failure: "invalid" | "unavailable"; detail?: string };

// Reached from the footer link of every non-essential e-mail: no login, the signed token is the proof.
export async function loader({ request }: Route.LoaderArgs) {
  const token = (new URL(request.url).searchParams.get("jeton") ?? "").trim();
  const invalid = (detail?: string) =>
    data<PageData>({ token, preferences: null, failure: "invalid", detail }, { status: 404 });
  if (!token || token.length > 2000) return invalid();
  const r = await getEmailPreferencesByToken(token);
  if (r.ok) return data<PageData>({ token, preferences: r.data, failure: null });
  if (r.status === 404 || r.status === 400) return invalid(r.problem?.detail);
  return data<PageData>({ token, preferences: null, failure: "unavailable" }, { status: 503 });
}

// the page names (part of) an address: never kept by a shared cache, never indexed
export const headers: Route.HeadersFunction = () => ({
  "Cache-Control": "private, no-store",
  "X-Robots-Tag": "noindex",
});

export const meta: Route.MetaFunction = ({ matches }) =>
  seo({
    title: "Mes préférences d'e-mails",
    description: `Choisir les e-mails que ${cooperativeFrom(matches).name} vous envoie, depuis le lien reçu par e-mail.`,
    path: "/preferences-courriels",
    matches,
    noindex: true,
  });

export default function EmailPreferencesPage({ loaderData }: Route.ComponentProps) {
  const { token, preferences, failure, detail } = loaderData;
  const cooperative = useCooperative();
  return (
    <div className="container page">
      <h1>Mes préférences d'e-mails</h1>
      {failure === "unavailable" ? (
        <Notice>{UNAVAILABLE}</Notice>
      ) : failure ? (
        <>
          <p className="notice">{detail ?? "Ce lien n'est pas valide : il a peut-être été mal copié."}</p>
          <p>
            Vous avez un compte ? <Link to="/intranet/courriels">Choisissez vos e-mails dans votre espace</Link>. Sinon,
            écrivez-nous à <TeamMailbox />.
          </p>
        </>
      ) : (
        <>
          <p>
            Choisissez les e-mails facultatifs que {cooperative.name} vous envoie. Vous pouvez changer d'avis à tout
            moment.
          </p>
          <EmailPreferencesForm
            initial={preferences}
            save={(received) => saveEmailPreferencesByToken(token, received)}
          />
          <PrivacyByLink token={token} />
        </>
      )}
    </div>
  );
}
