import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import { listUndeliverableMail as list } from '../../shared/mail/use-cases/list-undeliverable-mail.ts';
import type { listUndeliverableMailRoute } from '../../shared/mail/routes.ts';
import { wiring } from './wiring.ts';

export const listUndeliverableMail: RouteImplementation<typeof listUndeliverableMailRoute> = async ({ identity, params, query }) => {
  const page = await list(wiring().applications, identity, params.seasonId, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
};
