import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listWebhookDeliveriesRoute } from '../../shared/webhooks/routes.ts';
import { listWebhookDeliveries as run } from '../../shared/webhooks/use-cases/webhook-deliveries.ts';
import { wiring } from './wiring.ts';

export const listWebhookDeliveries = routeModule(listWebhookDeliveriesRoute, async ({ identity, params, query }) => {
  const page = await run(wiring().webhooks, identity, params.endpointId, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
