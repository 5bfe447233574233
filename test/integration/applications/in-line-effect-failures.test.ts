import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { wiring } from '../../../functions/applications/wiring.ts';
import { sfnClient } from '../../../shared/adapters/sfn/sfn-client.ts';
import { inLineEffectFailureId } from '../../../shared/progression/use-cases/transitions/record-in-line-effect-failure.ts';
import { staffNoticeMailId } from '../../../shared/progression/use-cases/transitions/notify-staff-of-transition.ts';
import { withdrawApplication } from '../../../shared/progression/use-cases/submission/withdraw-application.ts';
import type { MailQueue } from '../../../shared/mail/ports/mail-queue.ts';
import { storedMail } from '../../support/stored-mail.ts';
import { finished, stored, submittedApplication } from '../../support/transition-support.ts';
import { call, staffOf } from '../../support/application-fixtures.ts';

/** The real queue, except that queuing a single mail fails: what a throttled table looks like to an effect. */
const failingQueue: MailQueue = {
  enqueue: () => Promise.reject(new Error('injected: the queue refused the write')),
  enqueueCapped: (mail, cap, at) => wiring().applications.mailQueue.enqueueCapped(mail, cap, at),
};

/**
 * The applicant's own moves (withdrawal here; submission the same way) write first and answer the
 * applicant, then run their effects in line. An effect that fails there is not lost: it becomes a
 * transition failure staff see and retry, as a failed applicationTransition execution does.
 */
describe('an effect of the applicant’s own move that fails in line', () => {
  it('leaves the withdrawal standing, is recorded for staff, and their retry runs the effect once', async () => {
    const { programmeId, applicant, applicationId } = await submittedApplication();
    const staff = staffOf(programmeId);
    const identity = {
      subject: applicant.sub,
      email: applicant.email,
      roles: ['applicant'] as const,
      region: undefined,
      organisation: undefined,
      programmes: [],
    };

    const view = await withdrawApplication({ ...wiring().applications, mailQueue: failingQueue }, identity, applicationId);
    assert.equal(view.stage.id, 'withdrawn');
    const withdrawal =
      (await stored(applicationId)).events.find((event) => event['toStage'] === 'withdrawn') ?? assert.fail('no withdrawal event');
    const move = { from: 'screening', to: 'withdrawn', version: Number(withdrawal['version']) };
    assert.equal(await storedMail(staffNoticeMailId(applicationId, move)), undefined, 'the notice was not queued');

    const failures = await call({
      method: 'GET',
      route: '/applications/{applicationId}/transition-failures',
      pathParameters: { applicationId },
      claims: staff,
    });
    assert.equal(failures.status, 200, JSON.stringify(failures.body));
    const [failure, ...more] = failures.body['items'] as { id: string; status: string; error: string; request: Record<string, unknown> }[];
    assert.equal(more.length, 0);
    assert.deepEqual(
      [failure?.id, failure?.status, failure?.error],
      [inLineEffectFailureId(applicationId, move.version), 'open', 'EffectsFailed'],
    );
    assert.deepEqual(failure?.request, { applicationId, from: 'screening', to: 'withdrawn', actor: 'applicant' });

    const retried = await call({
      method: 'POST',
      route: '/applications/{applicationId}/transition-failures/{failureId}/retry',
      pathParameters: { applicationId, failureId: failure?.id ?? '' },
      claims: staff,
    });
    assert.equal(retried.status, 202, JSON.stringify(retried.body));
    const execution = await finished(sfnClient(), String(retried.body['executionArn']));
    assert.equal(execution.status, 'SUCCEEDED');
    assert.ok(await storedMail(staffNoticeMailId(applicationId, move)), 'the retry queued the notice');
    // The retry found the move applied: no second withdrawal event, the stage unchanged.
    const after = await stored(applicationId);
    assert.equal(after.application?.['stage'], 'withdrawn');
    assert.equal(after.events.filter((event) => event['toStage'] === 'withdrawn').length, 1);
  });
});
