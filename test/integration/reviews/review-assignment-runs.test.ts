import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { runWorkflowTask } from '../../../functions/workflow/handler.ts';
import { wiring } from '../../../functions/workflow/wiring.ts';
import { LOCAL_REGION } from '../../../infra/local/local-settings.ts';
import { importCapabilityHandler, loadManifestStateMachines } from '../../../infra/local/step-functions/manifest-state-machines.ts';
import { startStepFunctionsServer, type StepFunctionsServerHandle } from '../../../infra/local/step-functions/sfn-server.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { STATE_MACHINES } from '../../../shared/platform/workflow/state-machine-manifest.ts';
import { INTERRUPTED_JOB_RUN_QUIET_MS } from '../../../shared/platform/jobs/restart-interrupted-job-run.ts';
import { reconcileAssignmentRuns } from '../../../shared/reviews/use-cases/assignment-runs/reconcile-assignment-runs.ts';
import { resumeAssignmentRun } from '../../../shared/reviews/use-cases/assignment-runs/resume-assignment-run.ts';
import { assignmentExecutionName } from '../../../shared/reviews/use-cases/assignment-runs/assignment-run-kind.ts';
import type { ReviewAssignmentRuns } from '../../../shared/reviews/ports/review-assignment-runs.ts';
import type { ReviewSubjects } from '../../../shared/reviews/ports/review-subjects.ts';
import { callReviews } from '../../support/call-reviews.ts';
import { expertClaims, staffClaims, type Claims } from '../../support/claims.ts';
import { waitFor } from '../../support/wait-for.ts';
import { applicationIn, expertInPool, RUBRIC, reviewSeason, reviewsOf, type ReviewSeason } from './review-world.ts';

/**
 * Review assignment runs through the real routes, the real ASL and the real workflow handler: this
 * file runs its own local Step Functions server (the same code and ASL as the test setup's) whose
 * workflow Lambda is functions/workflow/handler.ts's runWorkflowTask with its real dependencies,
 * except for two switches a test may throw: `hold` keeps the next stage page waiting (so a run is
 * certainly running when a test needs it so), and `failCheckpoint` fails a page's checkpoint after
 * its assignments are written (the worst place for a fault: the page is then assigned but not
 * recorded). Runs go 4 applications a page, so a stage of 14 is four pages.
 */
const PAGE_SIZE = 4;

class PageFault extends Error {
  override readonly name = 'PageFault';
}

const faults: { hold: Promise<void> | undefined; failCheckpoint: number | undefined } = { hold: undefined, failCheckpoint: undefined };

let server: StepFunctionsServerHandle | undefined;
const previousPageSize = process.env[ENV.reviewAssignmentPageSize];

beforeAll(async () => {
  const workflow = wiring();
  const withFaults = async () => {
    const deps = await workflow.reviewAssignments();
    const subjects: ReviewSubjects = {
      ...deps.subjects,
      atStage: async (...args) => {
        await faults.hold;
        return deps.subjects.atStage(...args);
      },
    };
    const runs: ReviewAssignmentRuns = {
      start: (run) => deps.runs.start(run),
      find: (seasonId, runId) => deps.runs.find(seasonId, runId),
      list: (seasonId, page) => deps.runs.list(seasonId, page),
      resume: (run, by, at) => deps.runs.resume(run, by, at),
      restart: (run, failure, by) => deps.runs.restart(run, failure, by),
      finish: (run, execution, outcome, at) => deps.runs.finish(run, execution, outcome, at),
      releaseLock: (run) => deps.runs.releaseLock(run),
      checkpoint: (run, execution, next, counts, at) => {
        if (faults.failCheckpoint === run.pages) return Promise.reject(new PageFault(`page ${run.pages} could not be recorded`));
        return deps.runs.checkpoint(run, execution, next, counts, at);
      },
    };
    return { ...deps, subjects, runs };
  };
  const machines = await loadManifestStateMachines(LOCAL_REGION, async (capability) =>
    capability === 'workflow'
      ? (event: unknown) => runWorkflowTask({ ...workflow, reviewAssignments: withFaults }, event)
      : importCapabilityHandler(capability),
  );
  server = await startStepFunctionsServer({ port: 0, machines });
  // The reviews function reads both at its first run route: it starts executions on this server, 4 applications a page.
  process.env[ENV.sfnEndpoint] = server.endpoint;
  process.env[ENV.reviewAssignmentPageSize] = String(PAGE_SIZE);
});

