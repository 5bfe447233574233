import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { seasonAlreadyOpen, seasonClosed } from '../programme-errors.ts';
import type { Season } from '../domain/seasons/season-schema.ts';
import type { CatalogueDependencies } from './catalogue-dependencies.ts';
import { findManagedSeason } from './find-managed-season.ts';

/** Execution names must be unique per attempt: Step Functions keeps a finished name for 90 days. */
export const openSeasonExecutionName = (seasonId: string, attempt: number): string => `open-season-${seasonId}-${attempt}`;

/**
 * Staff ask to open a season: draft -> opening as one conditional write, then the openSeason
 * workflow publishes and announces it. A season stuck in `opening` (the workflow failed or never
 * started) may be asked again; each request is a new attempt with its own execution, and the
 * workflow's steps are idempotent, so a double click costs nothing.
 */
export const requestSeasonOpening = async (
  deps: Pick<CatalogueDependencies, 'seasons' | 'workflows' | 'clock'>,
  identity: Identity,
  seasonId: string,
): Promise<Season> => {
  await findManagedSeason(deps, identity, seasonId);
  const change = await deps.seasons.changeStatus({
    seasonId,
    from: ['draft', 'opening'],
    to: 'opening',
    at: deps.clock().toISOString(),
    countOpeningAttempt: true,
  });
  if (change.outcome === 'missing') throw notFound('season');
  if (change.outcome === 'refused') throw change.season.status === 'closed' ? seasonClosed(seasonId) : seasonAlreadyOpen(seasonId);
  const season = change.season;
  await deps.workflows.start({
    workflow: 'openSeason',
    executionName: openSeasonExecutionName(season.id, season.openingAttempts),
    input: { programmeId: season.programmeId, seasonId: season.id },
  });
  return season;
};
