// Where an event or a slot takes place: an antenna, another address, or online.
import { useState } from "react";
import type { PlaceInput, PlaceResponse } from "../api/events";
import type { AntennaResponse } from "../api/members";
import { parisLocalToIso } from "../ui/format";
import { Options, SelectField, TextField } from "./fields";
import { requireFields, textOf } from "./values";

const PLACE_KINDS: Record<string, string> = {
  ANTENNA: "Dans une antenne",
  ADDRESS: "À une autre adresse",
  ONLINE: "En ligne",
};

export const PLACE_LABELS: Record<string, string> = {
  placeKind: "Type de lieu",
  antenna: "Antenne",
  "place.label": "Nom du lieu",
  "place.street": "Adresse",
  "place.postalCode": "Code postal",
  "place.town": "Commune",
  "place.url": "Lien de connexion",
};

export function PlaceFields({
  prefix,
  errors,
  antennas,
  initial,
  initialAntenna,
}: {
  prefix: string;
  errors: Record<string, string>;
  antennas: AntennaResponse[];
  initial?: PlaceResponse;
  initialAntenna?: string;
}) {
  const [kind, setKind] = useState<string>(initial?.kind ?? "ANTENNA");
  return (
    <fieldset className="fieldset">
      <legend>Lieu</legend>
      <SelectField
        prefix={prefix}
        name="placeKind"
        label={PLACE_LABELS.placeKind}
        errors={errors}
        value={kind}
        onChange={(e) => setKind(e.target.value)}
      >
        <Options values={PLACE_KINDS} />
      </SelectField>
      {kind === "ANTENNA" && (
        <SelectField
          prefix={prefix}
          name="antenna"
          label={PLACE_LABELS.antenna}
          errors={errors}
          defaultValue={initialAntenna ?? ""}
        >
          <option value="">Choisir une antenne</option>
          {antennas.map((a) => (
            <option key={a.code} value={a.code}>
              {a.name} ({a.town})
            </option>
          ))}
        </SelectField>
      )}
      {kind === "ADDRESS" && (
        <div className="form-grid form-grid-2">
          <TextField
            prefix={prefix}
            name="place.label"
            label={PLACE_LABELS["place.label"]}
            errors={errors}
            defaultValue={initial?.kind === "ADDRESS" ? initial.label : ""}
          />
          <TextField
            prefix={prefix}
            name="place.street"
            label={PLACE_LABELS["place.street"]}
            errors={errors}
            autoComplete="street-address"
            defaultValue={initial?.street ?? ""}
          />
          <TextField
            prefix={prefix}
            name="place.postalCode"
            label={PLACE_LABELS["place.postalCode"]}
            errors={errors}
            inputMode="numeric"
            autoComplete="postal-code"
            defaultValue={initial?.postalCode ?? ""}
          />
          <TextField
            prefix={prefix}
            name="place.town"
            label={PLACE_LABELS["place.town"]}
            errors={errors}
            autoComplete="address-level2"
            defaultValue={initial?.town ?? ""}
          />
        </div>
      )}
      {kind === "ONLINE" && (
        <div className="form-grid form-grid-2">
          <TextField
            prefix={prefix}
            name="place.label"
            label={PLACE_LABELS["place.label"]}
            errors={errors}
            defaultValue={initial?.kind === "ONLINE" ? initial.label : "En ligne"}
          />
          <TextField
            prefix={prefix}
            name="place.url"
            label={PLACE_LABELS["place.url"]}
            errors={errors}
            type="url"
            hint="Adresse commençant par https://"
            defaultValue={initial?.url ?? ""}
          />
        </div>
      )}
    </fieldset>
  );
}

/** Reads the place fields; `errors` has a French message for each missing one. */
export function readPlace(
  fd: FormData,
  antennas: AntennaResponse[],
): { place: PlaceInput; antenna?: string; errors: Record<string, string> } {
  const kind = textOf(fd, "placeKind") as PlaceResponse["kind"];
  const errors: Record<string, string> = {};
  if (kind === "ANTENNA") {
    const a = antennas.find((x) => x.code === textOf(fd, "antenna"));
    if (!a) errors.antenna = "Choisissez l'antenne.";
    return {
      place: { kind, label: a?.name ?? "", street: a?.street ?? undefined, postalCode: a?.postalCode, town: a?.town },
      antenna: a?.code,
      errors,
    };
  }
  const label = textOf(fd, "place.label");
  if (!label) errors["place.label"] = "Indiquez le nom du lieu.";
  if (kind === "ONLINE") {
    const url = textOf(fd, "place.url");
    if (!/^https:\/\/\S+$/.test(url)) errors["place.url"] = "Indiquez un lien commençant par https://.";
    return { place: { kind, label, url }, errors };
  }
  const place = {
    kind,
    label,
    street: textOf(fd, "place.street"),
    postalCode: textOf(fd, "place.postalCode"),
    town: textOf(fd, "place.town"),
  };
  if (!place.street) errors["place.street"] = "Indiquez l'adresse.";
  if (!/^\d{5}$/.test(place.postalCode)) errors["place.postalCode"] = "Indiquez un code postal à 5 chiffres.";
  if (!place.town) errors["place.town"] = "Indiquez la commune.";
  return { place, errors };
}

/** Reads a start and an end given in Paris time; checks they are there and in order. */
export function readPeriod(fd: FormData): { startsAt?: string; endsAt?: string; errors: Record<string, string> } {
  const startsAt = parisLocalToIso(textOf(fd, "startsAt"));
  const endsAt = parisLocalToIso(textOf(fd, "endsAt"));
  const errors = requireFields(
    { startsAt: startsAt ?? "", endsAt: endsAt ?? "" },
    { startsAt: "Indiquez la date et l'heure de début.", endsAt: "Indiquez la date et l'heure de fin." },
  );
  if (startsAt && endsAt && new Date(endsAt) <= new Date(startsAt)) errors.endsAt = "La fin doit venir après le début.";
  return { startsAt, endsAt, errors };
}
