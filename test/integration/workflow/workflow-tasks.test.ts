import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { handler } from '../../../functions/workflow/handler.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbWorkflowFailureRepository } from '../../../shared/adapters/dynamodb/dynamodb-workflow-failure-repository.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { call, seasonBody, staffClaims, uniqueId } from '../../support/call-programmes.ts';
import { deliveredMailsTo } from '../../support/mailbox.ts';
import { storedSeason } from '../../support/table-probe.ts';

/** A programme whose team mail goes to a fresh address, and a draft season of it. */
const givenDraftSeason = async () => {
  const programmeId = uniqueId('prog');
  const seasonId = uniqueId('season');
  const contact = `${uniqueId('team')}@cadre.example`;
  const created = await call({
    method: 'POST',
    route: '/programmes',
    claims: staffClaims,
    body: { id: programmeId, templateId: 'prokadry', overrides: { contact: { email: contact, language: 'ru' } } },
  });
  assert.equal(created.status, 201);
  const season = await call({
    method: 'POST',
    route: '/programmes/{programmeId}/seasons',
    pathParameters: { programmeId },
    claims: staffClaims,
    body: seasonBody(seasonId),
  });
  assert.equal(season.status, 201);
  return { programmeId, seasonId, contact };
};

describe('workflow tasks', () => {
  it('publishSeason opens a draft season once; a repeat changes nothing', async () => {
    const { programmeId, seasonId } = await givenDraftSeason();
    const first = await handler({ task: 'publishSeason', input: { programmeId, seasonId } });
    assert.deepEqual(first, { status: 'open', changed: true });
    const versionAfterFirst = (await storedSeason(seasonId))?.['version'];
    const second = await handler({ task: 'publishSeason', input: { programmeId, seasonId, published: first } });
    assert.deepEqual(second, { status: 'open', changed: false });
    const stored = await storedSeason(seasonId);
    assert.equal(stored?.['version'], versionAfterFirst);
    assert.equal(stored?.['gsi2pk'], 'SEASONS#OPEN', 'an open season is in the open-seasons index');
  });

  it('announceSeason queues one mail however often, and however concurrently, it runs', async () => {
    const { programmeId, seasonId, contact } = await givenDraftSeason();
    await handler({ task: 'publishSeason', input: { programmeId, seasonId } });
    const results = await Promise.all([1, 2, 3].map(() => handler({ task: 'announceSeason', input: { programmeId, seasonId } })));
    assert.deepEqual(results.map((result) => (result as { queued: boolean }).queued).sort(), [false, false, true]);
    assert.deepEqual(await handler({ task: 'announceSeason', input: { programmeId, seasonId } }), { queued: false });
    const mails = await deliveredMailsTo(contact);
    assert.equal(mails.length, 1);
    assert.match(mails[0]?.subject ?? '', /^Сезон открыт: ПроКадры/);
    assert.match(mails[0]?.body.text ?? '', new RegExp(`/seasons/${seasonId}`));
  });

  it('recordWorkflowFailure keeps the failure under the season for staff, once per execution', async () => {
    const { programmeId, seasonId } = await givenDraftSeason();
    const event = {
      task: 'recordWorkflowFailure',
      workflow: 'openSeason',
      execution: `open-season-${seasonId}-1`,
      input: { programmeId, seasonId, error: { Error: 'States.TaskFailed', Cause: '{"errorType":"Error","errorMessage":"boom"}' } },
    };
    await handler(event);
    await handler(event);
    const failures = await new DynamoDbWorkflowFailureRepository(documentClient(), requireEnv(ENV.tableName)).listForSeason(seasonId, {
      limit: 10,
    });
    assert.equal(failures.items.length, 1);
    assert.equal(failures.items[0]?.error, 'States.TaskFailed');
    assert.equal(failures.items[0]?.workflow, 'openSeason');

    const staffView = await call({
      method: 'GET',
      route: '/seasons/{seasonId}/workflow-failures',
      pathParameters: { seasonId },
      claims: staffClaims,
    });
    assert.equal(staffView.status, 200);
    assert.deepEqual(
      (staffView.body['items'] as { error: string }[]).map((failure) => failure.error),
      ['States.TaskFailed'],
    );
  });

  it('fails a task for a season that does not exist without a retryable error name', async () => {
    await assert.rejects(
      handler({ task: 'publishSeason', input: { programmeId: 'p', seasonId: uniqueId('missing') } }),
      (error: Error) => error.name !== 'TransientError',
    );
  });

  it('refuses an unknown task and malformed input', async () => {
    await assert.rejects(handler({ task: 'launchRocket', input: {} }), /Unknown workflow task/);
    // Names every object inherits are not tasks either.
    for (const task of ['constructor', 'toString', '__proto__'])
      await assert.rejects(handler({ task, input: {} }), /Unknown workflow task/);
    await assert.rejects(handler({ task: 'publishSeason', input: { seasonId: 42 } }));
  });
});
