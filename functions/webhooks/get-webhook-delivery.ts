import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getWebhookDeliveryRoute } from '../../shared/webhooks/routes.ts';
import { readWebhookDelivery as run } from '../../shared/webhooks/use-cases/webhook-deliveries.ts';
import { wiring } from './wiring.ts';

export const getWebhookDelivery = routeModule(getWebhookDeliveryRoute, async ({ identity, params }) => ({
  status: 200,
  body: await run(wiring().webhooks, identity, params.endpointId, params.deliveryId),
}));
