import { notFound } from '../../errors/common-errors.ts';
import { seasonAnnouncementMail } from '../mail/season-announcement-mail.ts';
import { CLAIM_LEASE_SECONDS } from '../mail/send-claimed-mail.ts';
import type { CatalogueDependencies } from './catalogue-dependencies.ts';

const seasonAnnouncementId = (seasonId: string): string => `season-announcement#${seasonId}`;

/**
 * Tells the programme's team that the season is open. However often the workflow step runs, one
 * mail goes out: the ledger's claim decides who sends; a failed send gives the claim back and
 * rethrows, so the workflow's retry sends it.
 */
export const announceSeason = async (
  deps: Pick<CatalogueDependencies, 'seasons' | 'programmes' | 'mailer' | 'notifications' | 'clock'>,
  seasonId: string,
): Promise<{ readonly sent: boolean }> => {
  const season = await deps.seasons.find(seasonId);
  if (season === undefined) throw notFound('season');
  const programme = await deps.programmes.find(season.programmeId);
  if (programme === undefined) throw notFound('programme');

  const notificationId = seasonAnnouncementId(seasonId);
  if (!(await deps.notifications.claim(notificationId, deps.clock(), CLAIM_LEASE_SECONDS))) return { sent: false };
  let messageId: string;
  try {
    ({ messageId } = await deps.mailer.send(seasonAnnouncementMail(programme, season)));
  } catch (error) {
    await deps.notifications.release(notificationId);
    throw error;
  }
  await deps.notifications.confirm(notificationId, deps.clock(), messageId);
  return { sent: true };
};
