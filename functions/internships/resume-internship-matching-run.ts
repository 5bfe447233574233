import { resumeInternshipMatchingRunRoute } from '../../shared/internships/placement-routes.ts';
import { resumeMatchingRun } from '../../shared/internships/use-cases/matching-runs/resume-matching-run.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const resumeInternshipMatchingRun = routeModule(resumeInternshipMatchingRunRoute, async ({ identity, params }) => ({
  status: 202,
  body: await resumeMatchingRun(wiring().matchingRuns(), identity, params.seasonId, params.runId),
}));
