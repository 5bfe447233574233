import { routeModule } from '../../shared/platform/http/route-module.ts';
import { resumeReviewAssignmentRunRoute } from '../../shared/reviews/routes.ts';
import { resumeAssignmentRun } from '../../shared/reviews/use-cases/assignment-runs/resume-assignment-run.ts';
import { wiring } from './wiring.ts';

export const resumeReviewAssignmentRun = routeModule(resumeReviewAssignmentRunRoute, async ({ identity, params }) => ({
  status: 202,
  body: await resumeAssignmentRun(wiring().assignmentRuns(), identity, params.seasonId, params.runId),
}));
