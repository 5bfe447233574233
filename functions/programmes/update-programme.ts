import { routeModule } from '../../shared/platform/http/route-module.ts';
import { updateProgrammeRoute } from '../../shared/catalogue/routes.ts';
import { updateProgramme as update } from '../../shared/catalogue/use-cases/update-programme.ts';
import { wiring } from './wiring.ts';

export const updateProgramme = routeModule(updateProgrammeRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await update(wiring().catalogue, identity, params.programmeId, body),
}));
