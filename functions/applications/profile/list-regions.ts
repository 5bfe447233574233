import { FEDERAL_DISTRICTS } from '../../../shared/applicants/domain/profile/federal-districts.ts';
import { REGIONS } from '../../../shared/applicants/domain/profile/regions.ts';
import { routeModule } from '../../../shared/platform/http/route-module.ts';
import { listRegionsRoute } from '../../../shared/applicants/routes.ts';

/** The list changes only with a release; clients and CDNs may keep it for a day. */
export const listRegions = routeModule(listRegionsRoute, async () => ({
  status: 200,
  body: { items: REGIONS, federalDistricts: FEDERAL_DISTRICTS },
  headers: { 'cache-control': 'public, max-age=86400' },
}));
