import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, it } from 'vitest';
import { DynamoDbCounterRebuilds } from '../../../shared/adapters/dynamodb/dynamodb-season-counts-rebuild.ts';
import { beginCounterRebuild } from '../../../shared/counters/use-cases/start-counter-rebuild.ts';
import { advanceCounterRebuilds } from '../../../shared/counters/use-cases/advance-counter-rebuilds.ts';
import { APPLICATION_SHARDS, ENTITY } from '../../../shared/platform/keys/keys.ts';
import {
  client,
  countedAndRecounted,
  createDraft,
  dropCounterState,
  inParallel,
  newSeason,
  shardItems,
  submitDraft,
  tableName,
  transition,
  walk,
} from './counters-world.ts';

const rebuilds = new DynamoDbCounterRebuilds(client, tableName);
const deps = { rebuilds, clock: () => new Date(), newId: randomUUID };

/** Runs the schedule's rebuilder (short runs, as if each were cut off by its budget) until the rebuild ends. */
const rebuildToTheEnd = async (seasonId: string, runId: string, during: () => Promise<void> = async () => {}) => {
  for (let run = 1; run <= 500; run += 1) {
    await advanceCounterRebuilds({ rebuilds, now: Date.now }, Date.now() + 200);
    await during();
    const rebuild = await rebuilds.find(seasonId, runId);
    if (rebuild?.status !== 'running') return rebuild;
  }
  throw new Error('the rebuild never ended');
};

const seasonWith = async (count: number) => {
  const { seasonId, programmeId } = await newSeason();
  const ids: string[] = [];
  await inParallel(count, 25, async (index) => {
    const applicationId = await createDraft(seasonId, programmeId, index);
    await submitDraft(applicationId, index);
    await walk(applicationId, index);
    ids.push(applicationId);
  });
  return { seasonId, programmeId, ids };
};

/** Adds nonsense to every counter item of the season: what a bug or a hand edit could leave. */
const corrupt = async (seasonId: string) => {
  for (let shard = 0; shard < APPLICATION_SHARDS; shard += 1) {
    for (const item of await shardItems(seasonId, shard)) {
      if (item['entity'] !== ENTITY.stageCount) continue;
      const name = Object.keys(item).find((attribute) => attribute.startsWith('now#'));
      if (name === undefined) continue;
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: item['pk'], sk: item['sk'] },
          UpdateExpression: 'ADD #now :wrong, #bogus :wrong',
          ExpressionAttributeNames: { '#now': name, '#bogus': 'in#ghost#-' },
          ExpressionAttributeValues: { ':wrong': 7 },
        }),
      );
    }
  }
};

describe('rebuilding a season’s counters from its applications', () => {
  it('after the counters were corrupted, a rebuild (resumed run after run) restores them exactly and drops the old generation', async () => {
    const { seasonId } = await seasonWith(120);
    await corrupt(seasonId);
    const before = await countedAndRecounted(seasonId);
    assert.notDeepEqual(before.counted, before.expected);

    const started = await beginCounterRebuild(deps, seasonId);
    assert.equal(started.status, 'running');
    await assert.rejects(beginCounterRebuild(deps, seasonId), { code: 'rebuild-running' });
    assert.equal((await countedAndRecounted(seasonId)).read.status, 'rebuilding');

    const ended = await rebuildToTheEnd(seasonId, started.runId);
    assert.equal(ended?.status, 'completed');
    assert.equal(ended?.counted, 120);
    assert.ok(ended?.shards.every((shard) => shard.phase === 'done'));
    const after = await countedAndRecounted(seasonId);
    assert.equal(after.read.status, 'ready');
    assert.equal(after.read.generation, started.generation);
    assert.deepEqual(after.counted, after.expected);
    for (let shard = 0; shard < APPLICATION_SHARDS; shard += 1) {
      const generations = new Set(
        (await shardItems(seasonId, shard)).filter((item) => item['sk'] !== 'STATE').map((item) => item['generation']),
      );
      assert.ok(
        [...generations].every((generation) => generation === started.generation),
        `shard ${shard}: ${[...generations].join(',')}`,
      );
    }
    // A second rebuild may start once the first has ended.
    const again = await beginCounterRebuild(deps, seasonId);
    assert.equal((await rebuildToTheEnd(seasonId, again.runId))?.status, 'completed');
    const twice = await countedAndRecounted(seasonId);
    assert.deepEqual(twice.counted, twice.expected);
  });

  it('a rebuild running while applications are created and moved ends exact', async () => {
    const { seasonId, programmeId, ids } = await seasonWith(80);
    const started = await beginCounterRebuild(deps, seasonId);
    let created = 0;
    // Between every two runs of the rebuilder: new applications, and old ones moved on.
    const moves = async () => {
      await inParallel(6, 6, async (index) => {
        const applicationId = await createDraft(seasonId, programmeId, 1000 + created + index);
        await submitDraft(applicationId, index);
        await walk(applicationId, index);
      });
      created += 6;
    };
    const concurrently = rebuildToTheEnd(seasonId, started.runId, moves);
    // And moves racing the rebuild's own pages.
    await inParallel(ids.length, 10, async (index) => {
      const applicationId = ids[index] as string;
      await transition(applicationId, 'screening', 'education');
    });
    const ended = await concurrently;
    assert.equal(ended?.status, 'completed');
    const after = await countedAndRecounted(seasonId);
    assert.equal(after.listed, 80 + created);
    assert.deepEqual(after.counted, after.expected);
  });

  it('two rebuilders advancing the same run at once (a lease that ran out) end it once, exact, with the season free for the next', async () => {
    const { seasonId } = await seasonWith(40);
    const started = await beginCounterRebuild(deps, seasonId);
    const rebuilder = async () => {
      const own = new DynamoDbCounterRebuilds(client, tableName);
      for (let run = 0; run < 200 && (await own.find(seasonId, started.runId))?.status === 'running'; run += 1) {
        await own.advance(seasonId, started.runId, Date.now() + 150);
      }
    };
    await Promise.all([rebuilder(), rebuilder()]);
    const ended = await rebuilds.find(seasonId, started.runId);
    assert.equal(ended?.status, 'completed');
    assert.equal(ended?.counted, 40);
    const after = await countedAndRecounted(seasonId);
    assert.equal(after.read.status, 'ready');
    assert.deepEqual(after.counted, after.expected);
    const next = await beginCounterRebuild(deps, seasonId);
    assert.equal((await rebuildToTheEnd(seasonId, next.runId))?.status, 'completed');
  });

  it('a season whose counters were never built is counted by a rebuild', async () => {
    const { seasonId, programmeId } = await newSeason();
    await dropCounterState(seasonId);
    await inParallel(30, 10, async (index) => {
      const applicationId = await createDraft(seasonId, programmeId, index);
      await submitDraft(applicationId, index);
      await walk(applicationId, index);
    });
    assert.equal((await countedAndRecounted(seasonId)).read.status, 'not-built');
    const started = await beginCounterRebuild(deps, seasonId);
    assert.equal((await rebuildToTheEnd(seasonId, started.runId))?.status, 'completed');
    const after = await countedAndRecounted(seasonId);
    assert.equal(after.read.status, 'ready');
    assert.deepEqual(after.counted, after.expected);
  });
});
