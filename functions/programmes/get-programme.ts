import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { getProgrammeRoute } from '../../shared/catalogue/routes.ts';
import { readProgramme } from '../../shared/catalogue/use-cases/read-programme.ts';
import { wiring } from './wiring.ts';

export const getProgramme: RouteImplementation<typeof getProgrammeRoute> = async ({ identity, params }) => ({
  status: 200,
  body: await readProgramme(wiring().catalogue, identity, params.programmeId),
});
