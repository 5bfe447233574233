import type { Identity } from '../../platform/auth/identity.ts';
import { applicantConflictFacts, expertConflictFacts } from '../domain/conflicts/conflict-facts.ts';
import { detectConflicts } from '../domain/conflicts/detect-conflicts.ts';
import { MAX_REVIEWERS } from '../../catalogue/domain/config/review-rubric-schema.ts';
import type { AssignReviewerInput, Review } from '../review-schema.ts';
import {
  alreadyAssigned,
  conflictOfInterest,
  expertAtCapacity,
  expertNotInPool,
  expertNotQualified,
  expertProfileMissing,
  expertUnavailable,
  notAtRubricStage,
  reviewersFull,
} from '../review-errors.ts';
import type { ReviewDependencies } from './review-dependencies.ts';
import { refuseAfterDeadline, rubricOf, staffedSubject } from './review-subject-access.ts';

/**
 * Staff assign one expert to review one application on one rubric. Every rule is checked before
 * the write (stage and its review deadline, pool, availability, competence and language, the rubric's reviewer cap,
 * conflicts of interest) and capacity and uniqueness again by the write itself. Conflicts refuse
 * unless staff give a reason, which stays on the review with the conflicts they overrode.
 */
export const assignReviewer = async (
  deps: ReviewDependencies,
  identity: Identity,
  target: { readonly applicationId: string; readonly rubricId: string; readonly expertId: string },
  input: AssignReviewerInput,
): Promise<Review> => {
  const subject = await staffedSubject(deps, identity, target.applicationId);
  const rubric = rubricOf(subject, target.rubricId);
  const { application, programme } = subject;
  if (application.stage !== rubric.stage) throw notAtRubricStage(application.stage, rubric.stage);
  refuseAfterDeadline(subject.season, rubric, deps.clock());
  const [member, profile, reviews] = await Promise.all([
    deps.pool.find(application.seasonId, target.expertId),
    deps.profiles.find(target.expertId),
    deps.reviews.ofApplication(application.id),
  ]);
  if (member === undefined) throw expertNotInPool();
  if (profile === undefined) throw expertProfileMissing();
  if (!profile.available) throw expertUnavailable();
  const competence = rubric.competences.length === 0 || rubric.competences.some((id) => member.competences.includes(id));
  const language = member.languages.includes(application.language);
  if (!competence || !language)
    throw expertNotQualified({ competence: !competence, language: language ? undefined : application.language });
  if (reviews.some((review) => review.rubricId === rubric.id && review.expertId === target.expertId)) throw alreadyAssigned();
  if (reviews.filter((review) => review.rubricId === rubric.id).length >= MAX_REVIEWERS) throw reviewersFull(MAX_REVIEWERS);

  const conflicts = detectConflicts(
    expertConflictFacts(profile),
    applicantConflictFacts(subject.profile, application.region, subject.relations),
    programme.settings.conflictRules ?? { sameRegion: false },
  );
  if (conflicts.length > 0 && input.override === undefined) throw conflictOfInterest(conflicts);

  const at = deps.clock().toISOString();
  const review: Review = {
    applicationId: application.id,
    seasonId: application.seasonId,
    programmeId: application.programmeId,
    rubricId: rubric.id,
    stage: rubric.stage,
    expertId: target.expertId,
    status: 'assigned',
    scores: {},
    documents: rubric.blind.documents,
    assignedBy: identity.subject,
    assignedAt: at,
    ...(conflicts.length > 0 && input.override !== undefined
      ? { conflictOverride: { reason: input.override.reason, by: identity.subject, at, conflicts } }
      : {}),
    updatedAt: at,
    version: 1,
  };
  const outcome = await deps.reviews.assign(review);
  if (outcome === 'already-assigned') throw alreadyAssigned();
  if (outcome === 'over-capacity') throw expertAtCapacity();
  if (outcome === 'not-in-pool') throw expertNotInPool();
  return review;
};
