import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { GetCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, it } from 'vitest';
import { handler as certificatesHandler } from '../../../functions/certificates/handler.ts';
import { handler as erasureHandler } from '../../../functions/erasure/handler.ts';
import { handler as mentoringHandler } from '../../../functions/mentoring/handler.ts';
import { wiring as eraserWiring } from '../../../functions/eraser/wiring.ts';
import { handler as eraserHandler } from '../../../functions/eraser/handler.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { s3Client } from '../../../shared/adapters/s3/s3-client.ts';
import { ERASURE_STEPS } from '../../../shared/erasure/domain/erasure-steps.ts';
import type { StoredErasureRequest } from '../../../shared/erasure/erasure-schema.ts';
import type { StepRecord } from '../../../shared/erasure/ports/erasure-requests.ts';
import type { PageRequest } from '../../../shared/platform/paging/page.ts';
import { advanceErasure, advanceErasures } from '../../../shared/erasure/use-cases/advance-erasures.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import {
  applicantApplicationsPartition,
  applicantKey,
  applicationDisclosuresPartition,
  applicationKey,
  applicationReleasesPartition,
  certificateKey,
  erasedDisclosuresPartition,
  erasureRequestKey,
  holderCertificatesPartition,
  internshipCandidatesPartition,
  internshipRankingKey,
  interviewEventKey,
  interviewRosterPartition,
  mentoringPairKey,
  peopleRelationsKey,
  seasonDisclosuresShardPartition,
  teamKey,
  type TableKeys,
} from '../../../shared/platform/keys/keys.ts';
import { applicationShard, DISCLOSURE_SHARDS, queuedMailKey } from '../../../shared/platform/keys/keys.ts';
import { personDigest } from '../../../shared/relations/domain/person-digest.ts';
import { invokeHandler, lambdaContext } from '../../support/api-event.ts';
import { deliveredMailsTo } from '../../support/mailbox.ts';
import { plantedEmail, plantPerson, plantSharedRecords, sharedPlaces, type PlantedPerson, type SharedPlaces } from './planted-people.ts';

type Item = Record<string, unknown>;
const tableName = () => requireEnv(ENV.tableName);
const client = () => documentClient();

const get = async (key: TableKeys): Promise<Item | undefined> =>
  (await client().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }))).Item;
const partition = async (pk: string): Promise<Item[]> =>
  (
    await client().send(
      new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk } }),
    )
  ).Items ?? [];
const indexPartition = async (index: 'gsi1' | 'gsi2', pk: string): Promise<Item[]> =>
  (
    await client().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: index,
        KeyConditionExpression: `${index}pk = :pk`,
        ExpressionAttributeValues: { ':pk': pk },
      }),
    )
  ).Items ?? [];
const objectsUnder = async (bucket: string, prefix: string): Promise<string[]> =>
  ((await s3Client().send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))).Contents ?? []).map((object) =>
    String(object.Key),
  );

/** Every item of the whole table holding any of the strings (a test may Scan: it looks for copies anywhere). */
const itemsHolding = async (needles: readonly string[]): Promise<Item[]> => {
  const segments = 4;
  const found: Item[] = [];
  await Promise.all(
    Array.from({ length: segments }, async (_, segment) => {
      let start: Item | undefined;
      do {
        const page = await client().send(
          new ScanCommand({ TableName: tableName(), Segment: segment, TotalSegments: segments, ExclusiveStartKey: start }),
        );
        for (const item of page.Items ?? []) {
          const text = JSON.stringify(item, (_key, value: unknown) => (value instanceof Set ? [...value] : value));
          if (needles.some((needle) => text.includes(needle))) found.push(item);
        }
        start = page.LastEvaluatedKey;
      } while (start !== undefined);
    }),
  );
  return found;
};

const applicantClaims = (person: { sub: string; email: string }) => ({
  sub: person.sub,
  email: person.email,
  'cognito:groups': '[applicant]',
});
const staffOf = (programmeId: string) => ({ sub: `staff-${randomUUID()}`, 'cognito:groups': '[staff]', 'custom:programmes': programmeId });
const askToErase = (person: PlantedPerson) =>
  invokeHandler(erasureHandler, {
    method: 'POST',
    route: '/me/erasure-requests',
    body: { confirm: 'erase-my-data' },
    claims: applicantClaims(person),
  });

/**
 * Everything of a person that an erasure of someone else must leave exactly as it was; their
 * relations item is checked on its own (it loses the entry naming the erased team-mate).
 */
