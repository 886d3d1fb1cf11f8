package coop.events;

import coop.platform.test.ServesItsOpenApiSnapshot;

/**
 * The served OpenAPI document is the one the web UI is generated from (in the shared
 * context of events-service's integration tests).
 */
class OpenApiSnapshotIT extends EventsIntegrationTest implements ServesItsOpenApiSnapshot {

}
