import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listWebhookEndpointsRoute } from '../../shared/webhooks/routes.ts';
import { listWebhookEndpoints as run } from '../../shared/webhooks/use-cases/list-webhook-endpoints.ts';
import { wiring } from './wiring.ts';

export const listWebhookEndpoints = routeModule(listWebhookEndpointsRoute, async ({ identity, params, query }) => {
  const page = await run(wiring().webhooks, identity, params.programmeId, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
