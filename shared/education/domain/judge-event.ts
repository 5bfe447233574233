import type { Application } from '../../applications/application-schema.ts';
import type { CourseCatalogue } from '../course-catalogue-schema.ts';
import type { EventOutcomeCode } from './event-outcome.ts';
import type { ProgressEvent } from '../progress-event-schema.ts';

export type EventRefusal = Exclude<EventOutcomeCode, 'recorded' | 'duplicate' | 'already-recorded'>;

/**
 * Whether an event may be stored, decided before any write: the participant must be an
 * application of this season, the course one of the catalogue's of that kind and of the
 * participant's track, and a webinar watched before its access closed.
 */
export const judgeEvent = (
  event: ProgressEvent,
  context: { readonly seasonId: string; readonly application: Application | undefined; readonly catalogue: CourseCatalogue | undefined },
): EventRefusal | undefined => {
  const { application, catalogue } = context;
  if (application === undefined || application.seasonId !== context.seasonId) return 'unknown-participant';
  const courses = event.kind === 'webinar-watched' ? (catalogue?.webinars ?? []) : (catalogue?.broadcasts ?? []);
  const course = courses.find((candidate) => candidate.id === event.itemId);
  if (course === undefined) return 'unknown-item';
  const track = application.track?.track;
  if (track === undefined || !course.tracks.includes(track)) return 'not-in-track';
  if ('accessUntil' in course && Date.parse(event.at) > Date.parse(course.accessUntil)) return 'after-deadline';
  return undefined;
};
