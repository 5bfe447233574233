import { routeModule } from '../../shared/platform/http/route-module.ts';
import { removeWebhookEndpointRoute } from '../../shared/webhooks/routes.ts';
import { removeWebhookEndpoint as run } from '../../shared/webhooks/use-cases/change-webhook-endpoint.ts';
import { wiring } from './wiring.ts';

export const removeWebhookEndpoint = routeModule(removeWebhookEndpointRoute, async ({ identity, params, query }) => {
  await run(wiring().webhooks, identity, params.endpointId, query.version);
  return { status: 204 };
});
