// « Réglages de la coopérative »: staff of the head office change what the whole platform shows of the cooperative
// (members-service: name, short name, logo, brand colours, addresses, e-mail sender, legal form, networks, social
// links). The palette is previewed while typing; the service decides on contrast and its French reason shows on the
// field. After a change the layout reads the settings again (root.tsx), so the header and colours follow at once.
import { useId, useRef, useState } from "react";
import {
  type CooperativeResponse,
  getCooperative,
  removeCooperativeLogo,
  updateCooperative,
  uploadCooperativeLogo,
} from "../api/members";
import {
  ConfirmButton,
  fieldErrors,
  OutcomeMessage,
  requireFields,
  TextAreaField,
  TextField,
  useAction,
} from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly, useIntranetUser } from "../intranet/page";
import { brandContrast, formatRatio, isColour, SETTINGS_PATH } from "../ui/cooperative";
import type { Route } from "./+types/settings";
import { linkRows, previewPalette, type SocialLinkRow, settingsErrors, settingsRequest } from "./values";

export async function clientLoader() {
  return forMembers(async () => ({ cooperative: await getCooperative() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Réglages de la coopérative", SETTINGS_PATH, matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

const PREFIX = "reglages";
const LABELS: Record<string, string> = {
  name: "Nom de la coopérative",
  shortName: "Nom court",
  primaryColour: "Couleur principale",
  secondaryColour: "Couleur d'accent",
  street: "Rue et numéro",
  postalCode: "Code postal",
  town: "Commune",
  contactEmail: "Adresse e-mail de l'équipe",
  phone: "Téléphone",
  senderName: "Nom de l'expéditeur des e-mails",
  senderEmail: "Adresse d'expédition des e-mails",
  legalForm: "Forme juridique et mentions légales",
  networks: "Réseaux",
  socialLinks: "Liens vers les réseaux sociaux",
  logo: "Logo",
};
const MAX_LINKS = 10;

function Swatch({ hex }: { hex: string }) {
  return (
    <svg className="swatch swatch-outlined" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect width="16" height="16" fill={hex} />
    </svg>
  );
}

/** The palette as the site will use it, and how each brand colour reads on the site's backgrounds. */
function PalettePreview({ primary, secondary }: { primary: string; secondary: string }) {
  const ready = isColour(primary) && (!secondary || isColour(secondary));
  if (!ready) {
    return <p className="field-hint">L'aperçu apparaît quand les couleurs sont écrites #rrggbb.</p>;
  }
  const palette = previewPalette(primary, secondary);
  const accent = palette[5].hex;
  const checks = [
    { label: LABELS.primaryColour, hex: primary },
    ...(secondary ? [{ label: LABELS.secondaryColour, hex: secondary }] : []),
  ].map((c) => ({ ...c, ...brandContrast(c.hex) }));
  return (
    <div className="palette-preview">
      <ul className="plain palette-list" aria-label="Palette de la plateforme">
        {palette.map((c) => (
          <li key={c.name}>
            <Swatch hex={c.hex} /> {c.label} : <code>{c.hex}</code>
          </li>
        ))}
      </ul>
      {/* an example of a page in these colours: drawn with SVG attributes (the policy allows no inline style) */}
      <svg
        className="palette-sample"
        viewBox="0 0 320 120"
        role="img"
        aria-label="Exemple : un titre dans la couleur principale, un bouton blanc sur la couleur d'accent"
      >
        <rect width="320" height="120" fill="#ffffff" stroke="#5c636a" />
        <rect y="80" width="320" height="40" fill="#f2f4f5" />
        <text x="16" y="32" fill={primary} fontSize="18" fontWeight="700">
          Titre de page
        </text>
        <text x="16" y="56" fill="#262b30" fontSize="13">
          Texte courant et <tspan fill={primary}>un lien</tspan>
        </text>
        <rect x="16" y="88" width="150" height="26" rx="4" fill={accent} />
        <text x="91" y="106" fill="#ffffff" fontSize="13" fontWeight="700" textAnchor="middle">
          Bouton d'action
        </text>
        <text x="182" y="106" fill={primary} fontSize="13">
          Lien sur gris clair
        </text>
      </svg>
      <ul className="plain" aria-label="Contraste des couleurs choisies">
        {checks.map((c) => (
          <li key={c.label} className={c.enough ? undefined : "field-error"}>
            {c.label} ({c.hex}) : contraste de {formatRatio(c.ratio)} sur le fond le moins favorable,{" "}
            {c.enough ? "suffisant (WCAG AA, 4,5:1)." : "insuffisant : il faut au moins 4,5:1 (WCAG AA)."}
          </li>
        ))}
      </ul>
    </div>
  );
}

function LogoForm({ cooperative }: { cooperative: CooperativeResponse }) {
  const action = useAction();
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  // the service's reason (a field error, or the problem's detail: too big, not an image) shown on the file field
  const failed = action.outcome?.key === "logo" && action.outcome.kind === "error" ? action.outcome : null;
  const fieldError = failed ? (Object.values(failed.fields)[0] ?? failed.message) : null;

  async function send(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!file) return action.fail("logo", { logo: "Choisissez l'image du logo." });
    const r = await action.run(
      "logo",
      () => uploadCooperativeLogo(file),
      () => "Le nouveau logo est enregistré.",
    );
    if (r.ok && fileRef.current) {
      fileRef.current.value = "";
      setFile(null);
    }
  }

  return (
    <form onSubmit={send} noValidate className="panel" aria-labelledby="logo">
      <h2 id="logo">Logo</h2>
      {cooperative.logoUrl ? (
        <p>
          <img className="logo-current" src={cooperative.logoUrl} alt={`Logo actuel de ${cooperative.name}`} />
        </p>
      ) : (
        <p>Pas encore de logo : le site montre le nom de la coopérative.</p>
      )}
      {action.outcome?.key === "logo" && action.outcome.kind === "success" && (
        <OutcomeMessage outcome={action.outcome} forKey="logo" />
      )}
      <div className="field">
        <label htmlFor={inputId}>{cooperative.logoUrl ? "Remplacer le logo" : "Ajouter un logo"}</label>
        <p className="field-hint" id={`${inputId}-hint`}>
          SVG, PNG, JPEG ou WebP, 1 Mo au plus. Un SVG est nettoyé de tout script à l'envoi.
        </p>
        <input
          id={inputId}
          ref={fileRef}
          type="file"
          accept=".svg,.png,.jpg,.jpeg,.webp,image/svg+xml,image/png,image/jpeg,image/webp"
          aria-describedby={[`${inputId}-hint`, fieldError ? `${inputId}-error` : ""].join(" ").trim()}
          aria-invalid={fieldError ? true : undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {fieldError && (
          <p className="field-error" id={`${inputId}-error`} role="alert">
            {fieldError}
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={action.pending !== null}>
          {action.pending === "logo" ? "Envoi en cours…" : "Envoyer le logo"}
        </button>
        {cooperative.logoUrl && (
          <ConfirmButton
            label="Retirer le logo"
            question="Retirer le logo ? Le site montrera le nom de la coopérative à sa place."
            confirmLabel="Oui, retirer le logo"
            disabled={action.pending !== null}
            onConfirm={() => action.run("remove", removeCooperativeLogo, () => "Le logo est retiré.")}
          />
        )}
      </div>
      <OutcomeMessage outcome={action.outcome} forKey="remove" />
    </form>
  );
}

function SettingsForm({ cooperative }: { cooperative: CooperativeResponse }) {
  const action = useAction();
  const [primary, setPrimary] = useState(cooperative.primaryColour);
  const [secondary, setSecondary] = useState(cooperative.secondaryColour ?? "");
  const [links, setLinks] = useState<SocialLinkRow[]>(() => linkRows(cooperative));
  const nextKey = useRef(links.length);
  const raw = fieldErrors(action.outcome, "save");
  const errors = settingsErrors(raw, links);
  const outcome =
    action.outcome?.key === "save" && action.outcome.kind === "error"
      ? { ...action.outcome, fields: errors }
      : action.outcome;
  const labels = { ...LABELS, ...linkLabels(links) };

  function changeLink(key: number, change: Partial<SocialLinkRow>) {
    setLinks((all) => all.map((l) => (l.key === key ? { ...l, ...change } : l)));
  }

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const body = settingsRequest(new FormData(e.currentTarget), links);
    const local = requireFields(
      { name: body.name, primaryColour: body.primaryColour, contactEmail: body.contactEmail },
      {
        name: "Indiquez le nom de la coopérative.",
        primaryColour: "Choisissez la couleur principale.",
        contactEmail: "Indiquez l'adresse e-mail de l'équipe.",
      },
    );
    if (Object.keys(local).length) return action.fail("save", local);
    await action.run(
      "save",
      () => updateCooperative(body),
      () => "Les réglages sont enregistrés : le site les montre déjà.",
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="reglages-titre" className="stack">
      <h2 id="reglages-titre" className="visually-hidden">
        Réglages
      </h2>
      <OutcomeMessage outcome={outcome} forKey="save" labels={labels} idPrefix={PREFIX} focus />

      <fieldset className="fieldset">
        <legend>Identité</legend>
        <div className="form-grid form-grid-2">
          <TextField
            prefix={PREFIX}
            name="name"
            label={LABELS.name}
            errors={errors}
            defaultValue={cooperative.name}
            maxLength={80}
          />
          <TextField
            prefix={PREFIX}
            name="shortName"
            label={LABELS.shortName}
            errors={errors}
            required={false}
            hint="En tête du site, dans l'onglet du navigateur et l'objet des e-mails."
            defaultValue={cooperative.shortName === cooperative.name ? "" : cooperative.shortName}
            maxLength={30}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Couleurs</legend>
        <p className="field-hint">
          Le site utilise le blanc, trois gris et ces couleurs. Chacune doit rester lisible sur le blanc et sur le gris
          clair (contraste d'au moins 4,5:1, WCAG AA).
        </p>
        <div className="form-grid form-grid-2">
          <TextField
            prefix={PREFIX}
            name="primaryColour"
            label={LABELS.primaryColour}
            errors={errors}
            hint="Liens et titres. Écrite #rrggbb, par exemple #1d4e89."
            value={primary}
            onChange={(e) => setPrimary(e.target.value.trim())}
            maxLength={7}
            spellCheck={false}
          />
          <TextField
            prefix={PREFIX}
            name="secondaryColour"
            label={LABELS.secondaryColour}
            errors={errors}
            required={false}
            hint="Boutons et appels à l'action ; sans elle, la couleur principale."
            value={secondary}
            onChange={(e) => setSecondary(e.target.value.trim())}
            maxLength={7}
            spellCheck={false}
          />
        </div>
        <PalettePreview primary={primary} secondary={secondary} />
      </fieldset>

      <fieldset className="fieldset">
        <legend>Adresse du siège</legend>
        <div className="form-grid form-grid-3">
          <TextField
            prefix={PREFIX}
            name="street"
            label={LABELS.street}
            errors={errors}
            required={false}
            defaultValue={cooperative.address?.street ?? ""}
          />
          <TextField
            prefix={PREFIX}
            name="postalCode"
            label={LABELS.postalCode}
            errors={errors}
            required={false}
            inputMode="numeric"
            maxLength={5}
            defaultValue={cooperative.address?.postalCode ?? ""}
          />
          <TextField
            prefix={PREFIX}
            name="town"
            label={LABELS.town}
            errors={errors}
            required={false}
            defaultValue={cooperative.address?.town ?? ""}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Contact et e-mails</legend>
        <div className="form-grid form-grid-2">
          <TextField
            prefix={PREFIX}
            name="contactEmail"
            label={LABELS.contactEmail}
            errors={errors}
            type="email"
            hint="Montrée sur le site et dans les e-mails."
            defaultValue={cooperative.contactEmail ?? ""}
          />
          <TextField
            prefix={PREFIX}
            name="phone"
            label={LABELS.phone}
            errors={errors}
            required={false}
            type="tel"
            defaultValue={cooperative.phone ?? ""}
          />
          <TextField
            prefix={PREFIX}
            name="senderName"
            label={LABELS.senderName}
            errors={errors}
            required={false}
            hint="Par défaut, le nom de la coopérative."
            defaultValue={cooperative.senderName === cooperative.name ? "" : cooperative.senderName}
          />
          <TextField
            prefix={PREFIX}
            name="senderEmail"
            label={LABELS.senderEmail}
            errors={errors}
            required={false}
            type="email"
            hint="Par défaut, celle du serveur d'envoi."
            defaultValue={cooperative.senderEmail ?? ""}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Mentions et réseaux</legend>
        <TextAreaField
          prefix={PREFIX}
          name="legalForm"
          label={LABELS.legalForm}
          errors={errors}
          required={false}
          rows={3}
          hint="Au pied de chaque page et sur les documents : forme juridique, capital, immatriculation."
          defaultValue={cooperative.legalForm ?? ""}
        />
        <TextAreaField
          prefix={PREFIX}
          name="networks"
          label={LABELS.networks}
          errors={errors}
          required={false}
          rows={3}
          hint="Les réseaux dont la coopérative est membre, un par ligne (10 au plus)."
          defaultValue={cooperative.networks.join("\n")}
        />
        <fieldset
          className="fieldset"
          aria-describedby={errors.socialLinks ? `${PREFIX}-socialLinks-error` : undefined}
        >
          <legend>{LABELS.socialLinks}</legend>
          {errors.socialLinks && (
            <p className="field-error" id={`${PREFIX}-socialLinks-error`}>
              {errors.socialLinks}
            </p>
          )}
          {links.length === 0 && <p>Aucun lien pour le moment.</p>}
          {links.map((l, i) => (
            <div key={l.key} className="form-grid form-grid-3 link-row">
              <TextField
                prefix={PREFIX}
                name={`link-${l.key}-label`}
                label={`Nom du lien ${i + 1}`}
                errors={errors}
                value={l.label}
                onChange={(e) => changeLink(l.key, { label: e.target.value })}
                maxLength={40}
              />
              <TextField
                prefix={PREFIX}
                name={`link-${l.key}-url`}
                label={`Adresse du lien ${i + 1}`}
                errors={errors}
                type="url"
                value={l.url}
                onChange={(e) => changeLink(l.key, { url: e.target.value })}
                placeholder="https://"
              />
              <div className="field">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setLinks((all) => all.filter((x) => x.key !== l.key))}
                >
                  Retirer le lien {i + 1}
                </button>
              </div>
            </div>
          ))}
          {links.length < MAX_LINKS && (
            <p>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => setLinks((all) => [...all, { key: nextKey.current++, label: "", url: "" }])}
              >
                Ajouter un lien
              </button>
            </p>
          )}
        </fieldset>
      </fieldset>

      <p>
        <button type="submit" className="button" disabled={action.pending !== null}>
          {action.pending === "save" ? "Enregistrement…" : "Enregistrer les réglages"}
        </button>
      </p>
    </form>
  );
}

function linkLabels(links: SocialLinkRow[]): Record<string, string> {
  return Object.fromEntries(
    links.flatMap((l, i) => [
      [`link-${l.key}-label`, `Nom du lien ${i + 1}`],
      [`link-${l.key}-url`, `Adresse du lien ${i + 1}`],
    ]),
  );
}

function Settings({ loaderData }: { loaderData: PageData }) {
  const user = useIntranetUser();
  return (
    <>
      <h1>Réglages de la coopérative</h1>
      <p className="lead">
        Ce que le site public, l'intranet, les e-mails et les documents montrent de la coopérative : son nom, son logo,
        ses couleurs, ses adresses et ses mentions.
      </p>
      {!user.managesEveryAntenna ? (
        <p className="notice">Seule l'équipe du siège change les réglages de la coopérative.</p>
      ) : (
        <Loaded result={loaderData.cooperative}>
          {(cooperative) => (
            <>
              <LogoForm cooperative={cooperative} />
              <SettingsForm cooperative={cooperative} />
            </>
          )}
        </Loaded>
      )}
    </>
  );
}

export default membersOnly(Settings);
