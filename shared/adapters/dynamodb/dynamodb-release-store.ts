import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  ENTITY,
  RELEASE_DECISION_PREFIX,
  applicationReleasesPartition,
  organisationReleasesPartition,
  organisationSeasonReleasesPartition,
  releaseDecisionKey,
  releaseKey,
  releaseKeys,
} from '../../platform/keys/keys.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { ReleaseStore } from '../../releases/ports/release-store.ts';
import { releaseDecisionSchema, releaseSchema, type Release, type ReleaseDecision } from '../../releases/release-schema.ts';
import { isConditionalCheckFailed, withoutAttributes } from './conditional-check.ts';
import { parseStoredItem } from './parse-stored.ts';
import { putOnce } from './put-once.ts';

const toRelease = (item: Record<string, unknown>): Release => parseStoredItem(releaseSchema, withoutAttributes(item, ['expiresAt']));
const toDecision = (item: Record<string, unknown>): ReleaseDecision => parseStoredItem(releaseDecisionSchema, item);

/** The table's TTL removes a release a day after it stops being readable (reads check `validUntil` themselves). */
const TTL_GRACE_SECONDS = 24 * 60 * 60;

/** Releases (their own items, listed per organisation, per organisation and season, per application) and the effects' decisions. */
export class DynamoDbReleaseStore implements ReleaseStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async create(release: Release): Promise<'created' | 'exists'> {
    try {
      await this.#client.send(
        new PutCommand(
          putOnce(this.#tableName, {
            ...releaseKeys(release),
            entity: ENTITY.release,
            ...release,
            expiresAt: Math.floor(Date.parse(release.validUntil) / 1000) + TTL_GRACE_SECONDS,
          }),
        ),
      );
      return 'created';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'exists';
      throw error;
    }
  }

  async find(releaseId: string): Promise<Release | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: releaseKey(releaseId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toRelease(Item);
  }

  /** One Query of the organisation's list (gsi1) or its season's (gsi3), newest first. */
  async listForOrganisation(
    organisationId: string,
    filter: { readonly seasonId?: string | undefined },
    page: PageRequest,
  ): Promise<Page<Release>> {
    const index = filter.seasonId === undefined ? 'gsi1' : 'gsi3';
    const partition =
      filter.seasonId === undefined
        ? organisationReleasesPartition(organisationId)
        : organisationSeasonReleasesPartition(organisationId, filter.seasonId);
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: index,
        KeyConditionExpression: `${index}pk = :partition`,
        ExpressionAttributeValues: { ':partition': partition },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { index, partition: { [`${index}pk`]: partition }, sortKeyPrefix: 'RELEASE' }),
      }),
    );
    return { items: Items.map(toRelease), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  async listForApplication(applicationId: string): Promise<readonly Release[]> {
    const releases: Release[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :partition',
          ExpressionAttributeValues: { ':partition': applicationReleasesPartition(applicationId) },
          ExclusiveStartKey: start,
        }),
      );
      releases.push(...Items.map(toRelease));
      start = LastEvaluatedKey;
    } while (start !== undefined);
    return releases;
  }

  async decide(decision: ReleaseDecision): Promise<ReleaseDecision> {
    try {
      await this.#client.send(
        new PutCommand(
          putOnce(this.#tableName, {
            ...releaseDecisionKey(decision.applicationId, decision.move.version, decision.purpose),
            entity: ENTITY.releaseDecision,
            ...decision,
          }),
        ),
      );
      return decision;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const stored = await this.decisionOf(decision.applicationId, decision.move.version, decision.purpose);
      if (stored === undefined) throw new Error('A release decision refused as existing is not there');
      return stored;
    }
  }

  async decisionOf(applicationId: string, version: number, purpose: ReleaseDecision['purpose']): Promise<ReleaseDecision | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: releaseDecisionKey(applicationId, version, purpose), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toDecision(Item);
  }

  async decisionsFor(applicationId: string): Promise<readonly ReleaseDecision[]> {
    const decisions: ReleaseDecision[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': releaseDecisionKey(applicationId, 0, '').pk, ':prefix': RELEASE_DECISION_PREFIX },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      decisions.push(...Items.map(toDecision));
      start = LastEvaluatedKey;
    } while (start !== undefined);
    return decisions;
  }
}
