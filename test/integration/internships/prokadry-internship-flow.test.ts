import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { ENTITY, rubricAggregateKey } from '../../../shared/platform/keys/keys.ts';
import { callInternships } from '../../support/call-internships.ts';
import { storeVerifiedDocument } from '../../support/verified-document.ts';
import { waitFor } from '../../support/wait-for.ts';
import { decide, refuseMove, stageOf } from '../pipelines/pipeline-world.ts';
import {
  answer,
  finalist,
  hostOrganisation,
  kpis,
  myPlacement,
  outcomes,
  placementSeason,
  readRun,
  startRun,
  step,
  type Finalist,
  type PlacementSeason,
} from './placement-world.ts';

/**
 * ПроКадры from the federal interview to the end of the federal internship, each person through
 * their own routes on the test setup's local cloud: staff move the ministry's finalists on (the
 * applicationTransition machine, the pipeline's guards: the summary sheet and the ministry panel's
 * score), the ministry publishes an offer and staff approve it, the finalists rank it and the
 * ministry ranks them, staff match the stage (a dry run, then for real: the internshipMatching
 * machine), the finalist accepts, and the ministry marks the internship started and completed with
 * its evaluation, which moves the application to the closing event and counts toward the season's
 * internships. Only what other modules' own tests prove is seeded: the applications at the federal
 * interview, their verified summary sheets and the panel's settled scores.
 */

const client = documentClient();
const tableName = requireEnv(ENV.tableName);

/** What the ministry panel's scorecards settle into (the reviews' own tests prove how): the score the pipeline's guard reads. */
const panelScored = async (applicationId: string, score: number): Promise<void> => {
  await client.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...rubricAggregateKey(applicationId, 'ministry-interview'),
        entity: ENTITY.rubricAggregate,
        rubricId: 'ministry-interview',
        score,
      },
    }),
  );
};

const interviewed = async (season: PlacementSeason, score: number): Promise<Finalist> => {
  const who = await finalist(season, 'federal-interview');
  await storeVerifiedDocument(who.applicationId, who.applicantId, 'summary-sheet');
  await panelScored(who.applicationId, score);
  return who;
};

const ok = (answer: { status: number; body: Record<string, unknown> }, status: number, what: string): Record<string, unknown> => {
  assert.equal(answer.status, status, `${what}: ${JSON.stringify(answer.body)}`);
  return answer.body;
};

const runToEnd = async (season: PlacementSeason, dryRun: boolean) => {
  const started = ok(await startRun(season, { stage: 'federal-internship', dryRun }), 202, 'the run starts');
  return waitFor(
    async () => {
      const view = ok(await readRun(season, String(started['id'])), 200, 'the run reads');
      return view['status'] !== 'running' && view;
    },
    { description: 'the matching run to end', timeoutMs: 90_000, intervalMs: 100 },
  );
};