afterAll(async () => {
  await server?.stop();
  if (previousPageSize === undefined) delete process.env[ENV.reviewAssignmentPageSize];
  else process.env[ENV.reviewAssignmentPageSize] = previousPageSize;
});

interface RunView {
  readonly id: string;
  readonly status: string;
  readonly rubricId: string;
  readonly stage: string;
  readonly startedBy: string;
  readonly resumedBy?: string;
  readonly finishedAt?: string;
  readonly executions: number;
  readonly pages: number;
  readonly applications: number;
  readonly assigned: number;
  readonly short: number;
  readonly shortReasons: Record<string, number>;
  readonly failures: readonly { error: string; page?: number; cause?: string }[];
}

const start = (season: ReviewSeason, key: string = randomUUID(), body: Record<string, unknown> = { rubricId: RUBRIC }, claims?: Claims) =>
  callReviews({
    method: 'POST',
    route: '/seasons/{seasonId}/review-assignment-runs',
    pathParameters: { seasonId: season.seasonId },
    headers: { 'idempotency-key': key },
    claims: claims ?? season.staff,
    body,
  });

const read = (season: ReviewSeason, runId: string, claims?: Claims) =>
  callReviews({
    method: 'GET',
    route: '/seasons/{seasonId}/review-assignment-runs/{runId}',
    pathParameters: { seasonId: season.seasonId, runId },
    claims: claims ?? season.staff,
  });

const resume = (season: ReviewSeason, runId: string, claims?: Claims) =>
  callReviews({
    method: 'POST',
    route: '/seasons/{seasonId}/review-assignment-runs/{runId}/resume',
    pathParameters: { seasonId: season.seasonId, runId },
    claims: claims ?? season.staff,
  });

const list = (season: ReviewSeason, query: Record<string, string> = {}, claims?: Claims) =>
  callReviews({
    method: 'GET',
    route: '/seasons/{seasonId}/review-assignment-runs',
    pathParameters: { seasonId: season.seasonId },
    query,
    claims: claims ?? season.staff,
  });

const started = async (season: ReviewSeason, key?: string): Promise<RunView> => {
  const answer = await start(season, key);
  assert.equal(answer.status, 202, JSON.stringify(answer.body));
  return answer.body as unknown as RunView;
};

/** The run once it has ended; every view read on the way is kept, oldest first. */
const ended = async (season: ReviewSeason, runId: string, seen: RunView[] = []): Promise<RunView> =>
  waitFor(
    async () => {
      const answer = await read(season, runId);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      const view = answer.body as unknown as RunView;
      seen.push(view);
      return view.status !== 'running' && view;
    },
    { description: `review assignment run ${runId} to end`, timeoutMs: 60_000, intervalMs: 50 },
  );

/** Fourteen Russian applications at the rubric's stage (two experts each) and six experts of ten reviews each. */
const world = async () => {
  const season = await reviewSeason();
  const applications = await Promise.all(Array.from({ length: 14 }, () => applicationIn(season)));
  const experts = await Promise.all(Array.from({ length: 6 }, () => expertInPool(season, 10)));
  return { season, applications, experts };
};

/** Every application has exactly `k` reviews on the rubric, each by another expert; and the pool's loads. */
const assignedReviews = async (season: ReviewSeason, applicationIds: readonly string[], k: number) => {
  for (const applicationId of applicationIds) {
    const reviews = (await reviewsOf(season.staff, applicationId)).body['reviews'] as { expertId: string; rubricId: string }[];
    const experts = reviews.filter((review) => review.rubricId === RUBRIC).map((review) => review.expertId);
    assert.equal(experts.length, k, `application ${applicationId} has ${experts.length} reviews`);
    assert.equal(new Set(experts).size, k, 'each by another expert');
  }
  const pool = await callReviews({
    method: 'GET',
    route: '/seasons/{seasonId}/experts',
    pathParameters: { seasonId: season.seasonId },
    claims: season.staff,
  });
  return (pool.body['items'] as { load: number }[]).map((member) => member.load);
};

/**
 * A run whose execution is stopped while its first page's task is held mid-way: `whileStopped` runs
 * then; the held task finishes its page afterwards, as a Lambda would, and nothing goes on.
 */
