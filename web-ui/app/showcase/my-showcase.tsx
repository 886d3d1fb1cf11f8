// « Ma vitrine »: the entrepreneur writes their showcase (activity, contact, links, pages with offers and pictures,
// logo), sees it as visitors will, proposes it to their coach, follows where it stands and can take it offline.
import { useRef, useState } from "react";
import {
  getMyShowcase,
  labels,
  type PictureView,
  removeMyShowcaseLogo,
  type ShowcaseDraft,
  type ShowcaseInput,
  saveMyShowcase,
  showcaseImageUploadUrl,
  showcaseLogoUploadUrl,
  submitMyShowcase,
  unpublishMyShowcase,
} from "../api/members";
import {
  CheckboxField,
  ConfirmButton,
  fieldErrors,
  fieldId,
  Options,
  OutcomeMessage,
  SelectField,
  TextAreaField,
  TextField,
  useAction,
} from "../forms";
import { forMembers, intranetMeta, LoadFailure, membersOnly } from "../intranet/page";
import { FileUpload } from "../ui/FileUpload";
import type { Route } from "./+types/my-showcase";
import {
  changed,
  type EditorState,
  emptyEditor,
  emptyOffer,
  emptyPage,
  fieldLabels,
  fromInput,
  MAX_LINKS,
  MAX_OFFERS,
  MAX_PAGES,
  MAX_PICTURES_PER_PAGE,
  makesProducts,
  moved,
  type PageState,
  requiredErrors,
  toInput,
  without,
  withUploaded,
} from "./editing";
import { DraftHistory, DraftPreview, DraftStanding } from "./ShowcaseDraftView";

