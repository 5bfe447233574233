import assert from 'node:assert/strict';
import type { SaveProfileInput } from '../../../shared/applicants/domain/profile/profile-schema.ts';
import type { HandlerResponse } from '../../support/api-event.ts';
import { callReviews } from '../../support/call-reviews.ts';
import type { Claims } from '../../support/claims.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import { waitFor } from '../../support/wait-for.ts';
import { applicantWith, draftOf, expectStatus, viewOf, type Applicant, type Season } from '../pipelines/pipeline-world.ts';
import { expertInPool } from './review-world.ts';

/**
 * A seed programme's review flow as its people drive it, each through their own routes: applicants
 * apply (pipeline-world), staff fill the season's expert pool and run the assignment over a
 * rubric's stage, experts read what the rubric's blind policy lets them see and score it, and the
 * pipeline moves the application on its score. Nothing is written behind the API's back.
 */

/** An applicant with an application in the season, and what the experts must never see of them. */
export interface Candidate {
  readonly applicant: Applicant;
  readonly applicationId: string;
  /** Strings that identify the person: their names, address and birth date. */
  readonly personal: readonly string[];
}

/** An invented person whose surname marks them out in anything an expert is shown. */
export const personNamed = (surname: string, changes: Partial<SaveProfileInput> = {}): SaveProfileInput => ({
  ...baseProfile(),
  name: { last: surname, first: 'Вероника', patronymic: 'Олеговна' },
  ...changes,
});

/** A new applicant (consent, profile) with a draft in the season filled with `draft`. */
export const givenADraft = async (season: Season, profile: SaveProfileInput, draft: Record<string, unknown>): Promise<Candidate> => {
  const applicant = await applicantWith(profile);
  const applicationId = await draftOf(season, applicant, draft);
  const { last, first, patronymic } = profile.name;
  return {
    applicant,
    applicationId,
    personal: [last, first, patronymic ?? last, `${applicant.sub}@example.org`, profile.birthDate],
  };
};

/** Staff put `count` experts with `changes` over a plain profile in the season's pool, each with `capacity`. */
export const givenAPanel = async (
  season: Season,
  count: number,
  capacity: number,
  changes: Record<string, unknown> = {},
): Promise<ReadonlyMap<string, Claims>> => {
  const experts = await Promise.all(Array.from({ length: count }, () => expertInPool(season, capacity, changes)));
  return new Map(experts.map((expert) => [expert['sub'] ?? assert.fail('an expert without a sub'), expert]));
};

export interface AssignmentRun {
  readonly assignments: readonly { readonly applicationId: string; readonly expertId: string }[];
  readonly unassigned: readonly { readonly applicationId: string; readonly missing: number; readonly reason: string }[];
}

/** Staff run the assignment over the rubric's whole stage (one page holds it here) and make it. */
export const whenStaffRunTheAssignment = async (season: Season, rubricId: string): Promise<AssignmentRun> =>
  expectStatus(
    await callReviews({
      method: 'POST',
      route: '/seasons/{seasonId}/review-assignments',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
      body: { rubricId, dryRun: false, limit: 100 },
    }),
    200,
    'the assignment run',
  ) as unknown as AssignmentRun;

/** The experts the run gave `applicationId`, as the pool's claims. */
export const reviewersOf = (run: AssignmentRun, applicationId: string, panel: ReadonlyMap<string, Claims>): Claims[] =>
  run.assignments
    .filter((assignment) => assignment.applicationId === applicationId)
    .map((assignment) => panel.get(assignment.expertId) ?? assert.fail(`the run assigned ${assignment.expertId}, not of the panel`));

/** What the expert is shown of the application to review (the blind view), after checking none of the person is in it. */
export const whenTheExpertReads = async (expert: Claims, candidate: Candidate, rubricId: string): Promise<Record<string, unknown>> => {
  const page = expectStatus(
    await callReviews({
      method: 'GET',
      route: '/me/reviews/{applicationId}/{rubricId}',
      pathParameters: { applicationId: candidate.applicationId, rubricId },
      claims: expert,
    }),
    200,
    'the expert’s review page',
  );
  const seen = JSON.stringify(page);
  for (const personal of candidate.personal) assert.ok(!seen.includes(personal), `the expert was shown “${personal}”`);
  return page;
};

/** The expert reads the application blind, then submits `scores` on every criterion at the version they read. */
export const whenTheExpertScores = async (
  expert: Claims,
  candidate: Candidate,
  rubricId: string,
  scores: Record<string, number>,
): Promise<HandlerResponse> => {
  const page = await whenTheExpertReads(expert, candidate, rubricId);
  const { version } = page['review'] as { version: number };
  const submitted = await callReviews({
    method: 'POST',
    route: '/me/reviews/{applicationId}/{rubricId}/submission',
    pathParameters: { applicationId: candidate.applicationId, rubricId },
    claims: expert,
    body: { scores, version },
  });
  expectStatus(submitted, 200, 'the expert’s submission');
  return submitted;
};

export interface StoredAggregate {
  readonly rubricId: string;
  readonly method: string;
  readonly score: number;
  readonly reviewCount: number;
  readonly spread: number;
  readonly disagreement: boolean;
  readonly passed?: boolean;
  readonly extraReviewerWanted: boolean;
}

/** The application's stored score on the rubric as staff read it, if there is one yet. */
export const aggregateOf = async (season: Season, applicationId: string, rubricId: string): Promise<StoredAggregate | undefined> => {
  const reviews = expectStatus(
    await callReviews({
      method: 'GET',
      route: '/applications/{applicationId}/reviews',
      pathParameters: { applicationId },
      claims: season.staff,
    }),
    200,
    'the application’s reviews',
  );
  return (reviews['aggregates'] as StoredAggregate[]).find((aggregate) => aggregate.rubricId === rubricId);
};

/** Resolves once the application is in `stage` (a move the platform makes in its own time); its view then. */
export const thenItReaches = (season: Season, candidate: Candidate, stage: string) =>
  waitFor(
    async () => {
      const view = await viewOf(season, candidate.applicationId);
      return view.stage === stage && view;
    },
    { description: `${candidate.applicationId} to reach ${stage}`, timeoutMs: 30_000 },
  );