const stoppedMidPage = async (season: ReviewSeason, whileStopped: (run: RunView) => Promise<void> = async () => undefined) => {
  let release: () => void = () => undefined;
  faults.hold = new Promise((resolve) => {
    release = resolve;
  });
  const run = await started(season);
  const { sfnClient } = await import('../../../shared/adapters/sfn/sfn-client.ts');
  const { StopExecutionCommand } = await import('@aws-sdk/client-sfn');
  const machine = requireEnv(STATE_MACHINES.find((candidate) => candidate.name === 'reviewAssignment')!.arnEnvVar);
  const executionArn = `${machine.replace(':stateMachine:', ':execution:')}:${assignmentExecutionName({ id: run.id, executions: 1 })}`;
  try {
    await sfnClient().send(new StopExecutionCommand({ executionArn }));
    await whileStopped(run);
  } finally {
    release();
    faults.hold = undefined;
  }
  await waitFor(async () => ((await read(season, run.id)).body as unknown as RunView).pages === 1 || undefined, {
    description: 'the stopped execution’s last page to be recorded',
  });
  return run;
};

describe('review assignment runs: a whole stage as a resumable Step Functions job', { timeout: 120_000 }, () => {
  it('walks a stage of four pages, gives every application its two reviews with loads even, and shows its progress as it goes', async () => {
    const { season, applications } = await world();
    const run = await started(season);
    assert.deepEqual(
      [run.status, run.rubricId, run.stage, run.startedBy, run.pages],
      ['running', RUBRIC, 'expert-evaluation', season.staff['sub'], 0],
    );
    const seen: RunView[] = [];
    const done = await ended(season, run.id, seen);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.failures));
    assert.ok(done.finishedAt !== undefined);
    assert.ok(done.pages >= 4, `${done.pages} pages of ${PAGE_SIZE}`);
    assert.deepEqual([done.applications, done.assigned, done.short, done.shortReasons, done.failures], [14, 28, 0, {}, []]);
    const pages = seen.map((view) => view.pages);
    assert.deepEqual(
      pages,
      [...pages].sort((a, b) => a - b),
      'progress only goes forward',
    );

    const loads = await assignedReviews(
      season,
      applications.map((application) => application.applicationId),
      2,
    );
    assert.equal(
      loads.reduce((total, load) => total + load, 0),
      28,
    );
    assert.ok(Math.max(...loads) - Math.min(...loads) <= 1, `loads ${loads.join(', ')} are even`);

    const again = await ended(season, (await started(season)).id);
    assert.deepEqual(
      [again.status, again.applications, again.assigned, again.short],
      ['succeeded', 14, 0, 0],
      'a run after success assigns nothing more',
    );
    const listed = await list(season);
    assert.equal(listed.status, 200);
    assert.deepEqual(
      (listed.body['items'] as RunView[]).map((item) => item.id),
      [again.id, run.id],
      'newest first',
    );
  });

  it('leaves short what no expert can take, counted by reason', async () => {
    const season = await reviewSeason();
    await Promise.all(Array.from({ length: 5 }, () => applicationIn(season)));
    await applicationIn(season, { language: 'en' });
    await Promise.all([expertInPool(season, 3), expertInPool(season, 3), expertInPool(season, 3)]);
    const done = await ended(season, (await started(season)).id);
    assert.equal(done.status, 'succeeded');
    assert.equal(done.applications, 6);
    assert.equal(done.assigned, 9, 'three experts of three reviews each: nine, and no more');
    assert.equal(done.short, done.shortReasons['no-qualified-expert']! + (done.shortReasons['capacity-exhausted'] ?? 0));
    assert.equal(done.shortReasons['no-qualified-expert'], 1, 'no expert reads English');
  });

  it('answers a start repeated with the same Idempotency-Key with the same run, and refuses another start while it runs', async () => {
    const { season } = await world();
    let release: () => void = () => undefined;
    faults.hold = new Promise((resolve) => {
      release = resolve;
    });
    try {
      const key = randomUUID();
      const first = await started(season, key);
      const repeated = await started(season, key);
      assert.equal(repeated.id, first.id);

      const second = await start(season);
      assert.equal(second.status, 409);
      assert.equal(second.body['code'], 'review-assignment-running');
      assert.equal(second.headers?.['location'], `/seasons/${season.seasonId}/review-assignment-runs/${first.id}`);
      const stillRunning = await resume(season, first.id);
      assert.equal(stillRunning.status, 409);
      assert.equal(stillRunning.body['code'], 'review-assignment-not-resumable');
    } finally {
      release();
      faults.hold = undefined;
    }
    const runs = (await list(season)).body['items'] as RunView[];
    assert.equal(runs.length, 1, 'one run, however often it was asked for');
    const done = await ended(season, runs[0]!.id);
    assert.equal(done.status, 'succeeded');
    assert.equal(done.assigned, 28);
    const afterSuccess = await resume(season, done.id);
    assert.equal(afterSuccess.status, 409);
    assert.equal(afterSuccess.body['code'], 'review-assignment-not-resumable');
    const next = await start(season);
    assert.equal(next.status, 202, 'the stage is free again once the run ended');
    await ended(season, String(next.body['id']));
  });

  it('fails on a page whose checkpoint fails after its assignments, shows where, and resumed finishes without assigning anything twice', async () => {
    const { season, applications } = await world();
    faults.failCheckpoint = 2;
    let failed: RunView;
    try {
      failed = await ended(season, (await started(season)).id);
    } finally {
      faults.failCheckpoint = undefined;
    }
    assert.equal(failed.status, 'failed');
    assert.equal(failed.pages, 2, 'two pages recorded before the fault');
    assert.deepEqual(
      failed.failures.map((failure) => [failure.error, failure.page]),
      [['PageFault', 2]],
    );
    const resumed = await resume(season, failed.id);
    assert.equal(resumed.status, 202, JSON.stringify(resumed.body));
    assert.deepEqual([resumed.body['status'], resumed.body['executions'], resumed.body['resumedBy']], ['running', 2, season.staff['sub']]);
    const done = await ended(season, failed.id);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.failures));
    assert.equal(done.executions, 2);
    // The third page's assignments were written before its checkpoint failed: the resumed page found them held.
    assert.ok(done.assigned <= 28 && done.assigned >= 28 - 2 * PAGE_SIZE, `${done.assigned} counted`);
    const loads = await assignedReviews(
      season,
      applications.map((application) => application.applicationId),
      2,
    );
    assert.equal(
      loads.reduce((total, load) => total + load, 0),
      28,
      'every review once, none twice',
    );
    assert.ok(Math.max(...loads) - Math.min(...loads) <= 1, `loads ${loads.join(', ')} are even`);
  });

  it('resumes a run whose execution was stopped, once its last task cannot be working any more', async () => {
    const { season, applications } = await world();
    const run = await stoppedMidPage(season, async (stopped) => {
      const tooSoon = await resume(season, stopped.id);
      assert.equal(tooSoon.status, 409, 'its stopped execution’s page may still be assigning');
      assert.equal(tooSoon.body['code'], 'review-assignment-not-resumable');
    });
    assert.equal(((await read(season, run.id)).body as unknown as RunView).status, 'running');

    const { wiring: reviewsWiring } = await import('../../../functions/reviews/wiring.ts');
    const minuteLater = () => new Date(Date.now() + INTERRUPTED_JOB_RUN_QUIET_MS);
    const staff: Identity = {
      subject: String(season.staff['sub']),
      email: undefined,
      roles: ['staff'],
      region: undefined,
      organisation: undefined,
      programmes: [season.programmeId],
    };
    const resumed = await resumeAssignmentRun({ ...reviewsWiring().assignmentRuns(), clock: minuteLater }, staff, season.seasonId, run.id);
    assert.equal(resumed.executions, 2);
    assert.equal(resumed.failures[0]?.error, 'Interrupted');
    const done = await ended(season, run.id);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.failures));
    assert.equal(done.assigned, 28);
    const loads = await assignedReviews(
      season,
      applications.map((application) => application.applicationId),
      2,
    );
    assert.equal(
      loads.reduce((total, load) => total + load, 0),
      28,
      'every review once, none twice',
    );
  });

  it('is resumed by the calendar’s tick on its own when its execution stopped, once its last task cannot be working any more', async () => {
    const { season } = await world();
    const run = await stoppedMidPage(season);

    const { wiring: reviewsWiring } = await import('../../../functions/reviews/wiring.ts');
    const deps = reviewsWiring().assignmentRuns();
    const { listRunningRuns } = await import('../../../shared/adapters/dynamodb/job-runs/list-running-runs.ts');
    const { RUNNING_REVIEW_ASSIGNMENTS_PARTITION } = await import('../../../shared/platform/keys/keys.ts');
    const { documentClient } = await import('../../../shared/adapters/dynamodb/document-client.ts');
    // Only this file's season: other files' runs on the shared table run on other Step Functions servers.
    const tick = async (clock: () => Date) =>
      reconcileAssignmentRuns(
        { ...deps, clock },
        (await listRunningRuns(documentClient(), requireEnv(ENV.tableName), RUNNING_REVIEW_ASSIGNMENTS_PARTITION)).filter(
          (held) => held.seasonId === season.seasonId,
        ),
        clock(),
      );
    assert.deepEqual(
      (await tick(() => new Date())).map((reconciled) => reconciled.outcome),
      ['executing'],
      'too soon: the stopped execution’s task may still be writing',
    );
    const later = await tick(() => new Date(Date.now() + INTERRUPTED_JOB_RUN_QUIET_MS));
    assert.deepEqual(
      later.map((reconciled) => [reconciled.runId, reconciled.outcome]),
      [[run.id, 'restarted']],
    );
    const done = await ended(season, run.id);
    assert.deepEqual([done.status, done.executions, done.failures[0]?.error, done.assigned], ['succeeded', 2, 'Interrupted', 28]);
    assert.deepEqual(await tick(() => new Date(Date.now() + INTERRUPTED_JOB_RUN_QUIET_MS)), [], 'an ended run holds no lock');
  });

  it('shows runs only to staff of the programme, and refuses what it was not meant to take with a problem naming the field', async () => {
    const { season } = await world();
    const outsider = staffClaims('another-programme');
    const run = await started(season);
    assert.equal((await start(season, undefined, { rubricId: RUBRIC }, outsider)).status, 404);
    assert.equal((await read(season, run.id, outsider)).status, 404);
    assert.equal((await list(season, {}, outsider)).status, 404);
    assert.equal((await resume(season, run.id, outsider)).status, 404);
    assert.equal((await start(season, undefined, { rubricId: RUBRIC }, expertClaims('expert-x'))).status, 403);
    assert.equal((await read(season, randomUUID())).status, 404);

    const fieldOf = (answer: Awaited<ReturnType<typeof callReviews>>) =>
      (answer.body['errors'] as { field: string }[] | undefined)?.map((error) => error.field);
    const noKey = await callReviews({
      method: 'POST',
      route: '/seasons/{seasonId}/review-assignment-runs',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
      body: { rubricId: RUBRIC },
    });
    assert.equal(noKey.status, 400);
    assert.deepEqual(fieldOf(noKey), ['headers.idempotency-key']);
    assert.equal((await start(season, 'short')).status, 400);
    assert.equal((await start(season, 'a key with spaces')).status, 400);
    assert.equal((await start(season, undefined, { rubricId: 'no-such-rubric' })).status, 404);
    const extra = await start(season, undefined, { rubricId: RUBRIC, dryRun: true });
    assert.equal(extra.status, 400);
    assert.equal((await start(season, undefined, { rubricId: '../../etc' })).status, 400);
    const huge = await callReviews({
      method: 'POST',
      route: '/seasons/{seasonId}/review-assignment-runs',
      pathParameters: { seasonId: season.seasonId },
      headers: { 'idempotency-key': randomUUID() },
      claims: season.staff,
      rawBody: JSON.stringify({ rubricId: RUBRIC, padding: 'x'.repeat(2_000_000) }),
    });
    assert.ok([400, 413].includes(huge.status), `a huge body: ${huge.status}`);
    assert.equal((await read(season, 'not-a-uuid')).status, 400);
    assert.equal((await resume(season, 'not-a-uuid')).status, 400);
    assert.equal((await list(season, { cursor: 'not a cursor!' })).body['code'], 'invalid-cursor');
    const foreign = Buffer.from(JSON.stringify({ pk: 'SEASON#x', sk: 'REVIEW_ASSIGNMENT_RUN#y', gsi1pk: 'P', gsi1sk: 'S' })).toString(
      'base64url',
    );
    assert.equal((await list(season, { cursor: foreign })).body['code'], 'invalid-cursor');
    assert.equal((await list(season, { limit: '1000' })).status, 400);
    await ended(season, run.id);
  });

  it('refuses an Idempotency-Key sent again for another rubric', async () => {
    const rubric = obedinenieNastavnikovTemplate.settings.reviewRubrics[0]!;
    const season = await reviewSeason({ reviewRubrics: [rubric, { ...rubric, id: 'second-opinion' }] });
    const key = randomUUID();
    const first = await started(season, key);
    const reused = await start(season, key, { rubricId: 'second-opinion' });
    assert.equal(reused.status, 409);
    assert.equal(reused.body['code'], 'idempotency-key-reused');
    await ended(season, first.id);
  });
});
