import { routeModule } from '../../shared/platform/http/route-module.ts';
import { resumeWebhookEndpointRoute } from '../../shared/webhooks/routes.ts';
import { resumeWebhookEndpoint as run } from '../../shared/webhooks/use-cases/change-webhook-endpoint.ts';
import { wiring } from './wiring.ts';

export const resumeWebhookEndpoint = routeModule(resumeWebhookEndpointRoute, async ({ identity, params }) => ({
  status: 200,
  body: await run(wiring().webhooks, identity, params.endpointId),
}));
