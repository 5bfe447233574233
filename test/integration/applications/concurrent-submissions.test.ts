import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { deliveredMailsTo } from '../../support/mailbox.ts';
import { openSeason, readyDraft, storedPartition, submit } from '../../support/application-fixtures.ts';

const CONCURRENT = 20;

/** What the table holds after the race: the application item and the count of `submitted` events. */
const outcome = async (applicationId: string) => {
  const items = await storedPartition(applicationId);
  const application = items.find((item) => item['entity'] === 'application');
  return {
    application,
    submittedEvents: items.filter((item) => item['entity'] === 'applicationEvent' && item['kind'] === 'submitted').length,
  };
};

describe('twenty concurrent submissions of one application', () => {
  it('with the same Idempotency-Key: one submission, one event, one receipt, twenty identical 200 answers', async () => {
    const season = await openSeason();
    const { applicant, applicationId } = await readyDraft(season);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: CONCURRENT }, () => submit(applicationId, applicant.claims, key)));
    assert.deepEqual(
      answers.map((answer) => answer.status),
      Array.from({ length: CONCURRENT }, () => 200),
    );
    for (const answer of answers) assert.deepEqual(answer.body, answers[0]!.body);
    const stored = await outcome(applicationId);
    assert.equal(stored.application?.['submissionKey'], key);
    assert.equal(stored.application?.['stage'], 'screening');
    assert.equal(stored.submittedEvents, 1);
    assert.equal((await deliveredMailsTo(applicant.email)).length, 1);
  });

  it('with twenty different keys: one submission, one event, one receipt; the winner gets 200 and the rest 409 already-submitted', async () => {
    const season = await openSeason();
    const { applicant, applicationId } = await readyDraft(season);
    const keys = Array.from({ length: CONCURRENT }, () => randomUUID());
    const answers = await Promise.all(keys.map((key) => submit(applicationId, applicant.claims, key)));
    const winners = answers.filter((answer) => answer.status === 200);
    assert.equal(
      winners.length,
      1,
      `statuses: ${answers.map((answer) => `${answer.status}:${String(answer.body['code'] ?? '')}`).join(' ')}`,
    );
    for (const answer of answers.filter((candidate) => candidate.status !== 200)) {
      assert.equal(answer.status, 409);
      assert.equal(answer.body['code'], 'already-submitted');
    }
    const stored = await outcome(applicationId);
    assert.equal(stored.application?.['submissionKey'], keys[answers.indexOf(winners[0]!)]);
    assert.equal(stored.submittedEvents, 1);
    assert.equal((await deliveredMailsTo(applicant.email)).length, 1);
  });
});
