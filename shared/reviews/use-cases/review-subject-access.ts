import type { ReviewRubric } from '../../catalogue/domain/config/review-rubric-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { ReviewSubject } from '../ports/review-subjects.ts';
import { reviewLocked } from '../review-errors.ts';
import type { ReviewDependencies } from './review-dependencies.ts';

/**
 * An application for staff of its programme, else the 404 of a missing one: an application id
 * proves nothing to someone outside the programme.
 */
export const staffedSubject = async (
  deps: Pick<ReviewDependencies, 'subjects' | 'staffedSeasons'>,
  identity: Identity,
  applicationId: string,
): Promise<ReviewSubject> => {
  const subject = await deps.subjects.find(applicationId);
  if (subject === undefined) throw notFound('application');
  await deps.staffedSeasons.staffedSeason(identity, subject.application.seasonId);
  return subject;
};

/** The programme's rubric by id, or the 404 of a rubric the programme does not have. */
export const rubricOf = (subject: ReviewSubject, rubricId: string): ReviewRubric => {
  const rubric = subject.programme.settings.reviewRubrics.find((candidate) => candidate.id === rubricId);
  if (rubric === undefined) throw notFound('rubric');
  return rubric;
};

/** When the rubric's stage closes in the season's calendar: after it reviews are locked. */
export const reviewDeadline = (subject: Pick<ReviewSubject, 'season'>, rubric: ReviewRubric): string | undefined =>
  subject.season.calendar.find((window) => window.stage === rubric.stage)?.closesAt;

/**
 * Refuses to assign reviews on a rubric whose deadline has passed: such a review could never be
 * submitted, yet it would hold the expert's capacity and have them reminded of it. The stage's
 * gate has read the scores by then, so staff decide what the reviews left open.
 */
export const refuseAfterDeadline = (season: Season, rubric: ReviewRubric, now: Date): void => {
  const deadline = reviewDeadline({ season }, rubric);
  if (deadline !== undefined && now.getTime() > Date.parse(deadline)) throw reviewLocked(deadline);
};
