import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import { managesProgramme } from '../../catalogue/domain/staff-scope.ts';
import { REGIONAL_KINDS } from '../../partners/partner-organisation-schema.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { ReportDependencies } from './report-dependencies.ts';

/** What a caller may see of a season's reports: the season, and the one region a partner is held to. */
export interface ReportScope {
  readonly season: Season;
  readonly programme: Programme;
  /** The region every figure is narrowed to: the partner's own, or the one staff asked for. */
  readonly region: string | undefined;
}

/**
 * Staff of the season's programme see it whole (or the region they ask for). A partner sees it only
 * through a regional body of the registry (a region's executive or youth-policy body), only for that
 * region: a federal ministry, an employer, a partner whose claims the registry refutes, or a
 * `region` naming another one get the 404 of a missing season, so nothing says the season exists.
 */
export const reportScope = async (
  deps: Pick<ReportDependencies, 'seasons' | 'partners'>,
  identity: Identity,
  seasonId: string,
  requestedRegion: string | undefined,
): Promise<ReportScope> => {
  if (identity.roles.includes('staff')) {
    const found = await deps.seasons.find(seasonId);
    if (found !== undefined && managesProgramme(identity, found.season.programmeId)) return { ...found, region: requestedRegion };
  }
  if (!identity.roles.includes('partner')) throw notFound('season');
  const organisation = await deps.partners.resolve(identity);
  const region = organisation.region;
  if (region === null || !REGIONAL_KINDS.includes(organisation.kind) || (requestedRegion !== undefined && requestedRegion !== region))
    throw notFound('season');
  const found = await deps.seasons.find(seasonId);
  if (found === undefined) throw notFound('season');
  return { ...found, region };
};

/** The staff-only reports (KPIs) and writes: staff of the season's programme, the 404 of a missing season for everyone else. */
export const staffScope = async (deps: Pick<ReportDependencies, 'seasons'>, identity: Identity, seasonId: string) => {
  const found = identity.roles.includes('staff') ? await deps.seasons.find(seasonId) : undefined;
  if (found === undefined || !managesProgramme(identity, found.season.programmeId)) throw notFound('season');
  return found;
};
