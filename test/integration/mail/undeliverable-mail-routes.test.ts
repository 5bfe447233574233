import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { drainWiring } from '../../../functions/mail/wiring.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbMailQueue } from '../../../shared/adapters/dynamodb/dynamodb-mail-queue.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { drainMailQueue } from '../../../shared/mail/use-cases/drain-mail-queue.ts';
import { call, openSeason, staffOf } from '../../support/application-fixtures.ts';
import { deliveredMailsTo } from '../../support/mailbox.ts';

/** A mail of the season that SES refused: queued and drained on a queue of this test's own. */
const givenUndeliverableMail = async (seasonId: string) => {
  const queue = `test-${randomUUID()}`;
  const address = `${randomUUID()}@example.org`;
  const mailId = `application-receipt#${randomUUID()}`;
  await new DynamoDbMailQueue(documentClient(), requireEnv(ENV.tableName), queue).enqueue(
    { id: mailId, seasonId, mail: { to: [address], subject: 'Заявка принята', text: 'secret body text', html: '<p>secret body html</p>' } },
    new Date(),
  );
  const deps = drainWiring(queue);
  const refusing = { ...deps, mailer: { send: () => Promise.reject(new Error('SES refused the mail: MessageRejected')) } };
  assert.equal((await drainMailQueue(refusing, { ratePerSecond: 10, budgetMs: 10_000, holder: randomUUID() })).failed, 1);
  return { address, mailId };
};

describe('staff and the undeliverable mail of a season', () => {
  it('lists it for staff of the programme without the body, and a retry queues it again so it is delivered; others get 404, a second retry 409', async () => {
    const { seasonId, programmeId } = await openSeason();
    const { address, mailId } = await givenUndeliverableMail(seasonId);
    const staff = staffOf(programmeId);

    const listed = await call({
      method: 'GET',
      route: '/seasons/{seasonId}/undeliverable-mail',
      pathParameters: { seasonId },
      claims: staff,
    });
    assert.equal(listed.status, 200, JSON.stringify(listed.body));
    const items = listed.body['items'] as { ref: string; mailId: string; to: string[]; attempts: number; reason: string }[];
    assert.deepEqual(
      items.map(({ mailId: id, to, attempts, reason }) => [id, to, attempts, reason]),
      [[mailId, [address], 1, 'SES refused the mail: MessageRejected']],
    );
    assert.equal(JSON.stringify(listed.body).includes('secret body'), false);

    const outsider = staffOf(`other-${randomUUID()}`);
    const ref = items[0]!.ref;
    assert.equal(
      (await call({ method: 'GET', route: '/seasons/{seasonId}/undeliverable-mail', pathParameters: { seasonId }, claims: outsider }))
        .status,
      404,
    );
    const retry = (claims: Record<string, string>, mailRef = ref) =>
      call({
        method: 'POST',
        route: '/seasons/{seasonId}/undeliverable-mail/{mailRef}/retry',
        pathParameters: { seasonId, mailRef },
        claims,
      });
    assert.equal((await retry(outsider)).status, 404);
    assert.equal((await retry(staff, Buffer.from(`missing#${randomUUID()}`).toString('base64url'))).status, 404);

    const retried = await retry(staff);
    assert.equal(retried.status, 202, JSON.stringify(retried.body));
    assert.deepEqual(retried.body, { mailId, status: 'queued' });
    const again = await retry(staff);
    assert.equal(again.status, 409);
    assert.equal(again.body['code'], 'mail-not-failed');

    assert.equal((await deliveredMailsTo(address)).length, 1);
    const after = await call({
      method: 'GET',
      route: '/seasons/{seasonId}/undeliverable-mail',
      pathParameters: { seasonId },
      claims: staff,
    });
    assert.deepEqual(after.body['items'], []);
  });
});
