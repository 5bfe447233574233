import { notFound } from '../../platform/errors/common-errors.ts';
import { seasonAnnouncementMail } from '../mail/season-announcement-mail.ts';
import type { CatalogueDependencies } from './catalogue-dependencies.ts';

const seasonAnnouncementId = (seasonId: string): string => `season-announcement#${seasonId}`;

/**
 * Tells the programme's team that the season is open. However often the workflow step runs, one
 * mail is queued: its id names the season. A failed enqueue throws, so the workflow's retry queues it.
 */
export const announceSeason = async (
  deps: Pick<CatalogueDependencies, 'seasons' | 'programmes' | 'mailQueue' | 'clock'>,
  seasonId: string,
): Promise<{ readonly queued: boolean }> => {
  const season = await deps.seasons.find(seasonId);
  if (season === undefined) throw notFound('season');
  const programme = await deps.programmes.find(season.programmeId);
  if (programme === undefined) throw notFound('programme');
  const outcome = await deps.mailQueue.enqueue(
    { id: seasonAnnouncementId(seasonId), seasonId, mail: seasonAnnouncementMail(programme, season) },
    deps.clock(),
  );
  return { queued: outcome === 'queued' };
};
