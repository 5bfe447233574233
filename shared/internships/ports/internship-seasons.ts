import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import type { Identity } from '../../platform/auth/identity.ts';

/** A season with its programme, as hosts reach it (they are not scoped by programme); the catalogue owns both. */
export interface InternshipSeasons {
  find(seasonId: string): Promise<{ readonly season: Season; readonly programme: Programme } | undefined>;
}

/**
 * A season and its programme, if the caller is staff of that programme: the catalogue's scope check,
 * refusing with the 404 of a missing season.
 */
export interface StaffedSeasons {
  staffedSeason(identity: Identity, seasonId: string): Promise<{ readonly season: Season; readonly programme: Programme }>;
}
