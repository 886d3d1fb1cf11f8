// The client of dashboard-service: its generated contract (openapi/dashboard-service.json, see web-ui/README.md) and
// one function per endpoint the web UI calls, each answering an ApiResult.
import { type ApiResult, apiFetch, result, serviceClient } from "./client";
import type { components, paths } from "./generated/dashboard-service";

export type * from "./generated/dashboard-service";

export const dashboardApi = serviceClient<paths>();

type Schemas = components["schemas"];

// An entrepreneur's own dashboard; one entrepreneur's for their coach or staff
export const getMyDashboard = () => result(dashboardApi.GET("/api/dashboard/me"));
export const getDashboardOf = (subject: string) =>
  result(dashboardApi.GET("/api/dashboard/entrepreneurs/{subject}", { params: { path: { subject } } }));
export const typeFigures = (subject: string, month: string, body: Schemas["TypedFiguresRequest"]) =>
  result(
    dashboardApi.PUT("/api/dashboard/entrepreneurs/{subject}/typed-figures/{month}", {
      params: { path: { subject, month } },
      body,
    }),
  );
/** The live streams (server-sent events) and the exports, as addresses for EventSource and links. */
export const MY_LIVE = "/api/dashboard/me/live";
export const MY_EXPORT = "/api/dashboard/me/export";
export const liveOf = (subject: string) => `/api/dashboard/entrepreneurs/${encodeURIComponent(subject)}/live`;
export const exportOf = (subject: string) => `/api/dashboard/entrepreneurs/${encodeURIComponent(subject)}/export`;

// Portfolios sorted by alerts
export const getCoachPortfolio = () => result(dashboardApi.GET("/api/dashboard/coach/entrepreneurs"));
export const getStaffPortfolio = () => result(dashboardApi.GET("/api/dashboard/staff/entrepreneurs"));

// Imports of the accounting (head-office staff): the body of the upload is the file itself
export const listImports = () => result(dashboardApi.GET("/api/dashboard/imports"));
export const getImport = (id: string) =>
  result(dashboardApi.GET("/api/dashboard/imports/{id}", { params: { path: { id } } }));
export async function uploadImport(file: File): Promise<ApiResult<Schemas["ImportView"]>> {
  try {
    const response = await apiFetch(`/api/dashboard/imports?fileName=${encodeURIComponent(file.name)}`, {
      method: "POST",
      body: file,
      headers: { "Content-Type": file.type || "application/octet-stream" },
    });
    const body = await response.json().catch(() => undefined);
    return response.ok ? { ok: true, data: body } : { ok: false, status: response.status, problem: body };
  } catch {
    return { ok: false, status: 0 };
  }
}

// The funders' view
export const getFunderFigures = (query: { antenna?: string; from?: string; to?: string }) =>
  result(dashboardApi.GET("/api/dashboard/funders/figures", { params: { query } }));
/** The CSV or PDF of the same figures. */
export const fundersExport = (format: "csv" | "pdf", query: string) =>
  `/api/dashboard/funders/figures.${format}${query ? `?${query}` : ""}`;
