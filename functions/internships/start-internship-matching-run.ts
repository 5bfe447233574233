import { startInternshipMatchingRunRoute } from '../../shared/internships/placement-routes.ts';
import { startMatchingRun } from '../../shared/internships/use-cases/matching-runs/start-matching-run.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const startInternshipMatchingRun = routeModule(startInternshipMatchingRunRoute, async ({ identity, params, headers, body }) => {
  // The header schema has checked it; the lookup only narrows the type.
  const key = headers['idempotency-key'] ?? '';
  return { status: 202, body: await startMatchingRun(wiring().matchingRuns(), identity, params.seasonId, body, key) };
});