describe('ПроКадры: finalists of the federal interview through their federal internship', { timeout: 180_000 }, () => {
  it('moves the finalists to the internship, matches them to a ministry’s offer, and closes their completed internship', async () => {
    const season = await placementSeason();
    const ministry = await hostOrganisation(season);
    const [anna, boris] = [await interviewed(season, 8), await interviewed(season, 7)];
    const below = await interviewed(season, 5);

    // Staff move the ministry's finalists on; the panel's score below 6 keeps the third where it is.
    await decide({ ...season, referenceDate: '2026-08-31' }, anna.applicationId, 'federal-internship');
    await decide({ ...season, referenceDate: '2026-08-31' }, boris.applicationId, 'federal-internship');
    await refuseMove({ ...season, referenceDate: '2026-08-31' }, below.applicationId, 'federal-internship', 'rubric-score-too-low');

    // The ministry publishes its offer; staff approve it.
    const offerId = `minek-strategy-${randomUUID().slice(0, 6)}`;
    const offerPath = { seasonId: season.seasonId, offerId };
    const created = ok(
      await callInternships({
        method: 'PUT',
        route: '/seasons/{seasonId}/internship-offers/{offerId}',
        pathParameters: offerPath,
        claims: ministry.partner,
        body: {
          hostOrganisation: ministry.id,
          level: 'federal',
          region: '77',
          city: 'Москва',
          title: { ru: 'Стажировка в департаменте стратегического развития', en: 'Internship in the strategy department' },
          description: { ru: 'Аналитика региональных программ развития.', en: 'Analysis of regional development programmes.' },
          seats: 1,
          startsOn: '2026-11-02',
          endsOn: '2026-11-27',
          weeks: 3,
          format: 'in-person',
          version: 0,
        },
      }),
      201,
      'the ministry’s offer',
    );
    const submitted = ok(
      await callInternships({
        method: 'POST',
        route: '/seasons/{seasonId}/internship-offers/{offerId}/submission',
        pathParameters: offerPath,
        claims: ministry.partner,
        body: { version: created['version'] },
      }),
      200,
      'submitted for review',
    );
    ok(
      await callInternships({
        method: 'POST',
        route: '/seasons/{seasonId}/internship-offers/{offerId}/approval',
        pathParameters: offerPath,
        claims: season.staff,
        body: { version: submitted['version'] },
      }),
      200,
      'approved by staff',
    );

    // Both finalists rank it; the ministry ranks Boris above Anna and takes nobody else.
    for (const who of [anna, boris]) {
      ok(
        await callInternships({
          method: 'PUT',
          route: '/applications/{applicationId}/internship-preferences',
          pathParameters: { applicationId: who.applicationId },
          claims: who.applicant,
          body: { choices: [offerId], version: 0 },
        }),
        200,
        'the finalist’s ranking',
      );
    }
    ok(
      await callInternships({
        method: 'PUT',
        route: '/seasons/{seasonId}/internship-offers/{offerId}/candidate-ranking',
        pathParameters: offerPath,
        claims: ministry.partner,
        body: { ranking: [boris.applicationId, anna.applicationId], acceptsUnranked: false, version: 0 },
      }),
      200,
      'the ministry’s ranking',
    );

    // A dry run first: Boris would get the one seat, Anna is explained.
    const dry = await runToEnd(season, true);
    assert.deepEqual([dry['status'], dry['matched'], dry['unmatched'], dry['offered']], ['succeeded', 1, 1, 0]);
    const explained = ok(await outcomes(season, String(dry['id']), { kind: 'unmatched' }), 200, 'the explanations');
    assert.deepEqual(
      (explained['items'] as { applicationId: string; reason: string }[]).map((line) => [line.applicationId, line.reason]),
      [[anna.applicationId, 'outranked']],
    );
    assert.equal((await myPlacement(boris)).status, 404, 'a dry run offers nothing');

    // For real: Boris is offered the seat and accepts it.
    const real = await runToEnd(season, false);
    assert.deepEqual([real['status'], real['offered']], ['succeeded', 1]);
    const offered = ok(await myPlacement(boris), 200, 'Boris’s placement');
    assert.deepEqual([offered['status'], offered['offerId']], ['offered', offerId]);
    assert.equal((await myPlacement(anna)).status, 404);
    const accepted = ok(await answer(boris, { answer: 'accept', version: offered['version'] }), 200, 'Boris accepts');
    assert.equal(accepted['status'], 'accepted');

    // The ministry runs the internship and evaluates it at the end.
    const placementId = String(offered['id']);
    ok(await step(boris, placementId, ministry.partner, { step: 'start', version: 2 }), 200, 'the internship starts');
    const completed = ok(
      await step(boris, placementId, ministry.partner, {
        step: 'complete',
        version: 3,
        scores: { engagement: 10, quality: 9, initiative: 8 },
        attendanceDays: 20,
        report: 'Подготовил предложения по мониторингу региональных программ; рекомендуем к приёму на службу.',
      }),
      200,
      'the internship is completed',
    );
    assert.deepEqual(completed['move'], { outcome: 'started', from: 'federal-internship', to: 'closing' });
    await waitFor(async () => (await stageOf({ ...season, referenceDate: '2026-08-31' }, boris.applicationId)) === 'closing' || undefined, {
      description: 'Boris’s application to reach the closing event',
      timeoutMs: 60_000,
      intervalMs: 100,
    });
    assert.equal(await stageOf({ ...season, referenceDate: '2026-08-31' }, anna.applicationId), 'federal-internship');
    const figures = ok(await kpis(season), 200, 'the season’s internship figures');
    assert.deepEqual([figures['started'], figures['completed']], [1, 1]);
  });
});
