import { routeModule } from '../../shared/platform/http/route-module.ts';
import { exportReleases } from '../../shared/releases/use-cases/export-releases.ts';
import { startReleaseExportRoute } from '../../shared/releases/routes.ts';
import { apiBaseUrl } from './api-base-url.ts';
import { wiring } from './wiring.ts';

export const startReleaseExport = routeModule(startReleaseExportRoute, async ({ identity, params, body, headers, correlationId }) => ({
  status: 201,
  body: await exportReleases(await wiring().releases(), identity, params.organisationId, body, {
    correlationId,
    apiBaseUrl: apiBaseUrl(headers),
  }),
}));
