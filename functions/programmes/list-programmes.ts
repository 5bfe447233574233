import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listProgrammesRoute } from '../../shared/catalogue/routes.ts';
import { listProgrammes as list } from '../../shared/catalogue/use-cases/list-programmes.ts';
import { wiring } from './wiring.ts';

export const listProgrammes = routeModule(listProgrammesRoute, async ({ identity, query }) => ({
  status: 200,
  body: await list(wiring().catalogue, identity, query),
}));
