import assert from 'node:assert/strict';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { GetCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, it } from 'vitest';
import { handler as erasureHandler } from '../../../functions/erasure/handler.ts';
import { wiring as eraserWiring } from '../../../functions/eraser/wiring.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbInterviewStore } from '../../../shared/adapters/dynamodb/dynamodb-interview-store.ts';
import { DynamoDbTeams } from '../../../shared/adapters/dynamodb/dynamodb-teams.ts';
import { s3Client } from '../../../shared/adapters/s3/s3-client.ts';
import { advanceErasure } from '../../../shared/erasure/use-cases/advance-erasures.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import {
  applicantApplicationsPartition,
  applicantKey,
  applicationKey,
  certificateKey,
  erasedDisclosuresPartition,
  internshipOfferKey,
  interviewRosterPartition,
  mentoringPairKey,
} from '../../../shared/platform/keys/keys.ts';
import { invokeHandler } from '../../support/api-event.ts';
import { deliveredMailsTo } from '../../support/mailbox.ts';
import { plantPerson, type PlantedPerson } from '../../support/planted-person.ts';

type Item = Record<string, unknown>;
const client = documentClient();
const tableName = requireEnv(ENV.tableName);

const query = async (input: { IndexName?: string; KeyConditionExpression: string; ExpressionAttributeValues: Item }): Promise<Item[]> =>
  (await client.send(new QueryCommand({ TableName: tableName, ConsistentRead: input.IndexName === undefined, ...input }))).Items ?? [];
const partition = (pk: string) => query({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk } });

/** Every item of the whole table holding the text anywhere (a test may Scan: it looks for copies wherever they are). */
const itemsHolding = async (needles: readonly string[]): Promise<Item[]> => {
  const found: Item[] = [];
  await Promise.all(
    [0, 1, 2, 3].map(async (segment) => {
      let start: Item | undefined;
      do {
        const page = await client.send(
          new ScanCommand({ TableName: tableName, Segment: segment, TotalSegments: 4, ExclusiveStartKey: start }),
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

/** Everything stored in the person's own partitions: what an erasure of someone else must leave exactly as it was. */
const ownItems = async (person: PlantedPerson): Promise<Item[]> => {
  const pks = [applicantKey(person.applicantId), ...Object.values(person.applications).map((id) => applicationKey(id).pk)];
  const items = (await Promise.all(pks.map(partition))).flat();
  // The relations item loses the entry naming the erased team-mate: checked on its own.
  return items.filter((item) => item['sk'] !== 'RELATIONS');
};

const objectsOf = async (person: PlantedPerson): Promise<string[]> =>
  (
    await Promise.all(
      person.documents.flatMap((document) =>
        document.objectKeys.map(
          async (key) =>
            (await s3Client().send(new ListObjectsV2Command({ Bucket: requireEnv(ENV.documentsBucket), Prefix: key }))).Contents ?? [],
        ),
      ),
    )
  )
    .flat()
    .map((object) => String(object.Key));

describe('erasing a person planted through the owning modules’ stores', { timeout: 120_000 }, () => {
  it('leaves nothing of them but the allowed remainder, and the person planted alongside exactly as they were', async () => {
    const erased = await plantPerson();
    const kept = await plantPerson({ alongside: erased, preferredLanguage: 'en' });
    const [keptBefore, keptObjectsBefore] = [await ownItems(kept), await objectsOf(kept)];
    const offerKey = internshipOfferKey(erased.seasons.prokadry.seasonId, erased.placement.offerId);
    const heldBefore = Number(
      (await client.send(new GetCommand({ TableName: tableName, Key: offerKey, ConsistentRead: true }))).Item?.['held'],
    );
    assert.ok(keptObjectsBefore.length > 0);
    assert.ok((await objectsOf(erased)).length > 0);

    const asked = await invokeHandler(erasureHandler, {
      method: 'POST',
      route: '/me/erasure-requests',
      body: { confirm: 'erase-my-data' },
      claims: { sub: erased.applicantId, email: erased.email, 'cognito:groups': '[applicant]' },
    });
    assert.equal(asked.status, 202, JSON.stringify(asked.body));
    const requestId = String(asked.body['id']);
    let request = (await advanceErasure(eraserWiring().eraser, requestId, Date.now() + 60_000)).request;
    for (let run = 0; request?.status !== 'completed' && run < 5; run += 1) {
      request = (await advanceErasure(eraserWiring().eraser, requestId, Date.now() + 60_000)).request;
    }
    assert.equal(request?.status, 'completed');

    // Nothing of theirs in their partitions, their index keys, their files.
    assert.deepEqual(await partition(applicantKey(erased.applicantId)), []);
    for (const id of Object.values(erased.applications)) assert.deepEqual(await partition(applicationKey(id).pk), [], id);
    assert.deepEqual(
      await query({
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': applicantApplicationsPartition(erased.applicantId) },
      }),
      [],
    );
    assert.deepEqual(await objectsOf(erased), []);
    // Shared records hold the other person only.
    const team = await new DynamoDbTeams(client, tableName).find(erased.team.seasonId, erased.team.teamId);
    assert.deepEqual(
      team?.members.map((member) => member.applicationId),
      [kept.applications.kadry],
    );
    const roster = await query({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': interviewRosterPartition(erased.interview.seasonId, erased.interview.eventId) },
    });
    assert.deepEqual(
      roster.map((item) => item['applicationId']),
      [kept.applications.prokadry],
    );
    // The seat their offered placement held is the host's to fill again.
    const heldAfter = Number(
      (await client.send(new GetCommand({ TableName: tableName, Key: offerKey, ConsistentRead: true }))).Item?.['held'],
    );
    assert.equal(heldAfter, heldBefore - 1);
    const event = await new DynamoDbInterviewStore(client, tableName).findEvent(erased.interview.seasonId, erased.interview.eventId);
    assert.equal(event?.booked, 1);
    // The allowed remainder: the pair without its mentee, the disclosure without its subject; a certificate never issued has no register entry to keep.
    const [pair] = await partition(mentoringPairKey(erased.mentoring.pairId).pk);
    assert.equal(pair?.['applicantId'], 'erased');
    assert.equal((await partition(certificateKey(erased.certificateId).pk)).length, 0);
    const disclosures = await partition(erasedDisclosuresPartition(requestId));
    assert.deepEqual(
      disclosures.map((item) => [item['id'], item['applicantId']]),
      [[erased.disclosureId, 'erased']],
    );
    // The receipt is the last thing holding their address, until it is sent; then it is nowhere in the whole table,
    // nor their subject, nor a word they wrote.
    await deliveredMailsTo(erased.email);
    assert.deepEqual(await itemsHolding([erased.applicantId, erased.email, erased.marker]), []);

    // The person alongside: every record of theirs as it was, their files too.
    assert.deepEqual(await ownItems(kept), keptBefore);
    assert.deepEqual(await objectsOf(kept), keptObjectsBefore);
  });
});
