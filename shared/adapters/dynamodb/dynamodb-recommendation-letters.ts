import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { recommendationLetterSchema, type RecommendationLetter } from '../../mentoring/recommendation-letter-schema.ts';
import type { LetterWriteOutcome, RecommendationLetterStore } from '../../mentoring/ports/recommendation-letters.ts';
import { ENTITY, recommendationLetterKey } from '../../platform/keys/keys.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { parseStoredItem } from './parse-stored.ts';
import { putOnce } from './put-once.ts';

const toLetter = (item: Record<string, unknown>): RecommendationLetter => parseStoredItem(recommendationLetterSchema, item);

/**
 * One letter per application, in the application's partition: the request creates it once
 * (putOnce), each save replaces it at the version read and never a final one (the condition
 * holds it), so a signed-off letter stays exactly as signed.
 */
export class DynamoDbRecommendationLetters implements RecommendationLetterStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async find(applicationId: string): Promise<RecommendationLetter | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: recommendationLetterKey(applicationId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toLetter(Item);
  }

  async findFinal(applicationId: string): Promise<RecommendationLetter | undefined> {
    const letter = await this.find(applicationId);
    return letter?.status === 'final' ? letter : undefined;
  }

  async request(letter: RecommendationLetter): Promise<'requested' | 'already-requested'> {
    try {
      await this.#client.send(
        new PutCommand(
          putOnce(this.#tableName, { ...recommendationLetterKey(letter.applicationId), entity: ENTITY.recommendationLetter, ...letter }),
        ),
      );
      return 'requested';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'already-requested';
      throw error;
    }
  }

  async save(letter: RecommendationLetter, expectedVersion: number): Promise<LetterWriteOutcome> {
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: { ...recommendationLetterKey(letter.applicationId), entity: ENTITY.recommendationLetter, ...letter },
          ConditionExpression: '#version = :expected AND #status <> :final',
          ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
          ExpressionAttributeValues: { ':expected': expectedVersion, ':final': 'final' },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { written: true, letter };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      return { written: false, currentVersion: Number(error.Item?.['version']?.N ?? 0) };
    }
  }
}
