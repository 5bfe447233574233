import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  transitionFailureSchema,
  type TransitionFailure,
  type TransitionFailureRepository,
} from '../../progression/ports/transition-failure-repository.ts';
import { isConditionalCheckFailed, withoutAttributes } from './conditional-check.ts';
import { ENTITY, KEY_ATTRIBUTES, TRANSITION_FAILURE_PREFIX, applicationKey, transitionFailureKey } from '../../platform/keys/keys.ts';
import { putOnce } from './put-once.ts';

const toFailure = (item: Record<string, unknown>): TransitionFailure =>
  transitionFailureSchema.parse(withoutAttributes(item, KEY_ATTRIBUTES));

/** Failed transitions in the application's partition (keys.ts), one item per failed execution. */
export class DynamoDbTransitionFailureRepository implements TransitionFailureRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async record(failure: TransitionFailure): Promise<void> {
    try {
      await this.#client.send(
        new PutCommand(
          putOnce(this.#tableName, {
            ...transitionFailureKey(failure.applicationId, failure.id),
            entity: ENTITY.transitionFailure,
            ...failure,
          }),
        ),
      );
    } catch (error) {
      // A retried RecordFailure state: the first record stands.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  async find(applicationId: string, failureId: string): Promise<TransitionFailure | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: transitionFailureKey(applicationId, failureId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toFailure(Item);
  }

  async listForApplication(applicationId: string): Promise<readonly TransitionFailure[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': applicationKey(applicationId).pk, ':prefix': TRANSITION_FAILURE_PREFIX },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...Items);
      start = LastEvaluatedKey;
    } while (start !== undefined);
    return items.map(toFailure).sort((a, b) => a.at.localeCompare(b.at));
  }

  async markRetried(
    applicationId: string,
    failureId: string,
    retry: { readonly at: string; readonly by: string; readonly executionArn: string },
  ): Promise<boolean> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: transitionFailureKey(applicationId, failureId),
          UpdateExpression: 'SET #status = :retried, retriedAt = :at, retriedBy = :by, retryExecutionArn = :arn',
          ConditionExpression: '#status = :open',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':retried': 'retried',
            ':open': 'open',
            ':at': retry.at,
            ':by': retry.by,
            ':arn': retry.executionArn,
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
}
