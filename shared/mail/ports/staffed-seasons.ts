import type { Identity } from '../../platform/auth/identity.ts';

/**
 * Whether the caller is staff of the season's programme. The catalogue owns seasons and staff
 * scope; the function's wiring plugs its check in. Refuses with the 404 of a missing season, so a
 * season id proves nothing to someone outside its programme.
 */
export interface StaffedSeasons {
  assertStaffed(identity: Identity, seasonId: string): Promise<void>;
}
