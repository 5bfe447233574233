import { routeModule } from '../../shared/platform/http/route-module.ts';
import { startScoreExportRoute } from '../../shared/reviews/routes.ts';
import { startScoreExport as start } from '../../shared/reviews/use-cases/score-export/start-score-export.ts';
import { wiring } from './wiring.ts';

export const startScoreExport = routeModule(startScoreExportRoute, async ({ identity, params, body }) => ({
  status: 202,
  body: await start(wiring().scoreExports, identity, params.seasonId, body),
}));
