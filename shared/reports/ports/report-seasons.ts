import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';

/**
 * A season with its programme, whoever asks: the reports decide who may read it (staff of the
 * programme, a regional body's partner for its region), so the catalogue's staff-only check does
 * not fit the partner's case. The function's wiring plugs in the catalogue's repositories.
 */
export interface ReportSeasons {
  find(seasonId: string): Promise<{ readonly season: Season; readonly programme: Programme } | undefined>;
}
