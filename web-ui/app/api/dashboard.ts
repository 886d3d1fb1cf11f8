// The client of dashboard-service: its generated contract (openapi/dashboard-service.json, see web-ui/README.md) and
// one function per endpoint the web UI calls, each answering an ApiResult.
import { result, serviceClient } from "./client";
import type { paths } from "./generated/dashboard-service";

export type * from "./generated/dashboard-service";

export const dashboardApi = serviceClient<paths>();

export const getMyDashboard = () => result(dashboardApi.GET("/api/dashboard/me"));
