import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getScoreExportLinkRoute } from '../../shared/reviews/routes.ts';
import { scoreExportLink } from '../../shared/reviews/use-cases/score-export/score-export-link.ts';
import { wiring } from './wiring.ts';

export const getScoreExportLink = routeModule(getScoreExportLinkRoute, async ({ identity, params }) => ({
  status: 200,
  body: await scoreExportLink(wiring().scoreExportLinks(), identity, params.seasonId, params.exportId),
}));
