import { notFound } from '../../platform/errors/common-errors.ts';
import { applicantConflictFacts, expertConflictFacts } from '../domain/conflicts/conflict-facts.ts';
import { detectConflicts } from '../domain/conflicts/detect-conflicts.ts';
import type { Review } from '../review-schema.ts';
import type { ReviewDependencies } from './review-dependencies.ts';
import { rubricOf } from './review-subject-access.ts';

export type ScorecardOutcome = 'opened' | 'already-open' | 'conflict-of-interest';

/**
 * An applicant attended an interview: each panel member gets a review of them on the event's
 * rubric (a scorecard), scored under /me/reviews like any review, aggregated once all are in. A
 * member with a conflict of interest (declared or detected from their expert profile) gets none;
 * staff see that in the answer and can assign someone by hand. Partners' people have no expert
 * profile: only what their organisation declares binds them; their scorecards name the organisation
 * they score for. Opening again opens what is missing.
 */
export const openPanelScorecards = async (
  deps: Pick<ReviewDependencies, 'reviews' | 'subjects' | 'profiles' | 'clock'>,
  request: {
    readonly applicationId: string;
    readonly rubricId: string;
    readonly panel: readonly string[];
    readonly eventId: string;
    readonly ownerOrganisation?: string | undefined;
    readonly openedBy: string;
  },
): Promise<readonly { readonly panelMember: string; readonly outcome: ScorecardOutcome }[]> => {
  const subject = await deps.subjects.find(request.applicationId);
  if (subject === undefined) throw notFound('application');
  const rubric = rubricOf(subject, request.rubricId);
  const now = deps.clock().toISOString();
  return Promise.all(
    request.panel.map(async (panelMember) => {
      const profile = await deps.profiles.find(panelMember);
      const conflicts =
        profile === undefined
          ? []
          : detectConflicts(
              expertConflictFacts(profile),
              applicantConflictFacts(subject.profile, subject.application.region, subject.relations),
              subject.programme.settings.conflictRules ?? { sameRegion: false },
            );
      if (conflicts.length > 0) return { panelMember, outcome: 'conflict-of-interest' as const };
      const review: Review = {
        applicationId: subject.application.id,
        seasonId: subject.application.seasonId,
        programmeId: subject.application.programmeId,
        rubricId: rubric.id,
        stage: rubric.stage,
        expertId: panelMember,
        status: 'assigned',
        scores: {},
        assignedBy: request.openedBy,
        assignedAt: now,
        interviewEventId: request.eventId,
        ...(request.ownerOrganisation === undefined ? {} : { panelOrganisation: request.ownerOrganisation }),
        documents: [...rubric.blind.documents],
        updatedAt: now,
        version: 1,
      };
      return { panelMember, outcome: await deps.reviews.openScorecard(review) };
    }),
  );
};
