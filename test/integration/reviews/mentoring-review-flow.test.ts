import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { Claims } from '../../support/claims.ts';
import { callReviews } from '../../support/call-reviews.ts';
import { api, decide, expectStatus, openedSeason, submit, uploadPdf, viewOf, type Season } from '../pipelines/pipeline-world.ts';
import {
  aggregateOf,
  givenADraft,
  givenAPanel,
  personNamed,
  reviewersOf,
  thenItReaches,
  whenStaffRunTheAssignment,
  whenTheExpertReads,
  whenTheExpertScores,
  type Candidate,
} from './review-flow-world.ts';
import { fullScores } from './review-world.ts';

/**
 * Объединение наставников's expert evaluation as its people live it: a mentee applies with a
 * résumé and a project description, staff accept the application for evaluation, put experts in
 * the season's pool and run the assignment; the experts read the project blind and score it; the
 * last review stores the score, and a project at the programme's threshold (6) moves on to the
 * mentor agreement by itself, as the platform (`system`), while a weaker one waits for staff.
 */
const RUBRIC = 'project-evaluation';
const PASSED_BY_SCORE = 'system:rubric:project-evaluation';

/** A mentee's application with both files verified, submitted, and accepted by staff for the expert evaluation. */
const givenAProjectInEvaluation = async (season: Season, surname: string): Promise<Candidate> => {
  const candidate = await givenADraft(season, personNamed(surname), {
    projectDescription: 'Мастерская ремёсел для подростков в Кандалакше: гончарное дело, столярка, ярмарки.',
    answers: { project: 'Ремёсла Севера' },
  });
  for (const requirement of ['resume', 'project-description']) await uploadPdf(candidate.applicationId, candidate.applicant, requirement);
  expectStatus(await submit(candidate.applicationId, candidate.applicant), 200, 'the submit');
  await decide(season, candidate.applicationId, 'expert-evaluation');
  return candidate;
};

const openedMentoringSeason = () =>
  openedSeason('obedinenie-nastavnikov', [
    { id: 'project', kind: 'text', required: true, maxLength: 300, label: { ru: 'Название проекта', en: 'Project title' } },
  ]);

/** The requirements of the documents the expert may list: the rubric's blind policy shows the project, not the résumé. */
const documentsSeenBy = async (expert: Claims, candidate: Candidate): Promise<string[]> => {
  const listed = expectStatus(
    await api.documents({
      method: 'GET',
      route: '/applications/{applicationId}/documents',
      pathParameters: { applicationId: candidate.applicationId },
      claims: expert,
    }),
    200,
    'the expert’s document list',
  );
  return (listed['items'] as { requirementId: string }[]).map((document) => document.requirementId);
};

const lastMove = async (season: Season, candidate: Candidate) => {
  const view = await viewOf(season, candidate.applicationId);
  return { move: view.history.at(-1), actor: view.actors.at(-1) };
};

