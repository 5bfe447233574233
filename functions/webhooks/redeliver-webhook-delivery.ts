import { routeModule } from '../../shared/platform/http/route-module.ts';
import { redeliverWebhookDeliveryRoute } from '../../shared/webhooks/routes.ts';
import { redeliverWebhookDelivery as run } from '../../shared/webhooks/use-cases/webhook-deliveries.ts';
import { wiring } from './wiring.ts';

export const redeliverWebhookDelivery = routeModule(redeliverWebhookDeliveryRoute, async ({ identity, params }) => ({
  status: 202,
  body: await run(wiring().webhooks, identity, params.endpointId, params.deliveryId),
}));
