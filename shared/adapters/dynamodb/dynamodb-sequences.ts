import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Sequences } from '../../certificates/ports/sequences.ts';
import { ENTITY, sequenceKey } from '../../platform/keys/keys.ts';

/** One item a sequence: an atomic ADD answers each caller its own next number, however many ask at once. */
export const dynamoDbSequences = (client: Pick<DynamoDBDocumentClient, 'send'>, tableName: string): Sequences => ({
  async next(name) {
    const { Attributes } = await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: sequenceKey(name),
        UpdateExpression: 'ADD #value :one SET entity = :entity',
        ExpressionAttributeNames: { '#value': 'value' },
        ExpressionAttributeValues: { ':one': 1, ':entity': ENTITY.sequence },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const value = Attributes?.['value'];
    if (typeof value !== 'number') throw new Error(`The sequence ${name} answered no number`);
    return value;
  },
});
