import { routeModule } from '../../shared/platform/http/route-module.ts';
import { sendTestWebhookDeliveryRoute } from '../../shared/webhooks/routes.ts';
import { sendTestWebhookDelivery as run } from '../../shared/webhooks/use-cases/webhook-deliveries.ts';
import { wiring } from './wiring.ts';

export const sendTestWebhookDelivery = routeModule(sendTestWebhookDeliveryRoute, async ({ identity, params }) => ({
  status: 202,
  body: await run(wiring().webhooks, identity, params.endpointId),
}));
