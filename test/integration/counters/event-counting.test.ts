import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, it } from 'vitest';
import { DynamoDbCertificateStore } from '../../../shared/adapters/dynamodb/dynamodb-certificate-store.ts';
import { DynamoDbCounterRebuilds } from '../../../shared/adapters/dynamodb/dynamodb-season-counts-rebuild.ts';
import { DynamoDbReviewStore } from '../../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import type { Certificate } from '../../../shared/certificates/certificate-schema.ts';
import { advanceCounterRebuilds } from '../../../shared/counters/use-cases/advance-counter-rebuilds.ts';
import { beginCounterRebuild } from '../../../shared/counters/use-cases/start-counter-rebuild.ts';
import { ENTITY, reviewKeys } from '../../../shared/platform/keys/keys.ts';
import type { Review } from '../../../shared/reviews/review-schema.ts';
import { applications, client, createDraft, newSeason, seasonCounts, submitDraft, tableName, transition } from './counters-world.ts';

const reviews = new DynamoDbReviewStore(client, tableName);
const certificates = new DynamoDbCertificateStore(client, tableName);
const rebuilds = new DynamoDbCounterRebuilds(client, tableName);

/** A review assigned to an expert outside any pool (seeded as the store keeps it), then submitted for the first time. */
const completeReview = async (seasonId: string, programmeId: string, applicationId: string, rubricId: string, at: string) => {
  const assigned: Review = {
    applicationId,
    seasonId,
    programmeId,
    rubricId,
    stage: 'screening',
    expertId: randomUUID(),
    status: 'assigned',
    scores: {},
    assignedBy: randomUUID(),
    assignedAt: at,
    documents: [],
    updatedAt: at,
    version: 1,
  };
  await client.send(new PutCommand({ TableName: tableName, Item: { ...reviewKeys(assigned), entity: ENTITY.review, ...assigned } }));
  const submitted: Review = { ...assigned, status: 'submitted', scores: { quality: 80 }, submittedAt: at, updatedAt: at, version: 2 };
  assert.equal((await reviews.save(submitted, 1, { firstSubmission: true })).written, true);
  // A later save of the submitted review counts nothing more.
  assert.equal((await reviews.save({ ...submitted, version: 3 }, 2, { firstSubmission: false })).written, true);
};

const certificateOf = (seasonId: string, programmeId: string, applicationId: string): Certificate => ({
  id: randomUUID(),
  applicationId,
  applicantId: randomUUID(),
  programmeId,
  seasonId,
  achievement: { id: 'graduate', name: { ru: 'Выпускник', en: 'Graduate' }, description: { ru: 'Прошёл', en: 'Completed' } },
  holderName: 'Иванова Анна Сергеевна',
  language: 'ru',
  programmeName: { ru: 'ПроКадры', en: 'ProKadry' },
  seasonTitle: { ru: 'Сезон', en: 'Season' },
  layout: 'prokadry',
  issuerName: { ru: 'Росмолодёжь', en: 'Rosmolodezh' },
  numberPrefix: 'ПК',
  status: 'requested',
  requestedAt: '2026-09-01T10:00:00.000Z',
  updatedAt: '2026-09-01T10:00:00.000Z',
  version: 1,
});

const eventsOf = async (seasonId: string) =>
  Object.fromEntries(
    (await seasonCounts.read(seasonId)).events.map((row) => [
      `${row.event}|${row.subject}|${row.region}`,
      { count: row.count, byQuarter: row.byQuarter },
    ]),
  );

describe('events counted in their own writes', () => {
  it('a completed review, an issued and a revoked certificate count once each, under the application’s region, and a rebuild (with moves racing it) finds them again', async () => {
    const { seasonId, programmeId } = await newSeason();
    const applicationId = await createDraft(seasonId, programmeId, 0);
    await submitDraft(applicationId, 0);
    const region = (await applications.find(applicationId))?.region;
    await completeReview(seasonId, programmeId, applicationId, 'essay', '2026-07-10T10:00:00.000Z');
    await completeReview(seasonId, programmeId, applicationId, 'essay', '2026-10-10T10:00:00.000Z');

    const requested = certificateOf(seasonId, programmeId, applicationId);
    assert.deepEqual(await certificates.request(requested), { created: true });
    const issued: Certificate = {
      ...requested,
      status: 'issued',
      issuedAt: '2026-09-01T10:01:00.000Z',
      updatedAt: '2026-09-01T10:01:00.000Z',
      version: 2,
    };
    assert.equal(await certificates.update(issued, 1), 'written');
    // Writing it as issued again is a conflict, not a second issue.
    assert.equal(await certificates.update({ ...issued, version: 3 }, 2), 'version-conflict');
    const revocation = { reason: 'Ошибка в данных', by: randomUUID(), at: '2026-12-31T21:30:00.000Z' };
    assert.equal(await certificates.update({ ...issued, status: 'revoked', revocation, version: 3 }, 2), 'written');

    const expected = {
      [`review-completed|essay|${region}`]: { count: 2, byQuarter: { '2026-Q3': 1, '2026-Q4': 1 } },
      [`certificate-issued|graduate|${region}`]: { count: 1, byQuarter: { '2026-Q3': 1 } },
      [`certificate-revoked|graduate|${region}`]: { count: 1, byQuarter: { '2027-Q1': 1 } },
    };
    assert.deepEqual(await eventsOf(seasonId), expected);

    const started = await beginCounterRebuild({ rebuilds, clock: () => new Date(), newId: randomUUID }, seasonId);
    // A move during the rebuild migrates the application with its events.
    assert.equal((await transition(applicationId, 'screening', 'education')).outcome, 'written');
    for (let run = 0; run < 50 && (await rebuilds.find(seasonId, started.runId))?.status === 'running'; run += 1) {
      await advanceCounterRebuilds({ rebuilds, now: Date.now }, Date.now() + 5_000);
    }
    assert.equal((await rebuilds.find(seasonId, started.runId))?.status, 'completed');
    assert.deepEqual(await eventsOf(seasonId), expected);
  });
});
