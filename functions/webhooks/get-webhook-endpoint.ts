import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getWebhookEndpointRoute } from '../../shared/webhooks/routes.ts';
import { readWebhookEndpoint as run } from '../../shared/webhooks/use-cases/change-webhook-endpoint.ts';
import { wiring } from './wiring.ts';

export const getWebhookEndpoint = routeModule(getWebhookEndpointRoute, async ({ identity, params }) => ({
  status: 200,
  body: await run(wiring().webhooks, identity, params.endpointId),
}));
