import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_RESOURCE_NAMES } from '../../infra/local/local-settings.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbGateRunRepository } from '../../shared/adapters/dynamodb/dynamodb-gate-run-repository.ts';
import type { GateRun } from '../../shared/progression/gate-run-schema.ts';
import { settleInParallel, valuesOrFirstFailure } from '../../shared/platform/workflow/settle-in-parallel.ts';
import { BENCH_GATE, seedGateSeason, type SeededSeason } from '../support/seed-gate-season.ts';
import { waitFor } from '../support/wait-for.ts';
import { spawnLocalCloud, type LocalCloudProcess } from './local-cloud-process.ts';

/**
 * Issue 4: "Stop the local cloud in the middle of a gate and start it again: the gate resumes, and
 * no application is moved twice or skipped." `npm start` itself, twice, on one data folder: the
 * first is stopped with Ctrl-C (SIGINT) while a gate is half way; its Step Functions server forgets
 * the execution, as it does; the second finds the run in the table, and its scheduler's calendar
 * tick resumes it. Pages of 4 (GATE_PAGE_SIZE) make 400 applications some 100 pages, so there is
 * a middle to stop in.
 */
const APPLICATIONS = 400;
const PORTS = ['--api-port=0', '--dynamodb-port=0', '--s3-port=0', '--ses-port=0', '--sfn-port=0'];
const table = LOCAL_RESOURCE_NAMES.table;

let dataDir: string;
let running: LocalCloudProcess | undefined;

const start = async (): Promise<LocalCloudProcess> => {
  // Only this test's own season: the demo applicants (test/e2e/demo-data.e2e.test.ts) would only slow both starts.
  running = await spawnLocalCloud(['--data-dir', dataDir, '--ready-json', '--no-demo-applicants', ...PORTS], {
    ...process.env,
    GATE_PAGE_SIZE: '4',
  });
  return running;
};

const stop = async (cloud: LocalCloudProcess): Promise<number | null> => {
  cloud.child.kill('SIGINT');
  const code = await cloud.exited;
  running = undefined;
  return code;
};

/** The running cloud's own table, read directly (the test's own local cloud is another one). */
const tableOf = (cloud: LocalCloudProcess) =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: cloud.ready.dynamodb, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }),
    {
      marshallOptions: { removeUndefinedValues: true },
    },
  );

const api = async (cloud: LocalCloudProcess, path: string, init: { method?: string; token?: string; body?: unknown } = {}) => {
  const response = await fetch(`${cloud.ready.api}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token === undefined ? {} : { authorization: `Bearer ${init.token}` }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cadre-restart-'));
});

afterAll(async () => {
  if (running !== undefined) await stop(running);
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start, stopped in the middle of a gate and started again', { timeout: 300_000 }, () => {
  it('resumes the gate: every shortlisted application moved exactly once, none skipped, the rest left', async () => {
    const first = await start();
    const season: SeededSeason = await seedGateSeason(tableOf(first), table, APPLICATIONS);
    const minted = await api(first, '/local/token', { method: 'POST', body: { role: 'staff', programmes: [season.programmeId] } });
    const staff = String(minted.body['token']);
    const started = await api(first, `/seasons/${season.seasonId}/gates`, { method: 'POST', token: staff, body: BENCH_GATE });
    assert.equal(started.status, 202, JSON.stringify(started.body));
    const gateRunId = String(started.body['gateRunId']);
    const progress = `/seasons/${season.seasonId}/gates/${gateRunId}`;

    // Staff watch it over HTTP; once some pages are through, Ctrl-C. Early on (the first quarter),
    // so that the pages still running while the signal takes effect on a busy machine leave a middle.
    await waitFor(
      async () => {
        const seen = Number((await api(first, progress, { token: staff })).body['seen']);
        return seen > 0 && seen < APPLICATIONS / 4;
      },
      { description: 'the gate to be under way', timeoutMs: 60_000, intervalMs: 20 },
    );
    assert.equal(await stop(first), 0, 'npm start exits 0 on Ctrl-C');

    const second = await start();
    const gateRuns = new DynamoDbGateRunRepository(tableOf(second), table);
    const stoppedAt: GateRun = (await gateRuns.find(season.seasonId, gateRunId)) ?? assert.fail('the run is gone');
    // The scheduler's first tick comes a period after start-up: this is the run as Ctrl-C left it.
    assert.equal(stoppedAt.status, 'running');
    assert.ok(stoppedAt.seen < APPLICATIONS, `stopped part way (${stoppedAt.seen} of ${APPLICATIONS})`);

    const done = await waitFor(
      async () => {
        const view = await api(second, progress, { token: staff });
        return view.body['status'] !== 'running' && view.body;
      },
      { description: 'the resumed gate to end', timeoutMs: 180_000, intervalMs: 250 },
    );
    const shortlisted = season.applicants.filter((applicant) => applicant.shortlisted);
    assert.deepEqual(
      [done['status'], done['total'], done['seen'], done['moved'], done['skipped']],
      ['succeeded', APPLICATIONS, APPLICATIONS, shortlisted.length, APPLICATIONS - shortlisted.length],
      JSON.stringify(done),
    );
    // Staff see that it was interrupted and picked up again, not a silent gap.
    assert.deepEqual(
      (done['failures'] as { error: string }[]).map((failure) => failure.error),
      ['Interrupted'],
    );

    const applications = new DynamoDbApplicationRepository(tableOf(second), table);
    const outcomes = valuesOrFirstFailure(
      await settleInParallel(season.applicants, 20, async (applicant) => {
        const dossier =
          (await applications.findDossier(applicant.applicationId, { history: true })) ??
          assert.fail(`application ${applicant.applicationId} is gone`);
        const moves = dossier.history.filter((event) => event.fromStage === BENCH_GATE.from && event.toStage === BENCH_GATE.to).length;
        return { applicant, stage: dossier.application.stage, moves };
      }),
    );
    for (const { applicant, stage, moves } of outcomes) {
      assert.deepEqual([stage, moves], applicant.shortlisted ? [BENCH_GATE.to, 1] : [BENCH_GATE.from, 0], applicant.applicationId);
    }
    assert.equal(await stop(second), 0);
  });
});
