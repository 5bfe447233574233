import { takePlacementStepRoute } from '../../shared/internships/placement-routes.ts';
import { takeHostStep } from '../../shared/internships/use-cases/placements/take-host-step.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const takePlacementStep = routeModule(takePlacementStepRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await takeHostStep(wiring().placements(), identity, params, body),
}));
