import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import type { Identity } from '../../platform/auth/identity.ts';

/**
 * A season and its programme, if the caller is staff of that programme (the catalogue's check,
 * plugged in by the function's wiring); otherwise the 404 of a missing season.
 */
export interface PlacementStaffedSeasons {
  staffedSeason(identity: Identity, seasonId: string): Promise<{ readonly season: Season; readonly programme: Programme }>;
}
