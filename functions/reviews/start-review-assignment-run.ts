import { routeModule } from '../../shared/platform/http/route-module.ts';
import { startReviewAssignmentRunRoute } from '../../shared/reviews/routes.ts';
import { startAssignmentRun } from '../../shared/reviews/use-cases/assignment-runs/start-assignment-run.ts';
import { wiring } from './wiring.ts';

export const startReviewAssignmentRun = routeModule(startReviewAssignmentRunRoute, async ({ identity, params, headers, body }) => {
  // The header schema has checked it; the lookup only narrows the type.
  const key = headers['idempotency-key'] ?? '';
  return { status: 202, body: await startAssignmentRun(wiring().assignmentRuns(), identity, params.seasonId, body, key) };
});
