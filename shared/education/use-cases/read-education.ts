import type { Identity } from '../../platform/auth/identity.ts';
import { findReadableApplication } from './access/education-access.ts';
import { computeCompletion } from '../domain/compute-completion.ts';
import { coursesForTrack } from '../domain/courses-for-track.ts';
import { noProgress } from '../domain/education-progress.ts';
import type { EducationView } from '../education-view-schema.ts';
import type { EducationDependencies } from './education-dependencies.ts';

/**
 * An application's courses and completion, for its applicant and the programme's staff: the
 * application, the season's catalogue, the programme's rule and ONE progress item, read in parallel.
 */
export const readEducation = async (
  deps: Pick<EducationDependencies, 'applications' | 'catalogues' | 'programmes' | 'progress'>,
  identity: Identity,
  applicationId: string,
): Promise<EducationView> => {
  const application = await findReadableApplication(deps, identity, applicationId);
  const [catalogue, programme, progress] = await Promise.all([
    deps.catalogues.find(application.seasonId),
    deps.programmes.find(application.programmeId),
    deps.progress.find(applicationId),
  ]);
  const track = application.track?.track;
  const done = progress ?? noProgress(applicationId);
  const completion = computeCompletion({ catalogue, track, progress: done, rule: programme?.settings.shortlist });
  const courses = coursesForTrack(catalogue, track);
  return {
    applicationId,
    seasonId: application.seasonId,
    webinars: courses.webinars.map(({ tracks: _tracks, ...course }) => ({ ...course, watched: done.webinarsWatched.includes(course.id) })),
    broadcasts: courses.broadcasts.map(({ tracks: _tracks, ...course }) => ({
      ...course,
      attended: done.broadcastsAttended.includes(course.id),
    })),
    completion,
  };
};
