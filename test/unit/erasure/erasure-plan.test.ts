import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { erasedReminderCapId } from '../../../shared/adapters/dynamodb/dynamodb-personal-records.ts';
import { ERASURE_PLAN } from '../../../shared/erasure/domain/erasure-plan.ts';
import { subjectDigest } from '../../../shared/erasure/domain/subject-digest.ts';
import { ENTITY } from '../../../shared/platform/keys/keys.ts';
import { reminderCapId } from '../../../shared/progression/use-cases/reminders/process-reminder-page.ts';

describe('the erasure plan', () => {
  it('decides about every kind of item the table holds, each with why', () => {
    assert.deepEqual(Object.keys(ERASURE_PLAN).sort(), Object.keys(ENTITY).sort());
    for (const [kind, decision] of Object.entries(ERASURE_PLAN)) assert.ok(decision.why.trim().length > 0, kind);
  });

  it('keeps only what the law requires or what holds nothing personal: the register, the disclosure log, the audit, counters', () => {
    const kept = Object.entries(ERASURE_PLAN)
      .filter(([, decision]) => decision.action === 'keep' || decision.action === 'redact')
      .map(([kind]) => kind)
      .sort();
    assert.deepEqual(kept, [
      'certificate',
      'disclosure',
      'erasureRequest',
      'erasureSubject',
      'eventCount',
      'internshipKpi',
      'internshipMatchingChunk',
      'internshipOffer',
      'internshipRanking',
      'interviewEvent',
      'mentoringPair',
      'mentoringSession',
      'peopleRelations',
      'stageCount',
      'team',
      'webhookDelivery',
      'workflowFailure',
    ]);
  });

  it('names the reminders’ cap counter exactly as the reminders do', () => {
    assert.equal(erasedReminderCapId('person-1', 'season-1'), reminderCapId('person-1', 'season-1'));
  });
});

describe('the subject’s digest', () => {
  it('is the same for the same subject and salt, and differs with either', () => {
    const digest = subjectDigest('salt-a', 'person-1');
    assert.match(digest, /^[0-9a-f]{64}$/);
    assert.equal(subjectDigest('salt-a', 'person-1'), digest);
    assert.notEqual(subjectDigest('salt-b', 'person-1'), digest);
    assert.notEqual(subjectDigest('salt-a', 'person-2'), digest);
  });
});
