import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import {
  workflowFailureSchema,
  type WorkflowFailure,
  type WorkflowFailureRepository,
} from '../../catalogue/ports/workflow-failure-repository.ts';
import { isConditionalCheckFailed, withoutAttributes } from './conditional-check.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import { ENTITY, KEY_ATTRIBUTES, WORKFLOW_FAILURE_PREFIX, seasonKey, workflowFailureKey } from '../../platform/keys/keys.ts';
import { putOnce } from './put-once.ts';

export class DynamoDbWorkflowFailureRepository implements WorkflowFailureRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async record(failure: WorkflowFailure): Promise<void> {
    try {
      await this.#client.send(
        new PutCommand(
          putOnce(this.#tableName, { ...workflowFailureKey(failure.seasonId, failure.id), entity: ENTITY.workflowFailure, ...failure }),
        ),
      );
    } catch (error) {
      // The same failure recorded by a retried step: the first record stands.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  async listForSeason(seasonId: string, page: PageRequest): Promise<Page<WorkflowFailure>> {
    const { pk } = seasonKey(seasonId);
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': WORKFLOW_FAILURE_PREFIX },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { partition: { pk }, sortKeyPrefix: WORKFLOW_FAILURE_PREFIX }),
      }),
    );
    return {
      items: Items.map((item) => workflowFailureSchema.parse(withoutAttributes(item, KEY_ATTRIBUTES))),
      nextCursor: encodeCursor(LastEvaluatedKey),
    };
  }
}
