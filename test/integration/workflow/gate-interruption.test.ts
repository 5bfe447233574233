import { StopExecutionCommand } from '@aws-sdk/client-sfn';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { LOCAL_REGION } from '../../../infra/local/local-settings.ts';
import { loadManifestStateMachines } from '../../../infra/local/step-functions/manifest-state-machines.ts';
import { startStepFunctionsServer, type StepFunctionsServerHandle } from '../../../infra/local/step-functions/sfn-server.ts';
import { wiring as workflowWiring, type WorkflowWiring } from '../../../functions/workflow/wiring.ts';
import { runWorkflowTask } from '../../../functions/workflow/handler.ts';
import type { GateRun } from '../../../shared/progression/gate-run-schema.ts';
import { ENV } from '../../../shared/platform/config/env.ts';
import { storedMail } from '../../support/stored-mail.ts';
import { waitFor } from '../../support/wait-for.ts';
import { scopedTick } from './scoped-tick.ts';
import { wiring as calendarWiring } from '../../../functions/calendar/wiring.ts';

/**
 * "Stop the local cloud in the middle of a gate and start it again: the gate resumes, and no
 * application is moved twice or skipped." This file runs its OWN local Step Functions server (the
 * same code and ASL as the setup's; its workflow Tasks are functions/workflow/handler.ts with the
 * real dependencies, pages of 5 so the gate takes many pages), stops it while a gate is half way
 * (the server forgets its executions, as `npm start` does when stopped), starts a fresh one on the
 * same port, and runs the calendar tick, whose reconciler must find the run and resume it.
 */
const PAGE_SIZE = 5;
const onShortlist = (index: number) => index % 4 !== 0;

const deps: WorkflowWiring = { ...workflowWiring(), gatePageSize: PAGE_SIZE };
const ourSeasons = new Set<string>();
const tick = scopedTick(calendarWiring(), () => ourSeasons);

const startServer = async (port: number): Promise<StepFunctionsServerHandle> =>
  startStepFunctionsServer({
    port,
    machines: await loadManifestStateMachines(LOCAL_REGION, async () => (event: unknown) => runWorkflowTask(deps, event)),
  });

let server: StepFunctionsServerHandle | undefined;
let fixtures: typeof import('../../support/application-fixtures.ts');
let gates: typeof import('./gate-support.ts');
let support: typeof import('../../support/transition-support.ts');

beforeAll(async () => {
  server = await startServer(0);
  // Before anything in this process builds its Step Functions client: every start and describe goes to this port.
  process.env[ENV.sfnEndpoint] = server.endpoint;
  fixtures = await import('../../support/application-fixtures.ts');
  gates = await import('./gate-support.ts');
  support = await import('../../support/transition-support.ts');
});

afterAll(async () => {
  await server?.stop();
});

const runOf = async (seasonId: string, gateRunId: string): Promise<GateRun> =>
  (await deps.gateRuns.find(seasonId, gateRunId)) ?? assert.fail('the run is gone');

/** Starts the education -> interview gate through the staff route and waits until it is part way: some pages checkpointed, not all. */
const gateHalfWay = async (count: number) => {
  const season = await gates.seasonInEducation(count, onShortlist);
  ourSeasons.add(season.seasonId);
  const started = await fixtures.call({
    method: 'POST',
    route: '/seasons/{seasonId}/gates',
    pathParameters: { seasonId: season.seasonId },
    claims: fixtures.staffOf(season.programmeId),
    body: { from: 'education', to: 'interview' },
  });
  assert.equal(started.status, 202, JSON.stringify(started.body));
  const gateRunId = String(started.body['gateRunId']);
  await waitFor(
    async () => {
      const run = await runOf(season.seasonId, gateRunId);
      return run.seen > 0 && run.seen < count;
    },
    { description: 'the gate to be part way through', timeoutMs: 60_000, intervalMs: 10 },
  );
  return { ...season, gateRunId, executionArn: String(started.body['executionArn']) };
};

