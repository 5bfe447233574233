import type { Identity } from '../../platform/auth/identity.ts';
import { findReportableSeason } from './access/education-access.ts';
import type { EventOutcome } from '../domain/event-outcome.ts';
import type { ProgressEvent } from '../progress-event-schema.ts';
import type { EducationDependencies } from './education-dependencies.ts';
import { recordProgress } from './record-progress.ts';

/** The learning platform (or staff) reports a batch of per-participant events. */
export const reportProgress = async (
  deps: EducationDependencies,
  identity: Identity,
  seasonId: string,
  events: readonly ProgressEvent[],
): Promise<EventOutcome[]> => {
  const season = await findReportableSeason(deps, identity, seasonId);
  return recordProgress(deps, { season }, events);
};