const snapshot = async (person: PlantedPerson) => ({
  items: await Promise.all(person.keys.filter((key) => key.sk !== 'RELATIONS').map(get)),
  objects: await Promise.all(person.objects.documents.map((key) => objectsUnder(requireEnv(ENV.documentsBucket), key))),
  credentials: await Promise.all(person.objects.verification.map((key) => objectsUnder(requireEnv(ENV.verificationBucket), key))),
  mails: await Promise.all(person.mailIds.map((id) => get(queuedMailKey(id)))),
});

const plantTwo = async (): Promise<{ places: SharedPlaces; erased: PlantedPerson; kept: PlantedPerson }> => {
  const places = sharedPlaces();
  const [erasedEmail, keptEmail] = [plantedEmail(), plantedEmail()];
  const erased = await plantPerson(places, erasedEmail, keptEmail);
  const kept = await plantPerson(places, keptEmail, erasedEmail);
  await plantSharedRecords(places, [erased, kept]);
  return { places, erased, kept };
};

const runEraser = async (requestId: string) => {
  for (let run = 0; run < 10; run += 1) {
    const advanced = await advanceErasure(eraserWiring().eraser, requestId, Date.now() + 60_000);
    if (advanced.request?.status === 'completed') return advanced.request;
  }
  throw new Error('The erasure did not complete');
};

