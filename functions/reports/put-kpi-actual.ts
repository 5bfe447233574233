import { routeModule } from '../../shared/platform/http/route-module.ts';
import { putKpiActualRoute } from '../../shared/reports/routes.ts';
import { saveKpiActual } from '../../shared/reports/use-cases/save-kpi-actual.ts';
import { wiring } from './wiring.ts';

export const putKpiActual = routeModule(putKpiActualRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await saveKpiActual(wiring(), identity, params.seasonId, params.kpiId, body),
}));
