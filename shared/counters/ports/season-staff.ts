import type { Identity } from '../../platform/auth/identity.ts';

/**
 * Whether the caller is staff of the season's programme; refuses with the 404 of a missing season.
 * The catalogue owns seasons and staff scope; the function's wiring plugs its check in.
 */
export interface SeasonStaff {
  assertStaffed(identity: Identity, seasonId: string): Promise<void>;
}
