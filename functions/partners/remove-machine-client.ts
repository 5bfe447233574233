import { routeModule } from '../../shared/platform/http/route-module.ts';
import { removeMachineClient as remove } from '../../shared/releases/use-cases/manage-machine-clients.ts';
import { removeMachineClientRoute } from '../../shared/releases/routes.ts';
import { wiring } from './wiring.ts';

export const removeMachineClient = routeModule(removeMachineClientRoute, async ({ identity, params }) => {
  await remove(await wiring().releases(), identity, params.organisationId, params.clientId);
  return { status: 204 };
});