describe('Объединение наставников: the expert evaluation, from the application to the mentor agreement', { timeout: 180_000 }, () => {
  it('scores applied projects blind; the last review moves a passing project on as the platform, and a weak one is left to staff', async () => {
    const season = await openedMentoringSeason();
    const [strong, weak] = await Promise.all([givenAProjectInEvaluation(season, 'Сильнова'), givenAProjectInEvaluation(season, 'Слабова')]);
    const panel = await givenAPanel(season, 2, 5);

    const run = await whenStaffRunTheAssignment(season, RUBRIC);
    assert.equal(run.assignments.length, 4, 'both projects get the rubric’s two experts');
    assert.deepEqual(run.unassigned, []);
    for (const candidate of [strong, weak]) {
      for (const expert of reviewersOf(run, candidate.applicationId, panel)) {
        const page = await whenTheExpertReads(expert, candidate, RUBRIC);
        assert.equal((page['application'] as { projectDescription?: string }).projectDescription?.startsWith('Мастерская'), true);
        assert.deepEqual(await documentsSeenBy(expert, candidate), ['project-description']);
      }
    }

    // The strong project: one review of two stores no score and moves nothing; the second does both.
    const [first, second] = reviewersOf(run, strong.applicationId, panel);
    await whenTheExpertScores(first ?? assert.fail('no first reviewer'), strong, RUBRIC, fullScores(8, 8, 7, 7));
    assert.equal(await aggregateOf(season, strong.applicationId, RUBRIC), undefined, 'no score while a review is out');
    assert.equal((await viewOf(season, strong.applicationId)).stage, 'expert-evaluation');
    await whenTheExpertScores(second ?? assert.fail('no second reviewer'), strong, RUBRIC, fullScores(8, 8, 7, 7));
    const passed = await aggregateOf(season, strong.applicationId, RUBRIC);
    assert.deepEqual(
      [passed?.method, passed?.score, passed?.reviewCount, passed?.disagreement, passed?.passed, passed?.extraReviewerWanted],
      ['z-score', 7.6, 2, false, true, false],
    );
    await thenItReaches(season, strong, 'mentor-agreement');
    assert.deepEqual(await lastMove(season, strong), {
      move: 'stage-changed:expert-evaluation->mentor-agreement',
      actor: PASSED_BY_SCORE,
    });

    // The weak project: its score is stored and fails the threshold; it stays, and staff decide.
    for (const expert of reviewersOf(run, weak.applicationId, panel))
      await whenTheExpertScores(expert, weak, RUBRIC, fullScores(4, 5, 3, 4));
    const failed = await aggregateOf(season, weak.applicationId, RUBRIC);
    assert.deepEqual([failed?.score, failed?.passed, failed?.reviewCount], [4.1, false, 2]);
    assert.equal((await viewOf(season, weak.applicationId)).stage, 'expert-evaluation');
    await decide(season, weak.applicationId, 'not-selected');
    const decided = await viewOf(season, weak.applicationId);
    assert.deepEqual(decided.history.slice(-2), [
      'stage-changed:application-review->expert-evaluation',
      'stage-changed:expert-evaluation->not-selected',
    ]);
    assert.equal(decided.actors.at(-1), `staff:${season.staff['sub']}`);

    // The applicant sees where their own application stands.
    const own = expectStatus(
      await api.applications({
        method: 'GET',
        route: '/applications/{applicationId}',
        pathParameters: { applicationId: strong.applicationId },
        claims: strong.applicant.claims,
      }),
      200,
      'the applicant’s own view',
    );
    assert.equal((own['stage'] as { id: string }).id, 'mentor-agreement');
  });

  it('holds a project whose experts disagree until the extra reviewer the platform assigns is in, then moves it on that score', async () => {
    const season = await openedMentoringSeason();
    const disputed = await givenAProjectInEvaluation(season, 'Спорная');
    const panel = await givenAPanel(season, 3, 5);
    const run = await whenStaffRunTheAssignment(season, RUBRIC);
    const [strict, lenient] = reviewersOf(run, disputed.applicationId, panel);
    assert.equal(run.assignments.length, 2);

    await whenTheExpertScores(strict ?? assert.fail('no strict reviewer'), disputed, RUBRIC, fullScores(3, 3, 3, 3));
    await whenTheExpertScores(lenient ?? assert.fail('no lenient reviewer'), disputed, RUBRIC, fullScores(9, 9, 9, 9));
    const held = await aggregateOf(season, disputed.applicationId, RUBRIC);
    // Spread 6 over the rubric's threshold of 3: the score (6, at the threshold) is no decision yet.
    assert.deepEqual([held?.score, held?.spread, held?.disagreement, held?.passed, held?.extraReviewerWanted], [6, 6, true, true, true]);
    assert.equal((await viewOf(season, disputed.applicationId)).stage, 'expert-evaluation', 'a disputed score moves nothing');

    // The platform brings in at once the one expert of the pool not yet on it; a run after it has nothing to add.
    const held3 = expectStatus(
      await callReviews({
        method: 'GET',
        route: '/applications/{applicationId}/reviews',
        pathParameters: { applicationId: disputed.applicationId },
        claims: season.staff,
      }),
      200,
      'the disputed project’s reviews',
    )['reviews'] as { expertId: string; assignedBy: string }[];
    const added = held3.find((review) => review.expertId !== strict?.['sub'] && review.expertId !== lenient?.['sub']);
    assert.equal(added?.assignedBy, 'system', 'the extra reviewer is assigned by the platform');
    const third = panel.get(added?.expertId ?? '') ?? assert.fail('the extra reviewer is a third expert of the pool');
    assert.equal((await whenStaffRunTheAssignment(season, RUBRIC)).assignments.length, 0);
    assert.equal((await viewOf(season, disputed.applicationId)).stage, 'expert-evaluation', 'the move waits for the extra review');

    await whenTheExpertScores(third, disputed, RUBRIC, fullScores(8, 8, 8, 8));
    const settled = await aggregateOf(season, disputed.applicationId, RUBRIC);
    assert.deepEqual([settled?.score, settled?.reviewCount, settled?.extraReviewerWanted], [6.67, 3, false]);
    await thenItReaches(season, disputed, 'mentor-agreement');
    assert.deepEqual(await lastMove(season, disputed), {
      move: 'stage-changed:expert-evaluation->mentor-agreement',
      actor: PASSED_BY_SCORE,
    });
  });
});
