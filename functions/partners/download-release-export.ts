import { routeModule } from '../../shared/platform/http/route-module.ts';
import { downloadReleaseExport as download } from '../../shared/releases/use-cases/download-release-export.ts';
import { downloadReleaseExportRoute } from '../../shared/releases/routes.ts';
import { wiring } from './wiring.ts';

export const downloadReleaseExport = routeModule(downloadReleaseExportRoute, async ({ params, query }) => ({
  status: 303,
  headers: { location: await download(await wiring().releases(), params.exportId, query.key), 'cache-control': 'no-store' },
}));
