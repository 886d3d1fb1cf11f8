// The client of notification-service: its generated contract (openapi/notification-service.json, see
// web-ui/README.md) and one function per endpoint the web UI calls, each answering an ApiResult.
import { result, serviceClient } from "./client";
import type { components, paths } from "./generated/notification-service";

export type * from "./generated/notification-service";
export { labels } from "./generated/notification-service";

export const notificationApi = serviceClient<paths>();

export const sendContactMessage = (body: components["schemas"]["ContactRequest"]) =>
  result(notificationApi.POST("/api/notifications/public/contact", { body }));
