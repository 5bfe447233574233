import type { ImplementationsOf } from '../../../shared/platform/http/route-handler.ts';
import type { getMyProfileRoute, listRegionsRoute, saveMyProfileRoute } from '../../../shared/applicants/routes.ts';
import { getMyProfile } from './get-my-profile.ts';
import { listRegions } from './list-regions.ts';
import { saveMyProfile } from './save-my-profile.ts';

/** The profile routes' implementations keyed by operationId, for the applications handler to spread in. */
export const profileImplementations: ImplementationsOf<typeof listRegionsRoute | typeof getMyProfileRoute | typeof saveMyProfileRoute> = {
  listRegions,
  getMyProfile,
  saveMyProfile,
};
