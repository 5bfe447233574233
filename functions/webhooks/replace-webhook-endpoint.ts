import { routeModule } from '../../shared/platform/http/route-module.ts';
import { replaceWebhookEndpointRoute } from '../../shared/webhooks/routes.ts';
import { replaceWebhookEndpoint as run } from '../../shared/webhooks/use-cases/change-webhook-endpoint.ts';
import { wiring } from './wiring.ts';

export const replaceWebhookEndpoint = routeModule(replaceWebhookEndpointRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await run(wiring().webhooks, identity, params.endpointId, body),
}));
