import { listSeasonCertificatesRoute } from '../../shared/certificates/routes.ts';
import { listSeasonCertificates } from '../../shared/certificates/use-cases/list-season-certificates.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const listSeasonCertificatesOperation = routeModule(listSeasonCertificatesRoute, async ({ identity, params, query }) => {
  const page = await listSeasonCertificates(wiring(), identity, params.seasonId, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