describe('erasure on request', () => {
  it('destroys everything of the person, keeps only the allowed remainder, leaves the person beside them untouched, and mails a receipt', async () => {
    const { places, erased, kept } = await plantTwo();
    const keptBefore = await snapshot(kept);

    const asked = await askToErase(erased);
    assert.equal(asked.status, 202, JSON.stringify(asked.body));
    assert.equal(asked.body['status'], 'received');
    const requestId = String(asked.body['id']);
    // Asking again answers the same request.
    const again = await askToErase(erased);
    assert.equal(again.status, 200);
    assert.equal(again.body['id'], requestId);

    const request = await runEraser(requestId);
    assert.deepEqual(request.stepsDone, [...ERASURE_STEPS]);

    // The person's partitions and index keys hold nothing.
    assert.deepEqual(await partition(applicantKey(erased.sub)), []);
    assert.deepEqual(await partition(applicationKey(erased.applicationId).pk), []);
    assert.deepEqual(await indexPartition('gsi1', applicantApplicationsPartition(erased.sub)), []);
    assert.deepEqual(await indexPartition('gsi1', holderCertificatesPartition(erased.sub)), []);
    assert.deepEqual(await indexPartition('gsi2', applicationReleasesPartition(erased.applicationId)), []);
    assert.deepEqual(await indexPartition('gsi1', applicationDisclosuresPartition(erased.applicationId)), []);
    for (const key of erased.keys.filter((key) => !key.pk.startsWith('CERTIFICATE#') && !key.pk.startsWith('MENTORING_PAIR#'))) {
      assert.equal(await get(key), undefined, `${key.pk} ${key.sk} is gone`);
    }
    for (const id of erased.mailIds) assert.equal(await get(queuedMailKey(id)), undefined, `mail ${id} is gone`);

    // Shared records lose the person and keep the other.
    const roster = await indexPartition('gsi1', interviewRosterPartition(places.seasonId, places.eventId));
    assert.deepEqual(
      roster.map((item) => item['applicationId']),
      [kept.applicationId],
    );
    assert.equal((await get(interviewEventKey(places.seasonId, places.eventId)))?.['booked'], 1);
    const candidates = await indexPartition('gsi1', internshipCandidatesPartition(places.seasonId, places.offerId));
    assert.deepEqual(
      candidates.map((item) => item['applicationId']),
      [kept.applicationId],
    );
    const team = await get(teamKey(places.seasonId, places.teamId));
    assert.deepEqual(
      ((team?.['members'] ?? []) as Item[]).map((member) => member['applicationId']),
      [kept.applicationId],
    );
    assert.deepEqual((await get(internshipRankingKey(places.seasonId, places.offerId)))?.['ranking'], [kept.applicationId]);
    const keptRelations = (await get(peopleRelationsKey(kept.sub)))?.['relations'] as Set<string> | undefined;
    assert.equal(
      [...(keptRelations ?? [])].some((entry) => entry.startsWith(personDigest(erased.email))),
      false,
    );
    assert.equal(keptRelations?.size, 1, 'the relation with someone else stays');

    // The allowed remainder: the certificate's register entry without its holder …
    const certificate = await get(certificateKey(erased.certificateId));
    assert.equal(certificate?.['number'], 'ПК-2026-000123');
    assert.equal(certificate?.['status'], 'revoked');
    assert.equal((certificate?.['revocation'] as Item | undefined)?.['reason'], '—');
    assert.equal(certificate?.['holderName'], '—');
    assert.equal(certificate?.['applicantId'], 'erased');
    assert.equal(certificate?.['credentialJwt'], undefined);
    assert.equal(typeof certificate?.['holderErasedAt'], 'string');
    assert.equal(certificate?.['version'], 4, 'a new version: a revocation prepared from the old one is refused');
    const verified = await invokeHandler(certificatesHandler, {
      method: 'GET',
      route: '/certificates/{certificateId}/verification',
      pathParameters: { certificateId: erased.certificateId },
    });
    assert.equal(verified.status, 200, JSON.stringify(verified.body));
    assert.equal(verified.body['number'], 'ПК-2026-000123');
    assert.equal(verified.body['status'], 'revoked');
    assert.equal(verified.body['holderErased'], true);
    // … the pairs without the mentee …
    const pair = await get(mentoringPairKey(erased.pairId));
    assert.equal(pair?.['applicantId'], 'erased');
    assert.equal(pair?.['version'], 3);
    assert.equal((pair?.['ending'] as Item | undefined)?.['note'], undefined);
    assert.equal((await partition(mentoringPairKey(erased.pairId).pk)).filter((item) => item['notes'] !== undefined).length, 0);
    const mentorsView = await invokeHandler(mentoringHandler, {
      method: 'GET',
      route: '/me/mentoring/{pairId}',
      pathParameters: { pairId: erased.pairId },
      claims: { sub: places.mentorId, 'cognito:groups': '[mentor]' },
    });
    assert.equal(mentorsView.status, 404, 'nothing of the mentee is left for the mentor to open');
    // … who received which fields when, out of the person's partition, still on the season's log …
    const disclosures = await partition(erasedDisclosuresPartition(requestId));
    assert.equal(disclosures.length, 1);
    assert.equal(disclosures[0]?.['applicantId'], 'erased');
    assert.deepEqual(disclosures[0]?.['fields'], ['name', 'email']);
    const seasonLog = await indexPartition(
      'gsi2',
      seasonDisclosuresShardPartition(places.seasonId, applicationShard(erased.applicationId) % DISCLOSURE_SHARDS),
    );
    assert.ok(seasonLog.some((item) => item['pk'] === erasedDisclosuresPartition(requestId)));
    // … and the audit: who asked, when, what went; a digest, no subject, no address.
    const audit = await get(erasureRequestKey(requestId));
    assert.equal(audit?.['status'], 'completed');
    assert.equal(audit?.['subject'], undefined);
    assert.equal(audit?.['email'], undefined);
    assert.equal(audit?.['inventory'], undefined);
    assert.match(String(audit?.['subjectDigest']), /^[0-9a-f]{64}$/);
    const removed = audit?.['removed'] as Record<string, number>;
    for (const kind of [
      'applicantRecords',
      'applicationRecords',
      'documentObjects',
      'certificateFiles',
      'mails',
      'teamMemberships',
      'relations',
      'rankings',
      'mentoringPairs',
      'mentoringSessions',
      'certificates',
      'disclosures',
      'releases',
      'interviewSeats',
    ]) {
      assert.ok((removed[kind] ?? 0) > 0, `the audit counts ${kind}`);
    }

    // Every object of theirs is gone, every version.
    for (const key of erased.objects.documents) assert.deepEqual(await objectsUnder(requireEnv(ENV.documentsBucket), key), []);
    for (const key of erased.objects.verification) assert.deepEqual(await objectsUnder(requireEnv(ENV.verificationBucket), key), []);

    // The receipt reaches them, in their language; then nothing in the whole table names them.
    const [receipt] = await deliveredMailsTo(erased.email);
    assert.match(String(receipt?.subject), /erased/);
    assert.deepEqual(await itemsHolding([erased.sub, erased.email, erased.lastName]), []);

    // The person beside them: exactly as before, but for the shared records above.
    assert.deepEqual(await snapshot(kept), keptBefore);

    // The applicant still reads their request (by the digest); a repeat is a no-op.
    const followed = await invokeHandler(erasureHandler, {
      method: 'GET',
      route: '/me/erasure-requests/{requestId}',
      pathParameters: { requestId },
      claims: applicantClaims(erased),
    });
    assert.equal(followed.status, 200);
    assert.equal(followed.body['status'], 'completed');
    const repeat = await askToErase(erased);
    assert.equal(repeat.status, 200);
    assert.equal(repeat.body['id'], requestId);
    assert.equal((await advanceErasure(eraserWiring().eraser, requestId, Date.now() + 60_000)).steps, 0);
    // Nobody else reads it.
    const other = await invokeHandler(erasureHandler, {
      method: 'GET',
      route: '/me/erasure-requests/{requestId}',
      pathParameters: { requestId },
      claims: applicantClaims(kept),
    });
    assert.equal(other.status, 404);
  });

  it('an erasure interrupted after a step resumes where it stopped and finishes', async () => {
    const { erased, kept } = await plantTwo();
    const keptBefore = await snapshot(kept);
    const asked = await askToErase(erased);
    const requestId = String(asked.body['id']);
    const real = eraserWiring().eraser;
    const failing = { ...real, objects: { erase: () => Promise.reject(new Error('the function timed out')) } };
    await assert.rejects(advanceErasure(failing, requestId, Date.now() + 60_000), /timed out/);
    const stopped = await get(erasureRequestKey(requestId));
    assert.equal(stopped?.['status'], 'erasing');
    assert.deepEqual(stopped?.['stepsDone'], ['inventory', 'links']);
    assert.equal(stopped?.['subject'], erased.sub);

    await runEraser(requestId);
    assert.deepEqual(await partition(applicantKey(erased.sub)), []);
    assert.deepEqual(await partition(applicationKey(erased.applicationId).pk), []);
    for (const key of erased.objects.documents) assert.deepEqual(await objectsUnder(requireEnv(ENV.documentsBucket), key), []);
    assert.deepEqual(await snapshot(kept), keptBefore);
  });

  it('staff erase on a written request for a person of their programme; others find nothing; the schedule’s run finishes it', async () => {
    const { places, erased } = await plantTwo();
    const body = { writtenRequest: { reference: 'ВХ-2026/118', receivedAt: '2026-03-10T09:00:00.000Z' } };
    const ask = (applicantId: string, claims: Record<string, string>) =>
      invokeHandler(erasureHandler, {
        method: 'POST',
        route: '/applicants/{applicantId}/erasure-requests',
        pathParameters: { applicantId },
        body,
        claims,
      });
    assert.equal((await ask(erased.sub, staffOf('another-programme'))).status, 404);
    assert.equal((await ask(`nobody-${randomUUID()}`, staffOf('*'))).status, 404);
    const staff = staffOf(places.programmeId);
    const asked = await ask(erased.sub, staff);
    assert.equal(asked.status, 202, JSON.stringify(asked.body));
    assert.deepEqual((asked.body['requestedBy'] as Item)['writtenRequest'], body.writtenRequest);
    const requestId = String(asked.body['id']);
    const follow = (claims: Record<string, string>) =>
      invokeHandler(erasureHandler, { method: 'GET', route: '/erasure-requests/{requestId}', pathParameters: { requestId }, claims });
    assert.equal((await follow(staffOf('another-programme'))).status, 404);
    // The schedule's run over unfinished erasures, kept to this one: the table is shared with other tests' people.
    const real = eraserWiring().eraser;
    const onlyThis = {
      ...real,
      requests: {
        salt: () => real.requests.salt(),
        open: (request: StoredErasureRequest) => real.requests.open(request),
        find: (id: string) => real.requests.find(id),
        list: (page: PageRequest) => real.requests.list(page),
        unfinished: async () => [requestId],
        recordStep: (request: StoredErasureRequest, record: StepRecord) => real.requests.recordStep(request, record),
        complete: (request: StoredErasureRequest, at: Date) => real.requests.complete(request, at),
      },
    };
    const report = await advanceErasures(onlyThis, Date.now() + 60_000);
    assert.deepEqual(report, { steps: ERASURE_STEPS.length, completed: 1 });
    assert.equal((await follow(staff)).body['status'], 'completed');
    const listed = await invokeHandler(erasureHandler, {
      method: 'GET',
      route: '/erasure-requests',
      query: { limit: '100' },
      claims: staff,
    });
    assert.equal(listed.status, 200);
    assert.ok((listed.body['items'] as Item[]).some((item) => item['id'] === requestId));
    const otherList = await invokeHandler(erasureHandler, {
      method: 'GET',
      route: '/erasure-requests',
      query: { limit: '100' },
      claims: staffOf('another-programme'),
    });
    assert.equal(
      (otherList.body['items'] as Item[]).some((item) => item['id'] === requestId),
      false,
    );
    assert.deepEqual(await partition(applicantKey(erased.sub)), []);
    await deliveredMailsTo(erased.email);
  });

  it('the eraser refuses any event but the schedule’s', async () => {
    await assert.rejects(eraserHandler({ requestId: 'x' }, lambdaContext()));
  });
});
