import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { LOCAL_REGION } from '../../../infra/local/local-settings.ts';
import { importCapabilityHandler, loadManifestStateMachines } from '../../../infra/local/step-functions/manifest-state-machines.ts';
import { startStepFunctionsServer, type StepFunctionsServerHandle } from '../../../infra/local/step-functions/sfn-server.ts';
import { wiring } from '../../../functions/workflow/wiring.ts';
import { runWorkflowTask } from '../../../functions/workflow/handler.ts';
import { applicationShard } from '../../../shared/platform/keys/keys.ts';
import { ENV } from '../../../shared/platform/config/env.ts';
import type { MailQueue } from '../../../shared/mail/ports/mail-queue.ts';
import { TransientError } from '../../../shared/platform/workflow/transient-error.ts';

/**
 * A fault in one page of a gate, through the real handler and the real ASL: this file runs its own
 * local Step Functions server (the same code and ASL as the test setup's) whose workflow Lambda is
 * functions/workflow/handler.ts's runWorkflowTask with its real dependencies, except that pages
 * are 5 applications (so shards span several pages) and queuing one applicant's mail fails with a
 * transient fault (as DynamoDB throttling would) until the test brings the queue back. The staff
 * routes of this process start executions on this server.
 */
const PAGE_SIZE = 5;
const APPLICATIONS = 120;
const onShortlist = (index: number) => index % 4 !== 0;

const fault: { poisoned: string | undefined } = { poisoned: undefined };
const poisoned = (to: readonly string[]): boolean => fault.poisoned !== undefined && to.includes(fault.poisoned);
const throttled = (): Promise<never> => Promise.reject(new TransientError('mail queue throttled'));
const up = wiring().mailQueue;
const mailQueue: MailQueue = {
  enqueue: (queued, at) => (poisoned(queued.mail.to) ? throttled() : up.enqueue(queued, at)),
  enqueueCapped: (queued, cap, at) => (poisoned(queued.mail.to) ? throttled() : up.enqueueCapped(queued, cap, at)),
};

let server: StepFunctionsServerHandle | undefined;
let fixtures: typeof import('../../support/application-fixtures.ts');
let support: typeof import('../../support/transition-support.ts');
let gates: typeof import('./gate-support.ts');
let sfn: import('@aws-sdk/client-sfn').SFNClient;

beforeAll(async () => {
  const machines = await loadManifestStateMachines(LOCAL_REGION, async (capability) =>
    capability === 'workflow'
      ? (event: unknown) => runWorkflowTask({ ...wiring(), mailQueue, gatePageSize: PAGE_SIZE }, event)
      : importCapabilityHandler(capability),
  );
  server = await startStepFunctionsServer({ port: 0, machines });
  process.env[ENV.sfnEndpoint] = server.endpoint;
  fixtures = await import('../../support/application-fixtures.ts');
  support = await import('../../support/transition-support.ts');
  gates = await import('./gate-support.ts');
  sfn = (await import('../../../shared/adapters/sfn/sfn-client.ts')).sfnClient();
});

afterAll(async () => {
  await server?.stop();
});

