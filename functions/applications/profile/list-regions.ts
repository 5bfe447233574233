import { FEDERAL_DISTRICTS } from '../../../shared/applicants/domain/profile/federal-districts.ts';
import { REGIONS } from '../../../shared/applicants/domain/profile/regions.ts';
import type { RouteImplementation } from '../../../shared/platform/http/route.ts';
import type { listRegionsRoute } from '../../../shared/applicants/routes.ts';

/** The list changes only with a release; clients and CDNs may keep it for a day. */
export const listRegions: RouteImplementation<typeof listRegionsRoute> = async () => ({
  status: 200,
  body: { items: REGIONS, federalDistricts: FEDERAL_DISTRICTS },
  headers: { 'cache-control': 'public, max-age=86400' },
});
