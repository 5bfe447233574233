import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listMachineClients as list } from '../../shared/releases/use-cases/manage-machine-clients.ts';
import { listMachineClientsRoute } from '../../shared/releases/routes.ts';
import { wiring } from './wiring.ts';

export const listMachineClients = routeModule(listMachineClientsRoute, async ({ identity, params, query }) => ({
  status: 200,
  body: await list(await wiring().releases(), identity, params.organisationId, query),
}));
