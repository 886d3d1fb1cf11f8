import { getMyEmailPreferences, saveMyEmailPreferences } from "../api/notification";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import type { Route } from "./+types/my-email-preferences";
import { EmailPreferencesForm } from "./EmailPreferencesForm";

export async function clientLoader() {
  return forMembers(async () => ({ preferences: await getMyEmailPreferences() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Mes e-mails", "/intranet/courriels", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function MyEmailPreferences({ loaderData }: { loaderData: PageData }) {
  return (
    <>
      <h1>Mes e-mails</h1>
      <p>
        Choisissez les e-mails facultatifs que vous recevez à l'adresse de votre compte. Le lien en bas de ces e-mails
        mène au même choix.
      </p>
      <Loaded result={loaderData.preferences}>
        {(preferences) => <EmailPreferencesForm initial={preferences} save={saveMyEmailPreferences} />}
      </Loaded>
    </>
  );
}

export default membersOnly(MyEmailPreferences);
