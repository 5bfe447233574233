import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import type { Identity } from '../../platform/auth/identity.ts';

/**
 * A season and its programme, if the caller is staff of that programme. The catalogue owns seasons
 * and staff scope; the function's wiring plugs its check in. Refuses with the 404 of a missing
 * season, so a season id proves nothing to someone outside its programme.
 */
export interface StaffedSeasons {
  staffedSeason(identity: Identity, seasonId: string): Promise<{ readonly season: Season; readonly programme: Programme }>;
}
