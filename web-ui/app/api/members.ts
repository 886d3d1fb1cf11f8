// The client of members-service: its generated contract (openapi/members-service.json, see web-ui/README.md) and one
// function per endpoint the web UI calls, each answering an ApiResult.
import { type ApiResult, apiFetch, result, serviceClient } from "./client";
import type { components, paths } from "./generated/members-service";

export type * from "./generated/members-service";
export { labels } from "./generated/members-service";

export const membersApi = serviceClient<paths>();

type Schemas = components["schemas"];
type Query<P extends keyof paths> = paths[P]["get"] extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : never;

export const listShowcases = (query: Query<"/api/members/public/showcases"> = {}) =>
  result(membersApi.GET("/api/members/public/showcases", { params: { query } }));
export const showcaseFilters = () => result(membersApi.GET("/api/members/public/showcases/filters"));
export const showcaseSitemap = () => result(membersApi.GET("/api/members/public/showcases/sitemap"));
export const getShowcase = (slug: string) =>
  result(membersApi.GET("/api/members/public/showcases/{slug}", { params: { path: { slug } } }));
export const listAntennas = () => result(membersApi.GET("/api/members/public/antennas"));
export const listPublicOrganisations = () => result(membersApi.GET("/api/members/public/organisations"));
export const getMe = () => result(membersApi.GET("/api/members/me"));
export const getCooperative = () => result(membersApi.GET("/api/members/public/cooperative"));

// Coach
export const listMyEntrepreneurs = () => result(membersApi.GET("/api/members/coach/entrepreneurs"));
// the coach's own profile, public on « Qui sont les accompagnateurs » only with their consent
export type CoachProfile = Schemas["CoachProfileResponse"];
export type PublicCoach = Schemas["PublicCoach"];
export const getMyCoachProfile = () => result(membersApi.GET("/api/members/me/coach-profile"));
export const saveMyCoachProfile = (body: Schemas["CoachProfileRequest"]) =>
  result(membersApi.PUT("/api/members/me/coach-profile", { body }));
export const removeMyCoachPhoto = () => result(membersApi.DELETE("/api/members/me/coach-profile/photo"));
export const coachPhotoUploadUrl = (name: string) =>
  `/api/members/me/coach-profile/photo?name=${encodeURIComponent(name)}`;
export const listPublicCoaches = () => result(membersApi.GET("/api/members/public/coaches"));

// Staff
export const listPeople = (query: Query<"/api/members/staff/people"> = {}) =>
  result(membersApi.GET("/api/members/staff/people", { params: { query } }));
export const invitePerson = (body: Schemas["Invitation"]) =>
  result(membersApi.POST("/api/members/staff/people", { body }));
export const updatePerson = (id: string, body: Schemas["Assignment"]) =>
  result(membersApi.PUT("/api/members/staff/people/{id}", { params: { path: { id } }, body }));
export const deactivatePerson = (id: string) =>
  result(membersApi.POST("/api/members/staff/people/{id}/deactivate", { params: { path: { id } } }));
export const reactivatePerson = (id: string) =>
  result(membersApi.POST("/api/members/staff/people/{id}/reactivate", { params: { path: { id } } }));
export const listOrganisations = () => result(membersApi.GET("/api/members/staff/organisations"));
export const createOrganisation = (body: Schemas["OrganisationRequest"]) =>
  result(membersApi.POST("/api/members/staff/organisations", { body }));

// Personal files (dossier): the entrepreneur's own, or one entrepreneur's for their coach or staff. Every change answers
// the whole file as the caller may see it.
type Subject = { params: { path: { subject: string } } };
const bySubject = (subject: string): Subject => ({ params: { path: { subject } } });
export type Milestone = Schemas["Step"]["milestone"];

export const getMyFile = () => result(membersApi.GET("/api/members/me/file"));
export const getFile = (subject: string) => result(membersApi.GET("/api/members/files/{subject}", bySubject(subject)));
export const reachMilestone = (subject: string, milestone: Milestone, reachedOn: string) =>
  result(
    membersApi.PUT("/api/members/files/{subject}/milestones/{milestone}", {
      params: { path: { subject, milestone } },
      body: { reachedOn },
    }),
  );