export async function clientLoader() {
  return forMembers(async () => ({ showcase: await getMyShowcase() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Ma vitrine", "/intranet/ma-vitrine", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

const PREFIX = "vitrine";
const IMAGE_TYPES = ".jpg,.jpeg,.png,.gif,.webp";

function MyShowcasePage({ loaderData }: { loaderData: PageData }) {
  const answer = loaderData.showcase;
  // no showcase yet (404): the editor starts empty and the first save creates it
  if (!answer.ok && answer.status !== 404) {
    return (
      <>
        <h1>Ma vitrine</h1>
        <LoadFailure result={answer} />
      </>
    );
  }
  return <MyShowcase draft={answer.ok ? answer.data : null} />;
}

function MyShowcase({ draft }: { draft: ShowcaseDraft | null }) {
  const [state, setState] = useState<EditorState>(() => (draft ? fromInput(draft.working) : emptyEditor()));
  const action = useAction();
  const saved = draft ? JSON.stringify(toInput(fromInput(draft.working))) : null;
  const dirty = saved !== JSON.stringify(toInput(state));
  const editable = !draft || draft.can.edit;
  const labelsOf = fieldLabels(state);
  const errors = { ...fieldErrors(action.outcome, "save"), ...fieldErrors(action.outcome, "submit") };
  // the working version the service last answered: an upload's answer adds only what is new since then
  const server = useRef<{ draft: ShowcaseDraft | null; working: ShowcaseInput | null }>({
    draft,
    working: draft?.working ?? null,
  });
  if (server.current.draft !== draft) server.current = { draft, working: draft?.working ?? null };
  const uploaded = (body: unknown) => {
    const answer = body as ShowcaseDraft | undefined;
    if (!answer?.working) return;
    const previous = server.current.working;
    server.current.working = answer.working;
    setState((s) => withUploaded(s, previous, answer.working));
  };

  async function save(then?: () => Promise<unknown>) {
    const missing = requiredErrors(state);
    if (Object.keys(missing).length > 0) {
      action.fail("save", missing);
      return;
    }
    const r = await action.run(
      "save",
      () => saveMyShowcase(toInput(state)),
      () => "Votre vitrine est enregistrée : l'aperçu montre cette version.",
      { revalidate: !then },
    );
    if (r.ok && then) await then();
  }

  async function submit() {
    await action.run(
      "submit",
      () => submitMyShowcase(),
      () => "Votre vitrine est proposée à la validation : votre accompagnateur est prévenu par e-mail.",
    );
  }

  return (
    <>
      <h1>Ma vitrine</h1>
      <p>
        Votre page sur le site de la coopérative, pour vous faire connaître. Votre accompagnateur la relit avant sa
        publication.
      </p>

      {draft && (
        <section aria-labelledby="etat" className="panel">
          <h2 id="etat">Où en est-elle ?</h2>
          <DraftStanding draft={draft} owner />
          <div className="actions">
            {(draft.can.submit || (dirty && draft.can.edit)) && (
              <button
                type="button"
                className="button"
                disabled={action.pending !== null}
                onClick={() => (dirty ? save(submit) : submit())}
              >
                {dirty ? "Enregistrer et proposer à la validation" : "Proposer à la validation"}
              </button>
            )}
            {draft.can.unpublish && (
              <ConfirmButton
                label="Retirer ma vitrine du site"
                question="Retirer votre vitrine du site ? Elle ne sera plus visible ; vous pourrez la proposer de nouveau."
                confirmLabel="Retirer ma vitrine"
                cancelLabel="La laisser en ligne"
                disabled={action.pending !== null}
                onConfirm={() =>
                  action.run(
                    "unpublish",
                    () => unpublishMyShowcase(),
                    () => "Votre vitrine n'est plus sur le site.",
                  )
                }
              />
            )}
          </div>
          <OutcomeMessage outcome={action.outcome} forKey="submit" labels={labelsOf} idPrefix={PREFIX} focus />
          <OutcomeMessage outcome={action.outcome} forKey="unpublish" />
        </section>
      )}

      {editable ? (
        <form
          className="stack"
          noValidate
          aria-labelledby="modifier"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <h2 id="modifier">{draft ? "Modifier ma vitrine" : "Écrire ma vitrine"}</h2>
          <OutcomeMessage outcome={action.outcome} forKey="save" labels={labelsOf} idPrefix={PREFIX} focus />
          <ActivityFields state={state} setState={setState} errors={errors} />
          <ContactFields state={state} setState={setState} errors={errors} />
          <LogoField draft={draft} state={state} setState={setState} onUploaded={uploaded} />
          {state.pages.map((page, i) => (
            <PageFields
              key={i}
              index={i}
              page={page}
              setState={setState}
              errors={errors}
              draft={draft}
              onUploaded={uploaded}
            />
          ))}
          {makesProducts(state.sector) && state.pages.length < MAX_PAGES && (
            <p>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setState((s) => ({ ...s, pages: [...s.pages, emptyPage()] }))}
              >
                Ajouter une page
              </button>{" "}
              <span className="muted">(produits, atelier, où acheter… {MAX_PAGES} pages au plus)</span>
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button" disabled={action.pending !== null}>
              Enregistrer
            </button>
            {dirty && <span className="muted">Des changements ne sont pas encore enregistrés.</span>}
          </div>
        </form>
      ) : (
        <p className="notice">
          Votre vitrine attend la décision de votre accompagnateur : elle ne peut pas changer d'ici là.
        </p>
      )}

      {draft && <DraftPreview draft={draft} />}
      {draft && <DraftHistory draft={draft} />}
    </>
  );
}

type SetState = React.Dispatch<React.SetStateAction<EditorState>>;
type FieldsProps = { state: EditorState; setState: SetState; errors: Record<string, string> };

function ActivityFields({ state, setState, errors }: FieldsProps) {
  const set = (change: Partial<EditorState>) => setState((s) => ({ ...s, ...change }));
  return (
    <fieldset className="fieldset">
      <legend>Votre activité</legend>
      <TextField
        prefix={PREFIX}
        name="businessName"
        label="Nom de l'activité"
        errors={errors}
        maxLength={80}
        value={state.businessName}
        onChange={(e) => set({ businessName: e.target.value })}
        hint="Il fait l'adresse de votre vitrine : la changer plus tard garde l'ancienne adresse valable."
      />
      <TextField
        prefix={PREFIX}
        name="tagline"
        label="Phrase de présentation"
        required={false}
        errors={errors}
        maxLength={160}
        value={state.tagline}
        onChange={(e) => set({ tagline: e.target.value })}
        hint="Une phrase sous votre nom, reprise par les moteurs de recherche (nécessaire pour proposer la vitrine)."
      />
      <SelectField
        prefix={PREFIX}
        name="sector"
        label="Secteur d'activité"
        errors={errors}
        value={state.sector}
        onChange={(e) => set({ sector: e.target.value })}
        hint="Artisanat, mobilier, bijoux, vêtements et alimentation : jusqu'à trois pages avec des photos."
      >
        <Options values={labels.Sector} empty="Choisir…" />
      </SelectField>
      <TextField
        prefix={PREFIX}
        name="town"
        label="Commune"
        errors={errors}
        maxLength={80}
        value={state.town}
        onChange={(e) => set({ town: e.target.value })}
      />
      <TextAreaField
        prefix={PREFIX}
        name="townsServed"
        label="Autres communes où vous intervenez"
        required={false}
        errors={errors}
        rows={3}
        value={state.townsServed}
        onChange={(e) => set({ townsServed: e.target.value })}
        hint="Une commune par ligne, 20 au plus."
      />
    </fieldset>
  );
}

function ContactFields({ state, setState, errors }: FieldsProps) {
  const set = (change: Partial<EditorState>) => setState((s) => ({ ...s, ...change }));
  return (
    <fieldset className="fieldset">
      <legend>Vous contacter</legend>
      <TextField
        prefix={PREFIX}
        name="contactEmail"
        label="Adresse e-mail de contact"
        type="email"
        required={false}
        errors={errors}
        value={state.contactEmail}
        onChange={(e) => set({ contactEmail: e.target.value })}
        hint="Affichée sur votre vitrine. Laissez vide pour ne pas la montrer."
      />
      <TextField
        prefix={PREFIX}
        name="phone"
        label="Téléphone"
        type="tel"
        required={false}
        errors={errors}
        maxLength={20}
        value={state.phone}
        onChange={(e) => set({ phone: e.target.value })}
      />
      <CheckboxField
        prefix={PREFIX}
        name="contactForm"
        label="Les visiteurs peuvent m'écrire par un formulaire (mon adresse reste cachée)"
        required={false}
        errors={errors}
        checked={state.contactForm}
        onChange={(e) => set({ contactForm: e.target.checked })}
      />
      <TextField
        prefix={PREFIX}
        name="website"
        label="Votre site"
        type="url"
        required={false}
        errors={errors}
        value={state.website}
        onChange={(e) => set({ website: e.target.value })}
        hint="Son adresse complète, commençant par https://"
      />
      <fieldset className="fieldset" id={`${PREFIX}-links`} tabIndex={-1}>
        <legend>
          Boutiques en ligne et réseaux sociais<span className="optional"> (facultatif)</span>
        </legend>
        {errors.links && <p className="field-error">{errors.links}</p>}
        {state.links.map((link, i) => (
          <div key={i} className="form-grid-3">
            <SelectField
              prefix={PREFIX}
              name={`links[${i}].kind`}
              label={`Lien ${i + 1} : type`}
              errors={errors}
              value={link.kind}
              onChange={(e) =>
                setState((s) => ({
                  ...s,
                  links: changed(s.links, i, { kind: e.target.value as typeof link.kind }),
                }))
              }
            >
              <Options values={labels.LinkKind} />
            </SelectField>
            <TextField
              prefix={PREFIX}
              name={`links[${i}].label`}
              label={`Lien ${i + 1} : nom`}
              errors={errors}
              maxLength={60}
              value={link.label}
              onChange={(e) => setState((s) => ({ ...s, links: changed(s.links, i, { label: e.target.value }) }))}
            />
            <TextField
              prefix={PREFIX}
              name={`links[${i}].url`}
              label={`Lien ${i + 1} : adresse`}
              type="url"
              errors={errors}
              value={link.url}
              onChange={(e) => setState((s) => ({ ...s, links: changed(s.links, i, { url: e.target.value }) }))}
            />
            <p>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => setState((s) => ({ ...s, links: without(s.links, i) }))}
              >
                Retirer le lien {i + 1}
              </button>
            </p>
          </div>
        ))}
        {state.links.length < MAX_LINKS && (
          <p>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setState((s) => ({ ...s, links: [...s.links, { kind: "SHOP", label: "", url: "" }] }))}
            >
              Ajouter un lien
            </button>
          </p>
        )}
      </fieldset>
    </fieldset>
  );
}

/** The picture a preview shows for an uploaded image (the working version's, at the preview address). */
function previewOf(draft: ShowcaseDraft | null, imageId: string): PictureView | undefined {
  if (!draft) return undefined;
  if (draft.preview.logo?.id === imageId) return draft.preview.logo;
  for (const page of draft.preview.pages ?? []) {
    const found = page.images.find((p) => p.id === imageId);
    if (found) return found;
  }
  return undefined;
}

function LogoField({
  draft,
  state,
  setState,
  onUploaded,
}: {
  draft: ShowcaseDraft | null;
  state: EditorState;
  setState: SetState;
  onUploaded: (body: unknown) => void;
}) {
  const action = useAction();
  const logo = state.logo ? previewOf(draft, state.logo.imageId) : undefined;
  return (
    <fieldset className="fieldset">
      <legend>
        Logo<span className="optional"> (facultatif)</span>
      </legend>
      {!draft ? (
        <p className="muted">Enregistrez votre vitrine une première fois pour y ajouter votre logo.</p>
      ) : (
        <>
          {logo && <img src={logo.src} alt="Votre logo actuel" width={96} height={96} className="showcase-logo" />}
          <FileUpload
            endpoint={showcaseLogoUploadUrl}
            method="PUT"
            multiple={false}
            label={state.logo ? "Remplacer le logo" : "Ajouter un logo"}
            hint="PNG, JPEG, GIF ou WebP, 10 Mo au plus."
            accept={IMAGE_TYPES}
            added="est votre nouveau logo."
            onUploaded={onUploaded}
          />
          {state.logo && (
            <p>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={action.pending !== null}
                onClick={async () => {
                  const r = await action.run("logo", removeMyShowcaseLogo, () => "Le logo est retiré.");
                  if (r.ok) setState((s) => ({ ...s, logo: null }));
                }}
              >
                Retirer le logo
              </button>
            </p>
          )}
          <OutcomeMessage outcome={action.outcome} forKey="logo" />
        </>
      )}
    </fieldset>
  );
}

function PageFields({
  index: i,
  page,
  setState,
  errors,
  draft,
  onUploaded,
}: Omit<FieldsProps, "state"> & {
  index: number;
  page: PageState;
  draft: ShowcaseDraft | null;
  onUploaded: (body: unknown) => void;
}) {
  const setPage = (change: Partial<PageState>) => setState((s) => ({ ...s, pages: changed(s.pages, i, change) }));
  const name = (field: string) => `pages[${i}].${field}`;
  const savedOnServer = draft !== null && i < draft.working.pages.length;
  const legend = `Page ${i + 1}${page.title.trim() ? ` : ${page.title.trim()}` : ""}`;
  return (
    <fieldset className="fieldset" id={`${PREFIX}-page-${i}`}>
      <legend>{legend}</legend>
      <TextField
        prefix={PREFIX}
        name={name("title")}
        label={`Page ${i + 1} : titre`}
        errors={errors}
        maxLength={60}
        value={page.title}
        onChange={(e) => setPage({ title: e.target.value })}
      />
      <TextAreaField
        prefix={PREFIX}
        name={name("body")}
        label={`Page ${i + 1} : texte`}
        required={false}
        errors={errors}
        rows={10}
        value={page.body}
        onChange={(e) => setPage({ body: e.target.value })}
        hint="Votre activité, votre démarche, ce qui vous distingue. Mise en forme Markdown : **gras**, *italique*, listes avec « - », lignes vides entre les paragraphes."
      />

      <fieldset className="fieldset" id={fieldId(PREFIX, name("offers"))} tabIndex={-1}>
        <legend>
          Page {i + 1} : services ou produits<span className="optional"> (facultatif)</span>
        </legend>
        {errors[name("offers")] && <p className="field-error">{errors[name("offers")]}</p>}
        {page.offers.map((offer, j) => {
          const setOffer = (change: Partial<typeof offer>) => setPage({ offers: changed(page.offers, j, change) });
          const offerName = (field: string) => name(`offers[${j}].${field}`);
          return (
            <div key={j} className="form-grid-2">
              <TextField
                prefix={PREFIX}
                name={offerName("name")}
                label={`Offre ${j + 1} : nom`}
                errors={errors}
                maxLength={100}
                value={offer.name}
                onChange={(e) => setOffer({ name: e.target.value })}
              />
              <TextField
                prefix={PREFIX}
                name={offerName("description")}
                label={`Offre ${j + 1} : description`}
                required={false}
                errors={errors}
                maxLength={500}
                value={offer.description}
                onChange={(e) => setOffer({ description: e.target.value })}
              />
              <TextField
                prefix={PREFIX}
                name={offerName("price")}
                label={`Offre ${j + 1} : prix en euros`}
                required={false}
                errors={errors}
                inputMode="decimal"
                value={offer.price}
                onChange={(e) => setOffer({ price: e.target.value })}
                hint="Par exemple 45 ou 1 200,50 ; vide : sur devis."
              />
              <TextField
                prefix={PREFIX}
                name={offerName("unit")}
                label={`Offre ${j + 1} : unité`}
                required={false}
                errors={errors}
                maxLength={40}
                value={offer.unit}
                onChange={(e) => setOffer({ unit: e.target.value })}
                hint="Par exemple « l'heure », « la pièce »."
              />
              <p>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setPage({ offers: without(page.offers, j) })}
                >
                  Retirer l'offre {j + 1} de la page {i + 1}
                </button>
              </p>
            </div>
          );
        })}
        {page.offers.length < MAX_OFFERS && (
          <p>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setPage({ offers: [...page.offers, emptyOffer()] })}
            >
              Ajouter un service ou un produit
            </button>
          </p>
        )}
      </fieldset>

      <fieldset className="fieldset" id={fieldId(PREFIX, name("images"))} tabIndex={-1}>
        <legend>
          Page {i + 1} : photos<span className="optional"> (facultatif)</span>
        </legend>
        {errors[name("images")] && <p className="field-error">{errors[name("images")]}</p>}
        {page.images.length > 0 && (
          <ol className="plain stack picture-list">
            {page.images.map((picture, j) => {
              const shown = previewOf(draft, picture.imageId);
              return (
                <li key={picture.imageId}>
                  <div>
                    {shown ? (
                      <img src={shown.src} alt="" width={128} height={Math.round((128 * shown.height) / shown.width)} />
                    ) : null}
                  </div>
                  <div>
                    <TextField
                      prefix={PREFIX}
                      name={name(`images[${j}].alt`)}
                      label={`Photo ${j + 1} : description`}
                      errors={errors}
                      maxLength={200}
                      value={picture.alt}
                      onChange={(e) => setPage({ images: changed(page.images, j, { alt: e.target.value }) })}
                      hint="Ce que montre la photo, pour qui ne la voit pas (obligatoire pour proposer la vitrine)."
                    />
                    <div className="actions">
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        disabled={j === 0}
                        onClick={() => setPage({ images: moved(page.images, j, j - 1) })}
                        aria-label={`Avancer la photo ${j + 1}`}
                      >
                        Avancer
                      </button>
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        disabled={j === page.images.length - 1}
                        onClick={() => setPage({ images: moved(page.images, j, j + 1) })}
                        aria-label={`Reculer la photo ${j + 1}`}
                      >
                        Reculer
                      </button>
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() => setPage({ images: without(page.images, j) })}
                        aria-label={`Retirer la photo ${j + 1}`}
                      >
                        Retirer
                      </button>
                    </div>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        {!savedOnServer ? (
          <p className="muted">Enregistrez cette page pour y ajouter des photos.</p>
        ) : page.images.length >= MAX_PICTURES_PER_PAGE ? (
          <p className="muted">{MAX_PICTURES_PER_PAGE} photos au plus par page : retirez-en une pour en ajouter.</p>
        ) : (
          <FileUpload
            endpoint={(file) => showcaseImageUploadUrl(i, file)}
            label={`Ajouter des photos à la page ${i + 1}`}
            hint="PNG, JPEG, GIF ou WebP, 10 Mo au plus chacune. Les données de localisation sont retirées."
            accept={IMAGE_TYPES}
            added={`est ajoutée à la page ${i + 1} : décrivez-la.`}
            onUploaded={onUploaded}
          />
        )}
        <p className="muted">L'ordre et les descriptions des photos comptent une fois la vitrine enregistrée.</p>
      </fieldset>

      {i > 0 && (
        <p>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setState((s) => ({ ...s, pages: without(s.pages, i) }))}
          >
            Retirer la page {i + 1}
          </button>
        </p>
      )}
    </fieldset>
  );
}

export default membersOnly(MyShowcasePage);
