import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { APPLICATION_SHARDS, ENTITY } from '../../../shared/platform/keys/keys.ts';
import {
  countedAndRecounted,
  createDraft,
  dropCounterState,
  inParallel,
  newSeason,
  shardItems,
  submitDraft,
  walk,
} from './counters-world.ts';

const APPLICATIONS = 1_000;
const PARALLEL = 100;

describe('counters kept in the writes’ own transactions', () => {
  it('1,000 applications created, submitted and moved concurrently (every fourth move raced twice): the counters equal a recount', async () => {
    const { seasonId, programmeId } = await newSeason();
    await inParallel(APPLICATIONS, PARALLEL, async (index) => {
      const applicationId = await createDraft(seasonId, programmeId, index);
      await submitDraft(applicationId, index);
      await walk(applicationId, index);
    });
    const { read, counted, expected, listed } = await countedAndRecounted(seasonId);
    assert.equal(listed, APPLICATIONS);
    assert.equal(read.status, 'ready');
    assert.equal(
      read.stages.reduce((sum, row) => sum + row.now, 0),
      APPLICATIONS,
    );
    assert.deepEqual(counted, expected);

    // The burst spread over every shard of the season's counters.
    for (let shard = 0; shard < APPLICATION_SHARDS; shard += 1) {
      const items = await shardItems(seasonId, shard);
      assert.ok(
        items.some((item) => item['entity'] === ENTITY.stageCount && item['stage'] === 'screening'),
        `shard ${shard} holds no screening counter`,
      );
    }
  });

  it('a season whose counters were never initialised reads not-built, and its applications are still written', async () => {
    const { seasonId, programmeId } = await newSeason();
    await dropCounterState(seasonId);
    const applicationId = await createDraft(seasonId, programmeId, 1);
    await submitDraft(applicationId, 1);
    await walk(applicationId, 1);
    const { read } = await countedAndRecounted(seasonId);
    assert.equal(read.status, 'not-built');
    assert.deepEqual(read.stages, []);
    for (let shard = 0; shard < APPLICATION_SHARDS; shard += 1) assert.deepEqual(await shardItems(seasonId, shard), []);
  });
});
