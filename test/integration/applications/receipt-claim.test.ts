import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { notificationKey } from '../../../shared/adapters/dynamodb/keys.ts';
import { applications } from '../../../functions/applications/dependencies.ts';
import type { Identity } from '../../../shared/auth/identity.ts';
import { ENV, requireEnv } from '../../../shared/config/env.ts';
import type { Mailer, OutgoingMail } from '../../../shared/programmes/ports/mailer.ts';
import { receiptNotificationId } from '../../../shared/applications/use-cases/send-receipt.ts';
import { submitApplication } from '../../../shared/applications/use-cases/submit-application.ts';
import { openSeason, readyDraft } from './application-fixtures.ts';

const client = documentClient();
const tableName = requireEnv(ENV.tableName);

const ledgerItem = async (applicationId: string) =>
  (await client.send(new GetCommand({ TableName: tableName, Key: notificationKey(receiptNotificationId(applicationId)), ConsistentRead: true }))).Item;

/** A mailer that refuses while `failing` and records what it accepted. */
const mailer = () => {
  const sent: OutgoingMail[] = [];
  const state = { failing: true };
  const port: Mailer = {
    send: async (mail) => {
      if (state.failing) throw new Error('SES throttled');
      sent.push(mail);
      return { messageId: `m-${sent.length}` };
    },
  };
  return { port, sent, state };
};

const identityOf = (sub: string, email: string): Identity => ({ subject: sub, email, roles: ['applicant'], region: undefined, organisation: undefined, programmes: [] });

describe('the receipt claim rides in the submission transaction', () => {
  it('marks the receipt sent after the mail; a failed send gives the claim back and the retry with the same key sends it once', async () => {
    const season = await openSeason();
    const { applicant, applicationId } = await readyDraft(season);
    const identity = identityOf(applicant.sub, applicant.email);
    const mail = mailer();
    const deps = { ...applications, mailer: mail.port };
    const key = randomUUID();

    const first = await submitApplication(deps, identity, applicationId, key);
    assert.equal(first.stage.id, 'screening');
    assert.equal(mail.sent.length, 0);
    assert.equal(await ledgerItem(applicationId), undefined, 'a failed send releases the claim taken with the submission');

    mail.state.failing = false;
    const retry = await submitApplication(deps, identity, applicationId, key);
    assert.deepEqual(retry, first);
    assert.equal(mail.sent.length, 1);
    assert.equal((await ledgerItem(applicationId))?.['status'], 'sent');

    await submitApplication(deps, identity, applicationId, key);
    assert.equal(mail.sent.length, 1, 'a sent receipt is never sent again');
  });

  it('sends while holding the claim committed with the submission, then records the message id', async () => {
    const season = await openSeason();
    const { applicant, applicationId } = await readyDraft(season);
    const statusWhileSending: unknown[] = [];
    const sent: OutgoingMail[] = [];
    const port: Mailer = {
      send: async (outgoing) => {
        statusWhileSending.push((await ledgerItem(applicationId))?.['status']);
        sent.push(outgoing);
        return { messageId: 'm-1' };
      },
    };
    await submitApplication({ ...applications, mailer: port }, identityOf(applicant.sub, applicant.email), applicationId, randomUUID());
    assert.deepEqual(statusWhileSending, ['claimed']);
    assert.equal(sent.length, 1);
    const item = await ledgerItem(applicationId);
    assert.equal(item?.['status'], 'sent');
    assert.equal(item?.['messageId'], 'm-1');
  });
});
