import type { RouteImplementation } from '../../shared/http/route.ts';
import type { updateProgrammeRoute } from '../../shared/routes/programme-routes.ts';
import { updateProgramme as update } from '../../shared/programmes/use-cases/update-programme.ts';
import { catalogue } from './dependencies.ts';

export const updateProgramme: RouteImplementation<typeof updateProgrammeRoute> = async ({ identity, params, body }) => ({
  status: 200,
  body: await update(catalogue, identity, params.programmeId, body),
});
