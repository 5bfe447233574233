import { sendCounted, type EventToCount } from './dynamodb-season-counts-events.ts';
import { PutCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { certificateSchema, type Certificate } from '../../certificates/certificate-schema.ts';
import type { CertificateRequestOutcome, CertificateStore } from '../../certificates/ports/certificate-store.ts';
import {
  CERTIFICATE_QUEUE_SHARDS,
  ENTITY,
  achievementCertificateKey,
  certificateKey,
  certificateKeys,
  certificateQueueKeys,
  certificateQueuePartition,
  seasonCertificatesPartition,
} from '../../platform/keys/keys.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { consistentGet } from './consistent-get.ts';
import { gsi1PartitionPage } from './gsi1-partition-page.ts';
import { holderCertificatesPartition } from '../../platform/keys/keys.ts';
import { parseStoredItem } from './parse-stored.ts';
import { ITEM_ABSENT } from './put-once.ts';
import { cancellationReasons } from './transaction-cancellation.ts';
import { transactWrite } from './transact-write.ts';

const toCertificate = (item: Record<string, unknown>): Certificate => parseStoredItem(certificateSchema, item);

/** Certificates in their own partitions, listed per holder (gsi1) and season (gsi2), queued for the issuer while requested (gsi3). */
export class DynamoDbCertificateStore implements CertificateStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  #item(certificate: Certificate): Record<string, unknown> {
    return {
      ...certificateKeys(certificate),
      ...(certificate.status === 'requested' ? certificateQueueKeys(certificate) : {}),
      entity: ENTITY.certificate,
      ...certificate,
    };
  }

  async request(certificate: Certificate): Promise<CertificateRequestOutcome> {
    const guard = achievementCertificateKey(certificate.applicationId, certificate.achievement.id);
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.#tableName,
                Item: { ...guard, entity: ENTITY.achievementCertificate, certificateId: certificate.id },
                ConditionExpression: ITEM_ABSENT,
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
            { Put: { TableName: this.#tableName, Item: this.#item(certificate), ConditionExpression: ITEM_ABSENT } },
          ],
        }),
      );
      return { created: true };
    } catch (error) {
      const reasons = cancellationReasons(error);
      const existingId = reasons?.[0]?.item?.['certificateId'];
      if (reasons?.[0]?.code !== 'ConditionalCheckFailed' || typeof existingId !== 'string') throw error;
      const existing = await this.find(existingId);
      if (existing === undefined) throw new Error(`The guard of application ${certificate.applicationId} names a missing certificate`);
      return { created: false, existing };
    }
  }

  find(certificateId: string): Promise<Certificate | undefined> {
    return consistentGet(this.#client, this.#tableName, certificateKey(certificateId), toCertificate);
  }

  async requested(limit: number): Promise<readonly Certificate[]> {
    // Each shard's oldest, then the oldest of all: the queue is small between gates, so a page per shard is plenty.
    const pages = await Promise.all(
      Array.from({ length: CERTIFICATE_QUEUE_SHARDS }, (_, shard) =>
        this.#client.send(
          new QueryCommand({
            TableName: this.#tableName,
            IndexName: 'gsi3',
            KeyConditionExpression: 'gsi3pk = :pk',
            ExpressionAttributeValues: { ':pk': certificateQueuePartition(shard) },
            Limit: limit,
          }),
        ),
      ),
    );
    return pages
      .flatMap((page) => page.Items ?? [])
      .map(toCertificate)
      .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id))
      .slice(0, limit);
  }

  /**
   * Writes the certificate if its stored version is `expectedVersion`. The write that issues it and
   * the one that revokes it also count the event in the season's counters, in one transaction with
   * a condition that the stored status is not that already (so a certificate counts once each way).
   */
  async update(certificate: Certificate, expectedVersion: number): Promise<'written' | 'version-conflict'> {
    const put = {
      TableName: this.#tableName,
      Item: this.#item(certificate),
      ConditionExpression: '#version = :expected',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':expected': expectedVersion },
    };
    const counted = countedCertificateEvent(certificate);
    try {
      if (counted === undefined) await this.#client.send(new PutCommand(put));
      else {
        const once = {
          ...put,
          ConditionExpression: '#version = :expected AND #status <> :status',
          ExpressionAttributeNames: { ...put.ExpressionAttributeNames, '#status': 'status' },
          ExpressionAttributeValues: { ...put.ExpressionAttributeValues, ':status': certificate.status },
        };
        await sendCounted(this.#client, this.#tableName, [{ Put: once }], counted);
      }
      return 'written';
    } catch (error) {
      if (isConditionalCheckFailed(error) || cancellationReasons(error)?.[0]?.code === 'ConditionalCheckFailed') return 'version-conflict';
      throw error;
    }
  }

  ofHolder(applicantId: string, page: PageRequest): Promise<Page<Certificate>> {
    return gsi1PartitionPage(this.#client, this.#tableName, holderCertificatesPartition(applicantId), page, toCertificate);
  }

  async ofSeason(seasonId: string, page: PageRequest): Promise<Page<Certificate>> {
    const partition = seasonCertificatesPartition(seasonId);
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': partition },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { index: 'gsi2', partition: { gsi2pk: partition } }),
      }),
    );
    return { items: Items.map(toCertificate), nextCursor: encodeCursor(LastEvaluatedKey) };
  }
}

/** The counted event a certificate's write makes (issued, revoked), with its time; none for other writes. */
const countedCertificateEvent = (certificate: Certificate): EventToCount | undefined => {
  if (certificate.status === 'issued' && certificate.issuedAt !== undefined) {
    return {
      applicationId: certificate.applicationId,
      event: 'certificate-issued',
      subject: certificate.achievement.id,
      at: certificate.issuedAt,
    };
  }
  if (certificate.status === 'revoked' && certificate.revocation !== undefined) {
    return {
      applicationId: certificate.applicationId,
      event: 'certificate-revoked',
      subject: certificate.achievement.id,
      at: certificate.revocation.at,
    };
  }
  return undefined;
};
