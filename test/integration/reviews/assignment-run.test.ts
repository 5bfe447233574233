import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { callReviews } from '../../support/call-reviews.ts';
import { staffClaims, type Claims } from '../../support/claims.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import { applicationIn, expertInPool, RUBRIC, reviewSeason, reviewsOf, type ReviewSeason } from './review-world.ts';

interface PlannedPage {
  readonly applications: number;
  readonly assignments: readonly { applicationId: string; expertId: string }[];
  readonly unassigned: readonly { applicationId: string; missing: number; reason: string }[];
  readonly loads: readonly { expertId: string; capacity: number; before: number; after: number }[];
  readonly nextCursor?: string;
}

const plan = async (season: ReviewSeason, body: Record<string, unknown>, claims: Claims = season.staff) =>
  callReviews({
    method: 'POST',
    route: '/seasons/{seasonId}/review-assignments',
    pathParameters: { seasonId: season.seasonId },
    claims,
    body: { rubricId: RUBRIC, ...body },
  });

const planned = async (season: ReviewSeason, body: Record<string, unknown>): Promise<PlannedPage> => {
  const answer = await plan(season, body);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body as unknown as PlannedPage;
};

/** Ten Russian applications (the first from an applicant who works at Уралхим) and one in English; four experts of six reviews each. */
const world = async () => {
  const season = await reviewSeason();
  const conflicted = await applicationIn(season, {
    profile: {
      ...baseProfile(),
      workExperience: [{ organisation: 'ООО «Уралхим»', role: 'Аналитик', publicService: false, from: '2022-01-01' }],
    },
  });
  const others = await Promise.all(Array.from({ length: 9 }, () => applicationIn(season)));
  const english = await applicationIn(season, { language: 'en' });
  const [bilingual, second, third, colleague] = await Promise.all([
    expertInPool(season, 6, { languages: ['ru', 'en'] }),
    expertInPool(season, 6),
    expertInPool(season, 6),
    expertInPool(season, 6, { organisation: 'Уралхим' }),
  ]);
  return { season, conflicted, others, english, experts: { bilingual, second, third, colleague } };
};

describe('assignment runs: a stage planned page by page over the pool', { timeout: 90_000 }, () => {
  it('plans every application up to the rubric’s two experts, never across a conflict or the language, the load even, and a dry run writes nothing', async () => {
    const { season, conflicted, english, experts } = await world();
    const page = await planned(season, { dryRun: true, limit: 100 });
    assert.equal(page.applications, 11);
    assert.equal(page.assignments.length, 21, '10 × 2 and the English one’s single English reader');
    assert.deepEqual(page.unassigned, [{ applicationId: english.applicationId, missing: 1, reason: 'all-qualified-conflicted' }]);
    assert.ok(
      !page.assignments.some(
        (planned) => planned.applicationId === conflicted.applicationId && planned.expertId === experts.colleague['sub'],
      ),
      'never across a conflict of interest',
    );
    assert.deepEqual(
      page.assignments.filter((planned) => planned.applicationId === english.applicationId).map((planned) => planned.expertId),
      [experts.bilingual['sub']],
    );
    const afters = page.loads.map((load) => load.after);
    assert.ok(Math.max(...afters) - Math.min(...afters) <= 1, `loads ${afters.join(', ')} are even`);
    assert.ok(page.loads.every((load) => load.after <= load.capacity));
    assert.deepEqual((await reviewsOf(season.staff, conflicted.applicationId)).body['reviews'], [], 'a dry run writes nothing');
  });

  it('makes the planned assignments, and a second run over the same page assigns nothing more', async () => {
    const { season, others } = await world();
    const made = await planned(season, { dryRun: false, limit: 100 });
    assert.equal(made.assignments.length, 21);
    const reviews = (await reviewsOf(season.staff, others[0]!.applicationId)).body['reviews'] as { expertId: string; status: string }[];
    assert.equal(reviews.length, 2);
    assert.ok(reviews.every((review) => review.status === 'assigned'));
    const pool = await callReviews({
      method: 'GET',
      route: '/seasons/{seasonId}/experts',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
    });
    const loads = (pool.body['items'] as { load: number }[]).map((member) => member.load).sort();
    assert.deepEqual(loads, made.loads.map((load) => load.after).sort());

    const again = await planned(season, { dryRun: false, limit: 100 });
    assert.deepEqual(again.assignments, []);
    assert.equal(again.unassigned.length, 1, 'only the English application is still short');
  });

  it('walks the stage page by page with nextCursor, and answers 404 outside the programme or for an unknown rubric', async () => {
    const { season } = await world();
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await planned(season, { dryRun: true, limit: 4, ...(cursor === undefined ? {} : { cursor }) });
      seen.push(page.applications);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    assert.equal(
      seen.reduce((total, count) => total + count, 0),
      11,
    );
    assert.equal((await plan(season, { dryRun: true }, staffClaims('another-programme'))).status, 404);
    assert.equal((await plan(season, { dryRun: true, rubricId: 'no-such-rubric' })).status, 404);
    assert.equal((await plan(season, { dryRun: true, limit: 1000 })).status, 400);
    assert.equal((await plan(season, { dryRun: true, cursor: 'not a cursor!' })).body['code'], 'invalid-cursor');
  });
});
