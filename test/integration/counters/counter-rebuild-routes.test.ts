import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { handler as countersHandler } from '../../../functions/counters/handler.ts';
import { handler as rebuilderHandler } from '../../../functions/counter-rebuilder/handler.ts';
import { invokeHandler, lambdaContext, type ApiEventInit } from '../../support/api-event.ts';
import { countedAndRecounted, createDraft, inParallel, newSeason, submitDraft, walk } from './counters-world.ts';

const call = (init: ApiEventInit) => invokeHandler(countersHandler, init);
const staffOf = (programmeId: string) => ({ sub: `staff-${randomUUID()}`, 'cognito:groups': '[staff]', 'custom:programmes': programmeId });
const start = (seasonId: string, claims: Record<string, string>) =>
  call({ method: 'POST', route: '/seasons/{seasonId}/counter-rebuilds', pathParameters: { seasonId }, claims });
const follow = (seasonId: string, runId: string, claims: Record<string, string>) =>
  call({ method: 'GET', route: '/seasons/{seasonId}/counter-rebuilds/{runId}', pathParameters: { seasonId, runId }, claims });

describe('the counter rebuild routes and the schedule’s rebuilder', () => {
  it('staff of the programme start one rebuild at a time, the rebuilder finishes it, and the counters are exact', async () => {
    const { seasonId, programmeId } = await newSeason();
    await inParallel(20, 10, async (index) => {
      const applicationId = await createDraft(seasonId, programmeId, index);
      await submitDraft(applicationId, index);
      await walk(applicationId, index);
    });
    const staff = staffOf(programmeId);

    const started = await start(seasonId, staff);
    assert.equal(started.status, 202, JSON.stringify(started.body));
    assert.equal(started.body['status'], 'running');
    const runId = String(started.body['runId']);
    const again = await start(seasonId, staff);
    assert.equal(again.status, 409);
    assert.equal(again.body['code'], 'rebuild-running');

    // Staff of another programme, and a missing run, find nothing; an applicant may not ask.
    assert.equal((await start(seasonId, staffOf('another-programme'))).status, 404);
    assert.equal((await follow(seasonId, runId, staffOf('another-programme'))).status, 404);
    assert.equal((await follow(seasonId, randomUUID(), staff)).status, 404);
    assert.equal((await start(seasonId, { sub: randomUUID(), 'cognito:groups': '[applicant]' })).status, 403);

    for (let run = 0; run < 20; run += 1) {
      await rebuilderHandler({}, lambdaContext());
      if ((await follow(seasonId, runId, staff)).body['status'] !== 'running') break;
    }
    const ended = await follow(seasonId, runId, staff);
    assert.equal(ended.status, 200);
    assert.equal(ended.body['status'], 'completed');
    assert.equal(ended.body['counted'], 20);
    const after = await countedAndRecounted(seasonId);
    assert.equal(after.read.status, 'ready');
    assert.deepEqual(after.counted, after.expected);
  });

  it('the rebuilder refuses any event but the schedule’s', async () => {
    await assert.rejects(rebuilderHandler({ seasonId: 'x' }, lambdaContext()));
  });
});
