// The client of members-service: its generated contract (openapi/members-service.json, see web-ui/README.md) and one
// function per endpoint the web UI calls, each answering an ApiResult.
import { result, serviceClient } from "./client";
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
export const getShowcase = (slug: string) =>
  result(membersApi.GET("/api/members/public/showcases/{slug}", { params: { path: { slug } } }));
export const listAntennas = () => result(membersApi.GET("/api/members/public/antennas"));
export const listPublicOrganisations = () => result(membersApi.GET("/api/members/public/organisations"));
export const getMe = () => result(membersApi.GET("/api/members/me"));

// Coach
export const listMyEntrepreneurs = () => result(membersApi.GET("/api/members/coach/entrepreneurs"));

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
