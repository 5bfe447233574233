import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getScoreExportRoute } from '../../shared/reviews/routes.ts';
import { readScoreExport } from '../../shared/reviews/use-cases/score-export/read-score-export.ts';
import { wiring } from './wiring.ts';

export const getScoreExport = routeModule(getScoreExportRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readScoreExport(wiring().scoreExports, identity, params.seasonId, params.exportId),
}));
