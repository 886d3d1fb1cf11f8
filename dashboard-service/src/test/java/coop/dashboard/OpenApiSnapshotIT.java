package coop.dashboard;

import coop.platform.test.ServesItsOpenApiSnapshot;

/**
 * The served OpenAPI document is the one the web UI is generated from.
 */
class OpenApiSnapshotIT extends WithRealServers implements ServesItsOpenApiSnapshot {

}