export const unreachMilestone = (subject: string, milestone: Milestone) =>
  result(
    membersApi.DELETE("/api/members/files/{subject}/milestones/{milestone}", {
      params: { path: { subject, milestone } },
    }),
  );
// Documents exchanged with the coach: sent by the upload widget (the raw file as the body), read by a plain link
export const documentUploadUrl = (subject: string, name: string) =>
  `/api/members/files/${encodeURIComponent(subject)}/documents?name=${encodeURIComponent(name)}`;
export const removeDocument = (subject: string, documentId: string) =>
  result(
    membersApi.DELETE("/api/members/files/{subject}/documents/{documentId}", {
      params: { path: { subject, documentId } },
    }),
  );
export const saveAgreement = (subject: string, body: Schemas["AgreementRequest"]) =>
  result(membersApi.PUT("/api/members/files/{subject}/agreement", { ...bySubject(subject), body }));
export const addObjective = (subject: string, body: Schemas["ObjectiveRequest"]) =>
  result(membersApi.POST("/api/members/files/{subject}/objectives", { ...bySubject(subject), body }));
export const updateObjective = (subject: string, objectiveId: string, body: Schemas["ObjectiveRequest"]) =>
  result(
    membersApi.PUT("/api/members/files/{subject}/objectives/{objectiveId}", {
      params: { path: { subject, objectiveId } },
      body,
    }),
  );
export const removeObjective = (subject: string, objectiveId: string) =>
  result(
    membersApi.DELETE("/api/members/files/{subject}/objectives/{objectiveId}", {
      params: { path: { subject, objectiveId } },
    }),
  );
export const saveActivity = (subject: string, activity: string) =>
  result(membersApi.PUT("/api/members/files/{subject}/activity", { ...bySubject(subject), body: { activity } }));
export const saveAnalyticalCode = (subject: string, analyticalCode: string) =>
  result(
    membersApi.PUT("/api/members/files/{subject}/analytical-code", { ...bySubject(subject), body: { analyticalCode } }),
  );
/** From the entrepreneur a proposal that waits for their coach or staff; from a coach or staff applied at once. */
export const saveContact = (subject: string, body: Schemas["ContactRequest"]) =>
  result(membersApi.PUT("/api/members/files/{subject}/contact", { ...bySubject(subject), body }));
export const acceptContactProposal = (subject: string) =>
  result(membersApi.POST("/api/members/files/{subject}/contact/proposal/accept", bySubject(subject)));
export const refuseContactProposal = (subject: string) =>
  result(membersApi.DELETE("/api/members/files/{subject}/contact/proposal", bySubject(subject)));
// Staff of the head office: the cooperative's settings and its antennas
export const updateCooperative = (body: Schemas["CooperativeRequest"]) =>
  result(membersApi.PUT("/api/members/staff/cooperative", { body }));
export const removeCooperativeLogo = () => result(membersApi.DELETE("/api/members/staff/cooperative/logo"));
/** The logo as the raw body (PNG, JPEG, WebP or SVG, 1 MB), as every upload of the web UI sends a single file. */
export async function uploadCooperativeLogo(file: File): Promise<ApiResult<Schemas["CooperativeResponse"]>> {
  try {
    const response = await apiFetch(`/api/members/staff/cooperative/logo?name=${encodeURIComponent(file.name)}`, {
      method: "PUT",
      body: file,
      headers: { "Content-Type": file.type || "application/octet-stream" },
    });
    const body = await response.json().catch(() => undefined);
    return response.ok ? { ok: true, data: body } : { ok: false, status: response.status, problem: body };
  } catch {
    return { ok: false, status: 0 };
  }
}
// Retention periods (with the cooperative's settings) and every service's report of what it removed
export type RetentionPeriods = Schemas["RetentionPeriods"];
export const getRetention = () => result(membersApi.GET("/api/members/staff/retention"));
/** The periods in force, for the privacy notice (public). */
export const getRetentionPeriods = () => result(membersApi.GET("/api/members/public/retention"));
export const updateRetention = (body: RetentionPeriods) =>
  result(membersApi.PUT("/api/members/staff/retention", { body }));
