import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getProgrammeRoute } from '../../shared/catalogue/routes.ts';
import { readProgramme } from '../../shared/catalogue/use-cases/read-programme.ts';
import { wiring } from './wiring.ts';

export const getProgramme = routeModule(getProgrammeRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readProgramme(wiring().catalogue, identity, params.programmeId),
}));
