import { routeModule } from '../../shared/platform/http/route-module.ts';
import { createProgrammeRoute } from '../../shared/catalogue/routes.ts';
import { createProgramme as create } from '../../shared/catalogue/use-cases/create-programme.ts';
import { wiring } from './wiring.ts';

export const createProgramme = routeModule(createProgrammeRoute, async ({ identity, body }) => {
  const programme = await create(wiring().catalogue, identity, body);
  return { status: 201, body: programme, headers: { location: `/programmes/${programme.id}` } };
});
