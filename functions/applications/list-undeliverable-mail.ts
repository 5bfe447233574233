import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listUndeliverableMail as list } from '../../shared/mail/use-cases/list-undeliverable-mail.ts';
import { listUndeliverableMailRoute } from '../../shared/mail/routes.ts';
import { wiring } from './wiring.ts';

export const listUndeliverableMail = routeModule(listUndeliverableMailRoute, async ({ identity, params, query }) => {
  const page = await list(wiring().applications, identity, params.seasonId, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
