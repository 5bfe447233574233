import { PutCommand } from '@aws-sdk/lib-dynamodb';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { ENTITY, shortlistKey } from '../../../shared/platform/keys/keys.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { call, staffOf } from '../../support/application-fixtures.ts';
import { finished, stored, submittedApplication } from '../../support/transition-support.ts';
import { sfnClient } from '../../../shared/adapters/sfn/sfn-client.ts';

const transition = (applicationId: string, claims: Record<string, string>, body: unknown) =>
  call({ method: 'POST', route: '/applications/{applicationId}/transitions', pathParameters: { applicationId }, claims, body });

const refusedWith = (answer: { status: number; body: Record<string, unknown> }, code: string) => {
  assert.equal(answer.status, 409, JSON.stringify(answer.body));
  assert.equal(answer.body['code'], code);
  const message = answer.body['message'] as { ru: string; en: string };
  assert.ok(message.ru.length > 0, 'the reason in Russian');
  assert.ok(message.en.length > 0, 'the reason in English');
};

describe('POST /applications/{applicationId}/transitions (staff decisions)', () => {
  it('answers 409 with the domain’s reason and starts nothing when the move is illegal', async () => {
    const { programmeId, applicationId } = await submittedApplication();
    const staff = staffOf(programmeId);
    refusedWith(await transition(applicationId, staff, { to: 'interview' }), 'no-such-transition');
    refusedWith(await transition(applicationId, staff, { to: 'withdrawn' }), 'actor-not-allowed');
    refusedWith(await transition(applicationId, staff, { to: 'screening' }), 'already-in-stage');
    refusedWith(await transition(applicationId, staff, { to: 'nowhere' }), 'unknown-stage');
    assert.equal((await stored(applicationId)).application?.['stage'], 'screening');
  });

  it('refuses every staff move once the applicant has withdrawn consent to processing', async () => {
    const { programmeId, applicant, applicationId } = await submittedApplication();
    const withdrawal = await call({ method: 'POST', route: '/me/consents/withdrawal', claims: applicant.claims });
    assert.equal(withdrawal.status, 201, JSON.stringify(withdrawal.body));
    refusedWith(await transition(applicationId, staffOf(programmeId), { to: 'education' }), 'processing-stopped');
    assert.equal((await stored(applicationId)).application?.['stage'], 'screening');
  });

  it('checks the shortlist guard through the shortlist marker the education block writes', async () => {
    const { programmeId, applicationId } = await submittedApplication(); // ПроКадры: education -> interview needs the shortlist
    const staff = staffOf(programmeId);
    const toEducation = await transition(applicationId, staff, { to: 'education' });
    assert.equal(toEducation.status, 202);
    assert.equal((await finished(sfnClient(), String(toEducation.body['executionArn']))).status, 'SUCCEEDED');

    refusedWith(await transition(applicationId, staff, { to: 'interview' }), 'not-shortlisted');
    await documentClient().send(
      new PutCommand({
        TableName: requireEnv(ENV.tableName),
        Item: { ...shortlistKey(applicationId), entity: ENTITY.shortlistMarker, shortlisted: true },
      }),
    );
    const toInterview = await transition(applicationId, staff, { to: 'interview' });
    assert.equal(toInterview.status, 202, JSON.stringify(toInterview.body));
    assert.equal((await finished(sfnClient(), String(toInterview.body['executionArn']))).status, 'SUCCEEDED');
    assert.equal((await stored(applicationId)).application?.['stage'], 'interview');

    // interview -> federal-interview is for the young and pro tracks; the rules put this applicant on beginner.
    const track = (await stored(applicationId)).application?.['track'] as { track: string } | undefined;
    assert.equal(track?.track, 'beginner');
    refusedWith(await transition(applicationId, staff, { to: 'federal-interview' }), 'track-not-admitted');
  });

  it('refuses a rubric-score guard while there are no reviews', async () => {
    const pipeline = prokadryTemplate.settings.pipeline;
    const scored = {
      pipeline: {
        ...pipeline,
        transitions: pipeline.transitions.map((candidate) =>
          candidate.from.includes('screening') && candidate.to === 'education'
            ? { ...candidate, guards: [{ kind: 'rubricScore' as const, rubric: 'screening', atLeast: 5 }] }
            : candidate,
        ),
      },
    };
    const { programmeId, applicationId } = await submittedApplication(scored);
    refusedWith(await transition(applicationId, staffOf(programmeId), { to: 'education' }), 'rubric-score-unavailable');
  });

  it('answers 404 to staff of another programme, for an unknown id, and 403 to an applicant', async () => {
    const { applicant, applicationId } = await submittedApplication();
    const outsider = await transition(applicationId, staffOf(`other-${randomUUID().slice(0, 8)}`), { to: 'education' });
    assert.equal(outsider.status, 404);
    const unknown = await transition(randomUUID(), staffOf('*'), { to: 'education' });
    assert.equal(unknown.status, 404);
    assert.equal((await transition(applicationId, applicant.claims, { to: 'education' })).status, 403);
    assert.equal((await stored(applicationId)).application?.['stage'], 'screening');
  });

  it('validates the body strictly', async () => {
    const { programmeId, applicationId } = await submittedApplication();
    const answer = await transition(applicationId, staffOf(programmeId), { to: 'education', reason: 'x', extra: true });
    assert.equal(answer.status, 400);
  });
});
