import { listMyCertificatesRoute } from '../../shared/certificates/routes.ts';
import { listMyCertificates } from '../../shared/certificates/use-cases/list-my-certificates.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const listMyCertificatesOperation = routeModule(listMyCertificatesRoute, async ({ identity, query }) => {
  const page = await listMyCertificates(wiring(), identity, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
