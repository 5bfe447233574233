import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getApplicationMentoringRoute } from '../../shared/mentoring/routes.ts';
import { readApplicationMentoring } from '../../shared/mentoring/use-cases/read-application-mentoring.ts';
import { wiring } from './wiring.ts';

export const getApplicationMentoring = routeModule(getApplicationMentoringRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readApplicationMentoring(wiring().mentoring, identity, params.applicationId),
}));
