import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { AssignmentPage, AssignmentPageInput } from '../assignment-run-schema.ts';
import { planAssignment } from '../domain/assignment/plan-assignment.ts';
import { applicantConflictFacts, expertConflictFacts } from '../domain/conflicts/conflict-facts.ts';
import { detectConflicts } from '../domain/conflicts/detect-conflicts.ts';
import type { Review } from '../review-schema.ts';
import type { ReviewDependencies } from './review-dependencies.ts';

/** At most this many assignments are written at once: each is a two-item transaction on an expert's pool place. */
const WRITE_CONCURRENCY = 10;

/** Whose stage a page is of, and who the reviews it makes are assigned by. */
export interface AssignmentScope {
  readonly programme: Programme;
  readonly seasonId: string;
  /** The staff member making the assignments (the page route's caller, or whoever started a run). */
  readonly assignedBy: string;
}

/**
 * Plans the reviews a page of the rubric's stage still needs, over the season's whole pool, and
 * (unless a dry run) makes them. Every application gets up to the rubric's `reviewers` (one more
 * where they disagreed and the rubric asks for an extra reviewer), by experts
 * with its language and one of the rubric's competences, never across a conflict of interest,
 * never over an expert's capacity, the load as even as capacities allow (domain/assignment). The
 * writes hold capacity and uniqueness again, so a run racing staff's own assignments loses
 * nothing: a refused write is reported as left over. The next page starts at `nextCursor`. Staff
 * call it a page at a time (plan-assignment-page.ts); a review assignment run calls it for every
 * page of the stage (assignment-runs/).
 */
export const planPageOverPool = async (
  deps: Pick<ReviewDependencies, 'pool' | 'profiles' | 'reviews' | 'subjects' | 'clock'>,
  { programme, seasonId, assignedBy }: AssignmentScope,
  input: AssignmentPageInput,
): Promise<AssignmentPage> => {
  const rubric = programme.settings.reviewRubrics.find((candidate) => candidate.id === input.rubricId);
  if (rubric === undefined) throw notFound('rubric');
  const [page, members] = await Promise.all([
    deps.subjects.atStage(seasonId, rubric.stage, { limit: input.limit, cursor: input.cursor }),
    deps.pool.all(seasonId),
  ]);
  const [expertProfiles, applicants, heldByApplication] = await Promise.all([
    deps.profiles.findMany(members.map((member) => member.expertId)),
    deps.subjects.applicantsOf(page.items.map((application) => application.applicantId)),
    Promise.all(page.items.map(async (application) => [application.id, await deps.reviews.reviewsWithScores(application.id)] as const)),
  ]);
  const reviews = new Map<string, readonly Review[]>(heldByApplication.map(([id, held]) => [id, held.reviews]));
  // Where the reviewers disagreed and the rubric asks for one more expert (aggregate-rubric.ts).
  const disputed = new Set(
    heldByApplication.flatMap(([id, held]) =>
      held.aggregates.some((aggregate) => aggregate.rubricId === rubric.id && aggregate.extraReviewerWanted) ? [id] : [],
    ),
  );
  const available = members.filter((member) => expertProfiles.get(member.expertId)?.available === true);

  // Conflicts are judged once per pair here, so the planner's many questions are a set lookup.
  const rules = programme.settings.conflictRules ?? { sameRegion: false };
  const experts = available.flatMap((member) => {
    const profile = expertProfiles.get(member.expertId);
    return profile === undefined ? [] : [{ id: member.expertId, facts: expertConflictFacts(profile) }];
  });
  const conflicts = new Set<string>();
  for (const application of page.items) {
    const held = applicants.get(application.applicantId);
    const applicant = applicantConflictFacts(held?.profile, application.region, held?.relations ?? []);
    for (const expert of experts) {
      if (detectConflicts(expert.facts, applicant, rules).length > 0) conflicts.add(`${expert.id} ${application.id}`);
    }
  }

  const plan = planAssignment({
    experts: available.map((member) => ({
      id: member.expertId,
      capacity: member.capacity,
      load: member.load,
      competences: member.competences,
      languages: member.languages,
    })),
    requests: page.items.map((application) => {
      const held = reviews.get(application.id) ?? [];
      return {
        applicationId: application.id,
        rubricId: rubric.id,
        wanted: Math.max(
          0,
          rubric.reviewers + (disputed.has(application.id) ? 1 : 0) - held.filter((review) => review.rubricId === rubric.id).length,
        ),
        competences: rubric.competences,
        language: application.language,
        assigned: [...new Set(held.map((review) => review.expertId))],
      };
    }),
    conflicted: (expertId, applicationId) => conflicts.has(`${expertId} ${applicationId}`),
  });

  const made: { applicationId: string; expertId: string }[] = [];
  const refused = new Map<string, number>();
  if (!input.dryRun) {
    const byId = new Map(page.items.map((application) => [application.id, application]));
    const at = deps.clock().toISOString();
    const pending = [...plan.assignments];
    const worker = async (): Promise<void> => {
      for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
        const application = byId.get(next.applicationId);
        if (application === undefined) continue;
        const outcome = await deps.reviews.assign({
          applicationId: application.id,
          seasonId,
          programmeId: application.programmeId,
          rubricId: rubric.id,
          stage: rubric.stage,
          expertId: next.expertId,
          status: 'assigned',
          scores: {},
          documents: rubric.blind.documents,
          assignedBy,
          assignedAt: at,
          updatedAt: at,
          version: 1,
        });
        if (outcome === 'assigned') made.push({ applicationId: application.id, expertId: next.expertId });
        else refused.set(application.id, (refused.get(application.id) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, worker));
  }

  const unassigned = new Map(plan.unassigned.map((left) => [left.applicationId, { ...left }]));
  for (const [applicationId, missing] of refused) {
    const left = unassigned.get(applicationId);
    unassigned.set(applicationId, {
      applicationId,
      rubricId: rubric.id,
      missing: (left?.missing ?? 0) + missing,
      reason: left?.reason ?? 'capacity-exhausted',
    });
  }
  const assignments = input.dryRun
    ? plan.assignments.map(({ applicationId, expertId }) => ({ applicationId, expertId }))
    : made.sort((a, b) => a.applicationId.localeCompare(b.applicationId) || a.expertId.localeCompare(b.expertId));
  const written = new Map<string, number>();
  for (const { expertId } of assignments) written.set(expertId, (written.get(expertId) ?? 0) + 1);
  return {
    rubricId: rubric.id,
    stage: rubric.stage,
    dryRun: input.dryRun,
    applications: page.items.length,
    assignments,
    unassigned: [...unassigned.values()].map(({ applicationId, missing, reason }) => ({ applicationId, missing, reason })),
    loads: plan.loads.map(({ expertId, capacity, before }) => ({
      expertId,
      capacity,
      before,
      after: before + (written.get(expertId) ?? 0),
    })),
    ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
  };
};
