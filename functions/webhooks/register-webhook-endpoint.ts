import { routeModule } from '../../shared/platform/http/route-module.ts';
import { registerWebhookEndpointRoute } from '../../shared/webhooks/routes.ts';
import { registerWebhookEndpoint as run } from '../../shared/webhooks/use-cases/register-webhook-endpoint.ts';
import { wiring } from './wiring.ts';

export const registerWebhookEndpoint = routeModule(registerWebhookEndpointRoute, async ({ identity, params, body }) => ({
  status: 201,
  body: await run(wiring().webhooks, identity, params.programmeId, body),
}));
