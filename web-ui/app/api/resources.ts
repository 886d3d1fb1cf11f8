// The client of resources-service: its generated contract (openapi/resources-service.json, see web-ui/README.md).
// No screen calls it yet: the resource centre and the site search add their functions here.
import { serviceClient } from "./client";
import type { paths } from "./generated/resources-service";

export type * from "./generated/resources-service";

export const resourcesApi = serviceClient<paths>();
