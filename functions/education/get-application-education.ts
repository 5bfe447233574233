import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getApplicationEducationRoute } from '../../shared/education/routes.ts';
import { readEducation } from '../../shared/education/use-cases/read-education.ts';
import { wiring } from './wiring.ts';

export const getApplicationEducation = routeModule(getApplicationEducationRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readEducation(wiring().education, identity, params.applicationId),
}));