describe('a gate whose page fails', () => {
  it('retries the page, records the failure and fails the run; resumed, it completes without moving anything twice, skipping anything or mailing twice', async () => {
    const { seasonId, programmeId, applicants } = await gates.seasonInEducation(APPLICATIONS, onShortlist);
    const staff = fixtures.staffOf(programmeId);
    const eligible = applicants.filter((applicant) => applicant.shortlisted);
    const poisoned = eligible[0] ?? assert.fail('no eligible applicant');
    fault.poisoned = poisoned.email;

    const started = await fixtures.call({
      method: 'POST',
      route: '/seasons/{seasonId}/gates',
      pathParameters: { seasonId },
      claims: staff,
      body: { from: 'education', to: 'interview' },
    });
    assert.equal(started.status, 202, JSON.stringify(started.body));
    const gateRunId = String(started.body['gateRunId']);
    const failed = await support.finished(sfn, String(started.body['executionArn']));
    assert.equal(failed.status, 'FAILED');
    assert.equal(failed.error, 'GateFailed');

    const events = support.steps(await support.history(sfn, String(started.body['executionArn'])));
    const loops = events.filter(
      (event, index) => event === 'ChoiceStateExited:MorePages' && events[index + 1] === 'TaskStateEntered:ProcessPage',
    ).length;
    assert.ok(loops > 0, 'shards of more than one page loop back from MorePages to ProcessPage');
    // Retried before being recorded: one attempt and MaxAttempts 3 retries, each a LambdaFunctionFailed
    // even while other shards' iterations run ProcessPage beside it (test/integration/local-cloud/step-functions-map-history.test.ts).
    assert.equal(
      events.filter((event) => event === 'LambdaFunctionFailed').length,
      4,
      `the failing page was retried before its failure was recorded: ${events.join(' ')}`,
    );
    for (const state of [
      'TaskStateEntered:RecordPageFailure',
      'FailStateEntered:PageFailed',
      'MapIterationFailed',
      'MapStateFailed',
      'TaskStateEntered:RecordFailure',
      'FailStateEntered:Failed',
    ]) {
      assert.ok(events.includes(state), state);
    }
    assert.equal(events.at(-1), 'ExecutionFailed');
    // The Map's Catch takes over: it fails, then exits into RecordFailure, as a caught Task does.
    const mapFailed = events.indexOf('MapStateFailed');
    assert.deepEqual(events.slice(mapFailed, mapFailed + 3), ['MapStateFailed', 'MapStateExited:Shards', 'TaskStateEntered:RecordFailure']);

    const run = async () =>
      (
        await fixtures.call({
          method: 'GET',
          route: '/seasons/{seasonId}/gates/{gateRunId}',
          pathParameters: { seasonId, gateRunId },
          claims: staff,
        })
      ).body;
    const failedRun = await run();
    assert.equal(failedRun['status'], 'failed');
    const failures = failedRun['failures'] as { shard?: number; error: string }[];
    assert.ok(
      failures.some((failure) => failure.shard === applicationShard(poisoned.applicationId) && failure.error === 'TransientError'),
      JSON.stringify(failures),
    );
    // The move stands (written before its effects); its mail is owed, not lost.
    const [poisonedNow] = await gates.stagesAndMoves([poisoned], 'interview');
    assert.deepEqual([poisonedNow?.stage, poisonedNow?.moves, (await gates.mailCounts()).get(poisoned.email) ?? 0], ['interview', 1, 0]);

    // The queue is back; staff resume the run from its checkpoints.
    fault.poisoned = undefined;
    const resumed = await fixtures.call({
      method: 'POST',
      route: '/seasons/{seasonId}/gates/{gateRunId}/resume',
      pathParameters: { seasonId, gateRunId },
      claims: staff,
    });
    assert.equal(resumed.status, 202, JSON.stringify(resumed.body));
    assert.ok(String(resumed.body['executionArn']).endsWith(`:gate-${gateRunId}-2`));
    const completed = await support.finished(sfn, String(resumed.body['executionArn']));
    assert.equal(completed.status, 'SUCCEEDED', `${completed.error}: ${completed.cause}`);

    const done = await run();
    assert.deepEqual(
      [done['status'], done['executions'], done['seen'], done['moved'], done['skipped'], done['alreadyMoved']],
      ['succeeded', 2, APPLICATIONS, eligible.length, APPLICATIONS - eligible.length, 0],
    );
    for (const application of await gates.stagesAndMoves(applicants, 'interview')) {
      assert.equal(application.stage, application.shortlisted ? 'interview' : 'education', application.applicationId);
      assert.equal(application.moves, application.shortlisted ? 1 : 0, application.applicationId);
    }
    const mails = await gates.deliveredMailCounts(eligible.map((applicant) => applicant.email));
    for (const applicant of applicants) assert.equal(mails.get(applicant.email) ?? 0, applicant.shortlisted ? 1 : 0, applicant.email);

    const again = await fixtures.call({
      method: 'POST',
      route: '/seasons/{seasonId}/gates/{gateRunId}/resume',
      pathParameters: { seasonId, gateRunId },
      claims: staff,
    });
    assert.equal(again.status, 409);
    assert.equal(again.body['code'], 'gate-not-resumable');
  });
});
