// /intranet/mon-profil: the coach's own profile (speciality, a few lines, a photo) and their consent to show it on
// « Qui sont les accompagnateurs »; without the consent nothing of it is public.
import {
  type CoachProfile,
  coachPhotoUploadUrl,
  getMyCoachProfile,
  removeMyCoachPhoto,
  saveMyCoachProfile,
} from "../api/members";
import {
  CheckboxField,
  fieldErrors,
  OutcomeMessage,
  requireFields,
  TextAreaField,
  TextField,
  textOf,
  useAction,
} from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { FileUpload } from "../ui/FileUpload";
import type { Route } from "./+types/my-coach-profile";

export const CONSENT_LABEL = "J'accepte que mon profil paraisse sur le site public";

const LABELS = { speciality: "Spécialité", presentation: "Présentation", consent: CONSENT_LABEL };

export async function clientLoader() {
  return forMembers(async () => ({ profile: await getMyCoachProfile() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Mon profil d'accompagnateur", "/intranet/mon-profil", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function ProfileForm({ profile }: { profile: CoachProfile }) {
  const action = useAction();
  const errors = fieldErrors(action.outcome, "profile");

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const missing = requireFields(
      { speciality: textOf(fd, "speciality") },
      { speciality: "Indiquez votre spécialité." },
    );
    if (Object.keys(missing).length > 0) return action.fail("profile", missing);
    const consent = fd.get("consent") === "on";
    await action.run(
      "profile",
      () =>
        saveMyCoachProfile({
          speciality: textOf(fd, "speciality"),
          presentation: textOf(fd, "presentation") || undefined,
          consent,
        }),
      () =>
        consent
          ? "Votre profil est enregistré et paraît sur le site public."
          : "Votre profil est enregistré ; il ne paraît pas sur le site public.",
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <OutcomeMessage outcome={action.outcome} forKey="profile" labels={LABELS} idPrefix="profil" focus />
      <TextField
        prefix="profil"
        name="speciality"
        label={LABELS.speciality}
        hint="En quelques mots, 80 caractères au plus : « Artisanat et métiers d'art »."
        maxLength={80}
        defaultValue={profile.speciality}
        errors={errors}
      />
      <TextAreaField
        prefix="profil"
        name="presentation"
        label={LABELS.presentation}
        required={false}
        hint="Quelques lignes, 600 caractères au plus."
        maxLength={600}
        defaultValue={profile.presentation ?? ""}
        errors={errors}
      />
      <CheckboxField
        prefix="profil"
        name="consent"
        label={CONSENT_LABEL}
        required={false}
        hint="Votre nom, votre photo, votre spécialité, votre antenne et votre présentation paraissent alors sur la page « Qui sont les accompagnateurs ». Décochez pour les retirer."
        defaultChecked={profile.consent}
        errors={errors}
      />
      {profile.consentedAt && (
        <p className="muted">Accord donné le {new Date(profile.consentedAt).toLocaleDateString("fr-FR")}.</p>
      )}
      <button type="submit" className="button" disabled={action.pending !== null}>
        Enregistrer mon profil
      </button>
    </form>
  );
}

function PhotoField({ profile }: { profile: CoachProfile }) {
  const action = useAction();
  return (
    <fieldset className="fieldset">
      <legend>
        Photo<span className="optional"> (facultatif)</span>
      </legend>
      {profile.photo && <img src={profile.photo.src} alt={profile.photo.alt} width={160} className="coach-photo" />}
      <FileUpload
        endpoint={coachPhotoUploadUrl}
        method="PUT"
        multiple={false}
        label={profile.photo ? "Remplacer la photo" : "Ajouter une photo"}
        hint="PNG, JPEG, GIF ou WebP, 10 Mo au plus. Ses métadonnées (lieu, appareil) sont retirées."
        accept=".jpg,.jpeg,.png,.gif,.webp"
        added="est votre nouvelle photo."
      />
      {profile.photo && (
        <p>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={action.pending !== null}
            onClick={() => action.run("photo", removeMyCoachPhoto, () => "La photo est retirée.")}
          >
            Retirer la photo
          </button>
        </p>
      )}
      <OutcomeMessage outcome={action.outcome} forKey="photo" />
    </fieldset>
  );
}

function MyCoachProfile({ loaderData }: { loaderData: PageData }) {
  return (
    <>
      <h1>Mon profil d'accompagnateur</h1>
      <p className="lead">
        Présentez-vous aux futurs entrepreneurs. Votre profil paraît sur la page « Qui sont les accompagnateurs » du
        site public seulement si vous l'acceptez.
      </p>
      <Loaded result={loaderData.profile}>
        {(profile) => (
          <>
            <ProfileForm profile={profile} />
            <PhotoField profile={profile} />
          </>
        )}
      </Loaded>
    </>
  );
}

export default membersOnly(MyCoachProfile);
