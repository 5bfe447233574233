import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { sfnClient } from '../../../shared/adapters/sfn/sfn-client.ts';
import { requireEnv } from '../../../shared/platform/config/env.ts';
import { staffOf } from '../../support/application-fixtures.ts';
import { GATE_WEBINAR, deliveredMailCounts, stagesAndMoves } from './gate-support.ts';
import { gateRunOf, gateRunToEnd, gateWorld, startGate } from './gate-world.ts';
import { call as educationCall, event, platformClaims } from '../education/education-world.ts';
import { finished, history, lambdaTask, steps } from '../../support/transition-support.ts';

/**
 * The real cohortGate ASL (the file CDK deploys, STANDARD) on the test setup's local Step Functions
 * server, started and watched through the staff routes; its Tasks run functions/workflow/handler.ts
 * against DynamoDB Local and the SES server.
 */
const sfn = sfnClient();
const APPLICATIONS = 300;
/** Two in three are on the shortlist; the rest fail the interview gate's guard. */
const onShortlist = (index: number) => index % 3 !== 0;

describe('cohortGate on the local Step Functions server', () => {
  it('moves every shortlisted application of the stage once, with one mail each, counts the refused by reason, changes nothing when run again, and the guardless gate takes the rest', async () => {
    const world = await gateWorld(APPLICATIONS, onShortlist);
    const { seasonId, applicants } = world;
    const eligible = applicants.filter((applicant) => applicant.shortlisted);
    const refused = applicants.filter((applicant) => !applicant.shortlisted);

    const started = await startGate(world, { from: 'education', to: 'interview' });
    assert.equal(started.status, 202, JSON.stringify(started.body));
    const gateRunId = String(started.body['gateRunId']);
    const executionArn = String(started.body['executionArn']);
    assert.ok(executionArn.startsWith(requireEnv('COHORT_GATE_STATE_MACHINE_ARN').replace(':stateMachine:', ':execution:')));

    // The same gate again while the first run works: refused, naming the run to watch.
    const second = await startGate(world, { from: 'education', to: 'interview' });
    assert.equal(second.status, 409, JSON.stringify(second.body));
    assert.equal(second.body['code'], 'gate-running');
    assert.equal(second.headers['location'], `/seasons/${seasonId}/gates/${gateRunId}`);

    const execution = await finished(sfn, executionArn);
    assert.equal(execution.status, 'SUCCEEDED', `${execution.error}: ${execution.cause}`);

    const progress = await gateRunOf(world, gateRunId);
    assert.equal(progress.status, 200, JSON.stringify(progress.body));
    assert.deepEqual(
      { ...progress.body, startedAt: undefined, updatedAt: undefined, finishedAt: undefined },
      {
        id: gateRunId,
        seasonId,
        from: 'education',
        to: 'interview',
        action: 'move',
        actor: 'staff',
        status: 'succeeded',
        startedAt: undefined,
        updatedAt: undefined,
        finishedAt: undefined,
        executions: 1,
        total: APPLICATIONS,
        seen: APPLICATIONS,
        moved: eligible.length,
        skipped: refused.length,
        alreadyMoved: 0,
        skippedReasons: { 'not-shortlisted': refused.length },
        failures: [],
        shards: { total: 16, done: 16 },
      },
    );

    const after = await stagesAndMoves(applicants, 'interview');
    for (const application of after) {
      assert.equal(application.stage, application.shortlisted ? 'interview' : 'education', application.applicationId);
      assert.equal(application.moves, application.shortlisted ? 1 : 0, application.applicationId);
    }
    const mails = await deliveredMailCounts(applicants.filter((applicant) => applicant.shortlisted).map((applicant) => applicant.email));
    for (const applicant of applicants) assert.equal(mails.get(applicant.email) ?? 0, applicant.shortlisted ? 1 : 0, applicant.email);

    // Two states per page, not per application: 300 applications in 16 shards of fewer than 100 are 16 pages.
    const events = steps(await history(sfn, executionArn));
    assert.equal(events.filter((event) => event === 'TaskStateEntered:ProcessPage').length, 16);
    assert.equal(events.filter((event) => event === 'MapIterationSucceeded').length, 16);
    assert.deepEqual(events.slice(0, 2), ['ExecutionStarted', 'MapStateEntered:Shards']);
    assert.deepEqual(events.slice(-7), ['MapStateExited:Shards', ...lambdaTask('Finish'), 'ExecutionSucceeded']);

    // Run it again: the moved are gone from `education`, the refused are seen and refused again, nothing else happens.
    const rerun = await gateRunToEnd(world, { from: 'education', to: 'interview' });
    assert.deepEqual(
      [rerun['status'], rerun['seen'], rerun['moved'], rerun['skipped'], rerun['alreadyMoved']],
      ['succeeded', refused.length, 0, refused.length, 0],
    );
    assert.deepEqual(await stagesAndMoves(applicants, 'interview'), after);
    const mailsAfter = await deliveredMailCounts(
      applicants.filter((applicant) => applicant.shortlisted).map((applicant) => applicant.email),
    );
    for (const applicant of applicants) assert.equal(mailsAfter.get(applicant.email) ?? 0, applicant.shortlisted ? 1 : 0, applicant.email);

    // The other gate out of the stage has no guard: it takes everyone left, and no one twice.
    const closed = await gateRunToEnd(world, { from: 'education', to: 'not-selected' });
    assert.deepEqual(
      [closed['seen'], closed['moved'], closed['skipped'], closed['skippedReasons']],
      [refused.length, refused.length, 0, {}],
    );
    const final = await deliveredMailCounts(applicants.map((applicant) => applicant.email));
    for (const application of await stagesAndMoves(applicants, 'not-selected')) {
      assert.equal(application.stage, application.shortlisted ? 'interview' : 'not-selected');
      assert.equal(application.moves, application.shortlisted ? 0 : 1);
      assert.equal(final.get(application.email), 1, 'one mail each: the interview invitation or the refusal');
    }
  });

  it('decides the shortlist on the season’s current courses: a course added after the applicants completed the block keeps those who have not taken it', async () => {
    const world = await gateWorld(3, () => false);
    const { seasonId, programmeId, applicants, staff } = world;
    const watch = async (applicationIds: readonly string[], webinarId: string) => {
      const events = applicationIds.map((applicationId) => event(applicationId, 'webinar-watched', webinarId));
      const posted = await educationCall({
        method: 'POST',
        route: '/seasons/{seasonId}/education/events',
        pathParameters: { seasonId },
        body: { events },
        claims: platformClaims(programmeId),
      });
      assert.equal(posted.status, 200, JSON.stringify(posted.body));
      assert.deepEqual(
        (posted.body['outcomes'] as { outcome: string }[]).map((outcome) => outcome.outcome),
        events.map(() => 'recorded'),
      );
    };
    // Everyone completes the block as it stands (the season's one webinar), then staff add a course
    // and only the last applicant takes it too.
    await watch(
      applicants.map((applicant) => applicant.applicationId),
      GATE_WEBINAR.id,
    );
    const added = await educationCall({
      method: 'PUT',
      route: '/seasons/{seasonId}/courses',
      pathParameters: { seasonId },
      body: { webinars: [GATE_WEBINAR, { ...GATE_WEBINAR, id: 'ethics' }], broadcasts: [], version: 1 },
      claims: staff,
    });
    assert.equal(added.status, 200, JSON.stringify(added.body));
    const [first, second, third] = applicants;
    assert.ok(first && second && third);
    await watch([third.applicationId], 'ethics');

    const run = await gateRunToEnd(world, { from: 'education', to: 'interview' });
    assert.deepEqual([run['seen'], run['moved'], run['skipped'], run['skippedReasons']], [3, 1, 2, { 'not-shortlisted': 2 }]);
    assert.deepEqual(
      (await stagesAndMoves(applicants, 'interview')).map((application) => application.stage),
      ['education', 'education', 'interview'],
    );
  });

  it('refuses at once what the pipeline does not allow, and hides other programmes’ seasons', async () => {
    const world = await gateWorld(0, () => false);
    const notAGate = await startGate(world, { from: 'interview', to: 'regional-internship' });
    assert.equal(notAGate.status, 409);
    assert.equal(notAGate.body['code'], 'not-a-gate');
    assert.equal((await startGate(world, { from: 'education', to: 'completed' })).body['code'], 'no-such-transition');
    assert.equal((await startGate(world, { from: 'limbo', to: 'interview' })).body['code'], 'unknown-stage');
    assert.equal((await startGate(world, { from: 'education', to: 'interview' }, staffOf('another-programme'))).status, 404);
    const missingRun = await gateRunOf(world, '00000000-0000-4000-8000-000000000000');
    assert.equal(missingRun.status, 404);
  });
});
