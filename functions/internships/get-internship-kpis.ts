import { getInternshipKpisRoute } from '../../shared/internships/placement-routes.ts';
import { readInternshipKpis } from '../../shared/internships/use-cases/placements/read-internship-kpis.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const getInternshipKpis = routeModule(getInternshipKpisRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readInternshipKpis(wiring().placements(), identity, params.seasonId),
}));
