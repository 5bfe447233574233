import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { wiring } from '../../../functions/applications/wiring.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { receiptMailId } from '../../../shared/progression/use-cases/submission/queued-receipt.ts';
import { submitApplication } from '../../../shared/progression/use-cases/submission/submit-application.ts';
import type { MailQueue } from '../../../shared/mail/ports/mail-queue.ts';
import { storedMail } from '../../support/stored-mail.ts';
import { deliveredMailsTo } from '../../support/mailbox.ts';
import { openSeason, readyDraft } from '../../support/application-fixtures.ts';

const identityOf = (sub: string, email: string): Identity => ({
  subject: sub,
  email,
  roles: ['applicant'],
  region: undefined,
  organisation: undefined,
  programmes: [],
});

/** A queue port that refuses: the submission must not need it, its receipt rides in its own transaction. */
const refusingQueue: MailQueue = {
  enqueue: () => Promise.reject(new Error('the submission queued its receipt through the port')),
  enqueueCapped: () => Promise.reject(new Error('the submission queued its receipt through the port')),
};

describe('the receipt is queued in the submission transaction', () => {
  it('commits the queued receipt with the submission, queues nothing on a replay, and the drainer sends it once', async () => {
    const season = await openSeason();
    const { applicant, applicationId } = await readyDraft(season);
    const identity = identityOf(applicant.sub, applicant.email);
    const deps = { ...wiring().applications, mailQueue: refusingQueue };
    const key = randomUUID();

    const first = await submitApplication(deps, identity, applicationId, key);
    assert.equal(first.stage.id, 'screening');
    const queued = await storedMail(receiptMailId(applicationId));
    assert.equal(queued?.['status'], 'queued');
    assert.deepEqual(queued?.['to'], [applicant.email]);
    assert.equal(queued?.['seasonId'], season.seasonId);

    assert.deepEqual(await submitApplication(deps, identity, applicationId, key), first);
    assert.equal((await storedMail(receiptMailId(applicationId)))?.['queuedAt'], queued?.['queuedAt'], 'the replay queued nothing');

    const mails = await deliveredMailsTo(applicant.email);
    assert.equal(mails.length, 1);
    const sent = await storedMail(receiptMailId(applicationId));
    assert.equal(sent?.['status'], 'sent');
    assert.equal(typeof sent?.['messageId'], 'string');
    assert.deepEqual(
      [sent?.['to'], sent?.['text'], sent?.['html'], sent?.['subject']],
      [undefined, undefined, undefined, undefined],
      'address and body are gone once sent',
    );
  });
});