/** After the run succeeded: each application moved exactly once or not at all (by its guard), and one mail queued per move. */
const assertEveryApplicationOnce = async (applicants: Awaited<ReturnType<typeof gates.seasonInEducation>>['applicants']) => {
  for (const application of await gates.stagesAndMoves(applicants, 'interview')) {
    assert.equal(application.stage, application.shortlisted ? 'interview' : 'education', application.applicationId);
    assert.equal(application.moves, application.shortlisted ? 1 : 0, `${application.applicationId} moved ${application.moves} times`);
  }
  for (const applicant of applicants.filter((one) => one.shortlisted)) {
    const { events } = await support.stored(applicant.applicationId);
    const move = events.find((event) => event['toStage'] === 'interview') ?? assert.fail('no move');
    const mail = await storedMail(`application-transition#${applicant.applicationId}#education#interview#v${String(move['version'])}`);
    assert.ok(mail !== undefined, `the stage-change mail of ${applicant.applicationId} is queued`);
  }
  const delivered = await gates.deliveredMailCounts(applicants.filter((one) => one.shortlisted).map((one) => one.email));
  for (const applicant of applicants) assert.equal(delivered.get(applicant.email) ?? 0, applicant.shortlisted ? 1 : 0, applicant.email);
};

describe('an interrupted gate resumes from the calendar tick', () => {
  it('stopping the Step Functions server mid-gate leaves the run locked; on a fresh server the tick resumes it, and every application is moved exactly once', async () => {
    const count = 240;
    const { seasonId, gateRunId, applicants } = await gateHalfWay(count);

    const port = server?.port ?? assert.fail('no server');
    await server?.stop();
    const stopped = await runOf(seasonId, gateRunId);
    assert.equal(stopped.status, 'running', 'the run was interrupted, not ended');
    assert.ok(stopped.seen < count, `stopped part way (${stopped.seen} of ${count})`);

    server = await startServer(port);
    const first = await tick();
    assert.equal(first.gates['resumed'], 1, JSON.stringify(first));

    const done = await waitFor(
      async () => {
        const run = await runOf(seasonId, gateRunId);
        return run.status !== 'running' && run;
      },
      { description: 'the resumed run to end', timeoutMs: 120_000, intervalMs: 100 },
    );
    assert.equal(done.status, 'succeeded', JSON.stringify(done.failures));
    assert.ok(
      done.failures.some((failure) => failure.error === 'Interrupted'),
      JSON.stringify(done.failures),
    );
    const eligible = applicants.filter((one) => one.shortlisted).length;
    // Each shard counted its part once, however the run was interrupted and resumed.
    assert.deepEqual([done.total, done.seen, done.moved, done.skipped], [count, count, eligible, count - eligible]);

    // The run has ended and released its lock: a later tick finds nothing to resume.
    const second = await tick();
    assert.equal(second.gates['resumed'] ?? 0, 0, JSON.stringify(second));
    assert.equal((await runOf(seasonId, gateRunId)).status, 'succeeded');

    await assertEveryApplicationOnce(applicants);
  });

  it('an execution stopped without ending its run (ABORTED) is resumed in a new execution from the checkpoints', async () => {
    const count = 120;
    const { seasonId, gateRunId, executionArn, applicants } = await gateHalfWay(count);
    const sfn = (await import('../../../shared/adapters/sfn/sfn-client.ts')).sfnClient();
    await sfn.send(new StopExecutionCommand({ executionArn, error: 'Operator', cause: 'stopped by hand' }));
    assert.equal((await support.finished(sfn, executionArn)).status, 'ABORTED');

    const first = await tick();
    assert.equal(first.gates['resumed'], 1, JSON.stringify(first));
    const resumedArn = executionArn.replace(/-1$/, '-2');
    const resumed = await support.finished(sfn, resumedArn);
    assert.equal(resumed.status, 'SUCCEEDED', `${resumed.error}: ${resumed.cause}`);

    const done = await runOf(seasonId, gateRunId);
    assert.deepEqual([done.status, done.executions, done.total, done.seen], ['succeeded', 2, count, count]);
    assert.ok(
      done.failures.some((failure) => failure.error === 'Interrupted' && (failure.cause ?? '').includes('ABORTED')),
      JSON.stringify(done.failures),
    );
    await assertEveryApplicationOnce(applicants);
  });
});
