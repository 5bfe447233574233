import { routeModule } from '../../shared/platform/http/route-module.ts';
import { rotateWebhookSecretRoute } from '../../shared/webhooks/routes.ts';
import { rotateWebhookSecret as run } from '../../shared/webhooks/use-cases/change-webhook-endpoint.ts';
import { wiring } from './wiring.ts';

export const rotateWebhookSecret = routeModule(rotateWebhookSecretRoute, async ({ identity, params }) => ({
  status: 201,
  body: await run(wiring().webhooks, identity, params.endpointId),
}));
