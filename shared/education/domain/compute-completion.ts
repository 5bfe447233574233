import type { ShortlistRule } from '../../catalogue/domain/config/shortlist-rule-schema.ts';
import type { Completion } from '../completion-schema.ts';
import type { CourseCatalogue } from '../course-catalogue-schema.ts';
import type { EducationProgress } from './education-progress.ts';
import { coursesForTrack } from './courses-for-track.ts';

/**
 * Completion of a participant's track courses, judged by the programme's shortlist rule
 * ("every recorded webinar watched AND at least X of the live broadcasts attended").
 * Progress on courses outside the track (or removed from the catalogue) does not count.
 * A participant without a track, or a season without courses, is never shortlisted by it: an
 * empty block proves nothing.
 */
export const computeCompletion = (input: {
  readonly catalogue: Pick<CourseCatalogue, 'webinars' | 'broadcasts'> | undefined;
  readonly track: string | undefined;
  readonly progress: Pick<EducationProgress, 'webinarsWatched' | 'broadcastsAttended'>;
  readonly rule: ShortlistRule | undefined;
}): Completion => {
  const { webinars, broadcasts } = coursesForTrack(input.catalogue, input.track);
  const watchedIds = new Set(input.progress.webinarsWatched);
  const attendedIds = new Set(input.progress.broadcastsAttended);
  const watched = webinars.filter((course) => watchedIds.has(course.id)).map((course) => course.id);
  const missing = webinars.filter((course) => !watchedIds.has(course.id)).map((course) => course.id);
  const attended = broadcasts.filter((course) => attendedIds.has(course.id)).map((course) => course.id);
  const share = broadcasts.length === 0 ? 1 : attended.length / broadcasts.length;
  const hasCourses = webinars.length + broadcasts.length > 0;
  const rule = input.rule;
  const meetsShortlistRule =
    rule !== undefined && hasCourses && (!rule.allRecordedWebinarsRequired || missing.length === 0) && share >= rule.minLiveBroadcastShare;
  return {
    ...(input.track === undefined ? {} : { track: input.track }),
    webinars: { total: webinars.length, watched, missing },
    broadcasts: { total: broadcasts.length, attended, share },
    ...(rule === undefined ? {} : { rule }),
    meetsShortlistRule,
  };
};
