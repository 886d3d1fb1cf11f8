// The one form kit of the web UI, for public and intranet forms alike (see web-ui/README.md).
export { fieldErrors, type Outcome, OutcomeMessage, useAction } from "./actions";
export { ConfirmButton } from "./ConfirmButton";
export { ErrorSummary } from "./ErrorSummary";
export {
  CheckboxField,
  CheckboxGroupField,
  fieldId,
  Honeypot,
  Options,
  SelectField,
  TextAreaField,
  TextField,
} from "./fields";
export { ModerationActions, type ModerationWording } from "./ModerationActions";
export { PLACE_LABELS, PlaceFields, readPeriod, readPlace } from "./PlaceFields";
export { CONSENT_CHANGED, type FormErrors, usePublicForm } from "./public";
export { CORRECT_FIELDS, looksLikeEmail, requireFields, textOf } from "./values";
