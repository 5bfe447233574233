import { routeModule } from '../../shared/platform/http/route-module.ts';
import { saveMachineClient as save } from '../../shared/releases/use-cases/manage-machine-clients.ts';
import { saveMachineClientRoute } from '../../shared/releases/routes.ts';
import { wiring } from './wiring.ts';

export const saveMachineClient = routeModule(saveMachineClientRoute, async ({ identity, params, body }) => {
  const { created, client } = await save(await wiring().releases(), identity, params.organisationId, params.clientId, body);
  return { status: created ? 201 : 200, body: client };
});
