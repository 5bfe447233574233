import type { ReviewRubric } from '../../catalogue/domain/config/review-rubric-schema.ts';
import { applicantConflictFacts, expertConflictFacts } from '../domain/conflicts/conflict-facts.ts';
import { detectConflicts } from '../domain/conflicts/detect-conflicts.ts';
import type { ReviewSubject } from '../ports/review-subjects.ts';
import type { ReviewDependencies } from './review-dependencies.ts';

/**
 * The reviewers disagreed by more than the rubric allows and it asks for one more: the expert an
 * assignment run would pick is assigned at once, so the score does not wait for staff. Candidates
 * are the pool's experts who are available, review in the application's language, hold one of
 * the rubric's competences, have capacity left, hold no review of the application yet and have no
 * conflict of interest with it; the least loaded (relative to capacity) goes first, and the
 * write itself holds capacity and uniqueness, so a race moves on to the next. Undefined when
 * nobody qualifies: the application then waits for staff or the next assignment run.
 */
export const assignExtraReviewer = async (
  deps: Pick<ReviewDependencies, 'pool' | 'profiles' | 'reviews' | 'clock'>,
  subject: ReviewSubject,
  rubric: ReviewRubric,
  assignedBy: string,
): Promise<string | undefined> => {
  const { application } = subject;
  const [members, held] = await Promise.all([deps.pool.all(application.seasonId), deps.reviews.ofApplication(application.id)]);
  const onIt = new Set(held.map((review) => review.expertId));
  const qualified = members.filter(
    (member) =>
      !onIt.has(member.expertId) &&
      member.load < member.capacity &&
      member.languages.includes(application.language) &&
      (rubric.competences.length === 0 || member.competences.some((competence) => rubric.competences.includes(competence))),
  );
  if (qualified.length === 0) return undefined;
  const profiles = await deps.profiles.findMany(qualified.map((member) => member.expertId));
  const applicant = applicantConflictFacts(subject.profile, application.region, subject.relations);
  const rules = subject.programme.settings.conflictRules ?? { sameRegion: false };
  const candidates = qualified
    .filter((member) => {
      const profile = profiles.get(member.expertId);
      return profile?.available === true && detectConflicts(expertConflictFacts(profile), applicant, rules).length === 0;
    })
    .sort((a, b) => a.load / a.capacity - b.load / b.capacity || a.load - b.load || a.expertId.localeCompare(b.expertId));
  const at = deps.clock().toISOString();
  for (const member of candidates) {
    const outcome = await deps.reviews.assign({
      applicationId: application.id,
      seasonId: application.seasonId,
      programmeId: application.programmeId,
      rubricId: rubric.id,
      stage: rubric.stage,
      expertId: member.expertId,
      status: 'assigned',
      scores: {},
      documents: [...rubric.blind.documents],
      assignedBy,
      assignedAt: at,
      updatedAt: at,
      version: 1,
    });
    if (outcome === 'assigned') return member.expertId;
  }
  return undefined;
};
