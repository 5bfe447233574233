import { getMyInterviewRoute } from '../../shared/interviews/routes.ts';
import { readMyInterview } from '../../shared/interviews/use-cases/read-my-interview.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const getMyInterview = routeModule(getMyInterviewRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readMyInterview(wiring().interviews, identity, params.applicationId),
}));
