import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { consentRecordSchema, type ConsentRecord } from '../../applicants/domain/consents/consent-record-schema.ts';
import { NO_CONSENT, consentStateSchema, stateChangeOf, type ConsentState } from '../../applicants/domain/consents/consent-state.ts';
import type { ConsentHistory, ConsentRepository } from '../../applicants/ports/consent-repository.ts';
import { batchGetAll } from './batch-get.ts';
import { withoutAttributes } from './conditional-check.ts';
import { transactWrite } from './transact-write.ts';
import { cancellationReasons } from './transaction-cancellation.ts';
import { CONSENT_PREFIX, ENTITY, KEY_ATTRIBUTES, applicantKey, consentKey, consentStateKey } from '../../platform/keys/keys.ts';
import { putOnce } from './put-once.ts';
import { parseStored } from './parse-stored.ts';

const STORAGE_ONLY = [...KEY_ATTRIBUTES, 'applicantId'];

const toRecord = (item: Record<string, unknown>): ConsentRecord => parseStored(consentRecordSchema, withoutAttributes(item, STORAGE_ONLY));
export const toConsentState = (item: Record<string, unknown>): ConsentState =>
  consentStateSchema.parse(withoutAttributes(item, STORAGE_ONLY));

const isConditionRefused = (error: unknown): boolean =>
  cancellationReasons(error)?.some((reason) => reason.code === 'ConditionalCheckFailed') === true;

export class DynamoDbConsentRepository implements ConsentRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  /** One Query: the records (CONSENT#…) and, sorting right after them, the state (CONSENT_STATE). */
  async history(applicantId: string): Promise<ConsentHistory> {
    const records: ConsentRecord[] = [];
    let state: ConsentState | undefined;
    let startKey: Record<string, unknown> | undefined;
    // A person has a handful of records; the loop only guards against the 1 MB page limit.
    do {
      const { Items = [], LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :state',
          ExpressionAttributeValues: {
            ':pk': applicantKey(applicantId),
            ':first': CONSENT_PREFIX,
            ':state': consentStateKey(applicantId).sk,
          },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of Items) {
        if (item['entity'] === ENTITY.consentState) state = toConsentState(item);
        else records.push(toRecord(item));
      }
      startKey = LastEvaluatedKey;
    } while (startKey !== undefined);
    return { records, state };
  }

  /**
   * The record's key is new (never overwritten); the state item changes as stateChangeOf says, in
   * the same transaction, creating itself with NO_CONSENT's values on a person's first record.
   */
  async append(applicantId: string, record: ConsentRecord): Promise<'appended' | 'refused'> {
    const change = stateChangeOf(record);
    const defaults = Object.entries(NO_CONSENT).filter(([field]) => !(field in change.set));
    const names: Record<string, string> = {
      '#version': 'version',
      '#updatedAt': 'updatedAt',
      '#entity': 'entity',
      '#applicantId': 'applicantId',
    };
    const values: Record<string, unknown> = {
      ':one': 1,
      ':zero': 0,
      ':at': record.at,
      ':entity': ENTITY.consentState,
      ':applicantId': applicantId,
    };
    const set = [
      '#version = if_not_exists(#version, :zero) + :one',
      '#updatedAt = :at',
      '#entity = :entity',
      '#applicantId = :applicantId',
    ];
    for (const [field, value] of Object.entries(change.set)) {
      names[`#${field}`] = field;
      values[`:${field}`] = value;
      set.push(`#${field} = :${field}`);
    }
    for (const [field, value] of defaults) {
      names[`#${field}`] = field;
      values[`:default_${field}`] = value;
      set.push(`#${field} = if_not_exists(#${field}, :default_${field})`);
    }
    for (const field of change.remove) names[`#${field}`] = field;
    const conditions: string[] = [];
    if (change.requires?.personalData !== undefined) {
      names['#personalData'] = 'personalData';
      values[':required'] = change.requires.personalData;
      conditions.push('#personalData = :required');
    }
    if (change.requires?.present !== undefined) {
      names[`#${change.requires.present}`] = change.requires.present;
      conditions.push(`attribute_exists(#${change.requires.present})`);
    }
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: putOnce(this.#tableName, {
                ...consentKey(applicantId, record.at, record.id),
                entity: ENTITY.consent,
                applicantId,
                ...record,
              }),
            },
            {
              Update: {
                TableName: this.#tableName,
                Key: consentStateKey(applicantId),
                UpdateExpression: `SET ${set.join(', ')}${change.remove.length === 0 ? '' : ` REMOVE ${change.remove.map((field) => `#${field}`).join(', ')}`}`,
                ...(conditions.length === 0 ? {} : { ConditionExpression: conditions.join(' AND ') }),
                ExpressionAttributeNames: names,
                ExpressionAttributeValues: values,
              },
            },
          ],
        }),
      );
      return 'appended';
    } catch (error) {
      if (isConditionRefused(error)) return 'refused';
      throw error;
    }
  }

  async state(applicantId: string): Promise<ConsentState | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: consentStateKey(applicantId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toConsentState(Item);
  }

  async states(applicantIds: readonly string[]): Promise<ReadonlyMap<string, ConsentState>> {
    const items = await batchGetAll(
      this.#client,
      this.#tableName,
      [...new Set(applicantIds)].map((id) => ({ ...consentStateKey(id) })),
    );
    const states = new Map<string, ConsentState>();
    for (const item of items) states.set(String(item['applicantId']), toConsentState(item));
    return states;
  }
}
