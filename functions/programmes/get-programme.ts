import type { RouteImplementation } from '../../shared/http/route.ts';
import type { getProgrammeRoute } from '../../shared/routes/programme-routes.ts';
import { readProgramme } from '../../shared/programmes/use-cases/read-programme.ts';
import { catalogue } from './dependencies.ts';

export const getProgramme: RouteImplementation<typeof getProgrammeRoute> = async ({ identity, params }) => ({
  status: 200,
  body: await readProgramme(catalogue, identity, params.programmeId),
});
