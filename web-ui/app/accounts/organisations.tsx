import { createOrganisation, listOrganisations, type OrganisationRequest } from "../api/members";
import {
  fieldErrors,
  Options,
  OutcomeMessage,
  requireFields,
  SelectField,
  TextField,
  textOf,
  useAction,
} from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/organisations";
import { ORGANISATION_KINDS } from "./labels";

type OrganisationKind = OrganisationRequest["kind"];

export async function clientLoader() {
  return forMembers(async () => ({ organisations: await listOrganisations() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Organisations", "/intranet/gestion/organisations", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

const LABELS: Record<string, string> = { name: "Nom", kind: "Type", town: "Commune" };
const PREFIX = "organisation";

function Organisations({ loaderData }: { loaderData: PageData }) {
  const action = useAction();
  const errors = fieldErrors(action.outcome, "create");

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    const v = { name: textOf(fd, "name"), kind: textOf(fd, "kind"), town: textOf(fd, "town") };
    const local = requireFields(v, {
      name: "Indiquez le nom.",
      kind: "Choisissez le type.",
      town: "Indiquez la commune.",
    });
    if (Object.keys(local).length) return action.fail("create", local);
    const r = await action.run(
      "create",
      () => createOrganisation({ ...v, kind: v.kind as OrganisationKind }),
      (o) => `L'organisation « ${o.name} » est ajoutée.`,
    );
    if (r.ok) form.reset();
  }

  return (
    <>
      <h1>Organisations</h1>
      <p className="lead">
        Les structures prescriptrices partenaires : leurs conseillers peuvent inscrire des personnes aux réunions
        d'information.
      </p>
      <form onSubmit={onSubmit} noValidate aria-labelledby="ajouter" className="panel">
        <h2 id="ajouter">Ajouter une organisation</h2>
        <OutcomeMessage outcome={action.outcome} forKey="create" labels={LABELS} idPrefix={PREFIX} focus />
        <div className="form-grid form-grid-3">
          <TextField prefix={PREFIX} name="name" label={LABELS.name} errors={errors} />
          <SelectField prefix={PREFIX} name="kind" label={LABELS.kind} errors={errors} defaultValue="">
            <Options values={ORGANISATION_KINDS} empty="Choisir le type" />
          </SelectField>
          <TextField prefix={PREFIX} name="town" label={LABELS.town} errors={errors} />
        </div>
        <button type="submit" className="button" disabled={action.pending !== null}>
          Ajouter
        </button>
      </form>
      <Loaded result={loaderData.organisations}>
        {(list) =>
          list.length === 0 ? (
            <p>Aucune organisation pour le moment.</p>
          ) : (
            <DataTable caption={`Organisations partenaires (${list.length})`}>
              <thead>
                <tr>
                  <th scope="col">Nom</th>
                  <th scope="col">Type</th>
                  <th scope="col">Commune</th>
                </tr>
              </thead>
              <tbody>
                {[...list]
                  .sort((a, b) => a.name.localeCompare(b.name, "fr"))
                  .map((o) => (
                    <tr key={o.code}>
                      <th scope="row">{o.name}</th>
                      <td>{o.kindLabel || ORGANISATION_KINDS[o.kind]}</td>
                      <td>{o.town}</td>
                    </tr>
                  ))}
              </tbody>
            </DataTable>
          )
        }
      </Loaded>
    </>
  );
}

export default membersOnly(Organisations);