export const listAllAntennas = () => result(membersApi.GET("/api/members/staff/antennas"));
export const createAntenna = (body: Schemas["AntennaRequest"]) =>
  result(membersApi.POST("/api/members/staff/antennas", { body }));
export const updateAntenna = (code: string, body: Schemas["AntennaRequest"]) =>
  result(membersApi.PUT("/api/members/staff/antennas/{code}", { params: { path: { code } }, body }));
export const closeAntenna = (code: string) =>
  result(membersApi.POST("/api/members/staff/antennas/{code}/close", { params: { path: { code } } }));
export const reopenAntenna = (code: string) =>
  result(membersApi.POST("/api/members/staff/antennas/{code}/reopen", { params: { path: { code } } }));
export const makeHeadOffice = (code: string) =>
  result(membersApi.POST("/api/members/staff/antennas/{code}/head-office", { params: { path: { code } } }));

// The entrepreneur's showcase (pictures are sent by the upload widget to the addresses below)
export const getMyShowcase = () => result(membersApi.GET("/api/members/me/showcase"));
export const saveMyShowcase = (body: Schemas["ShowcaseInput"]) =>
  result(membersApi.PUT("/api/members/me/showcase", { body }));
export const submitMyShowcase = () => result(membersApi.POST("/api/members/me/showcase/submit"));
export const unpublishMyShowcase = () =>
  result(membersApi.POST("/api/members/me/showcase/unpublish", { body: { confirm: true } }));
export const removeMyShowcaseLogo = () => result(membersApi.DELETE("/api/members/me/showcase/logo"));
export const showcaseImageUploadUrl = (page: number, name: string) =>
  `/api/members/me/showcase/pages/${page}/images?name=${encodeURIComponent(name)}`;
export const showcaseLogoUploadUrl = (name: string) => `/api/members/me/showcase/logo?name=${encodeURIComponent(name)}`;

// Showcases as coaches and staff review them
export const listShowcaseReviews = () => result(membersApi.GET("/api/members/showcases/reviews"));
export const getShowcaseDraft = (id: string) =>
  result(membersApi.GET("/api/members/showcases/{id}", { params: { path: { id } } }));
export const validateShowcase = (id: string) =>
  result(membersApi.POST("/api/members/showcases/{id}/validate", { params: { path: { id } } }));
export const rejectShowcase = (id: string, reason: string) =>
  result(membersApi.POST("/api/members/showcases/{id}/reject", { params: { path: { id } }, body: { reason } }));
export const withdrawShowcase = (id: string, reason: string) =>
  result(membersApi.POST("/api/members/showcases/{id}/withdraw", { params: { path: { id } }, body: { reason } }));
// A visitor writes to an entrepreneur through their showcase (the address stays hidden)
export const sendShowcaseMessage = (slug: string, body: Schemas["VisitorMessage"]) =>
  result(membersApi.POST("/api/members/public/showcases/{slug}/messages", { params: { path: { slug } }, body }));

// GDPR requests: staff start and follow them, undo an erasure; each person asks for their own.
export type PrivacyRequest = Schemas["PrivacyRequestResponse"];
export const listPrivacyRequests = () => result(membersApi.GET("/api/members/staff/privacy-requests"));
export const askPrivacyRequest = (body: Schemas["PrivacyRequestInput"]) =>
  result(membersApi.POST("/api/members/staff/privacy-requests", { body }));
export const undoErasure = (id: string) =>
  result(membersApi.POST("/api/members/staff/privacy-requests/{id}/undo", { params: { path: { id } } }));
export const listMyPrivacyRequests = () => result(membersApi.GET("/api/members/me/privacy"));
export const exportMyData = () => result(membersApi.POST("/api/members/me/privacy/export"));
export const eraseMyData = () =>
  result(membersApi.POST("/api/members/me/privacy/erasure", { body: { confirm: true } }));
