import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENV, optionalEnv } from '../../platform/config/env.ts';

let client: DynamoDBDocumentClient | undefined;

/**
 * The one document client of a process, created on first use and reused by every invocation.
 * DYNAMODB_ENDPOINT points it at DynamoDB Local or a DynamoDB-compatible service in the
 * country the data must stay in (152-FZ); unset means AWS.
 */
export const documentClient = (): DynamoDBDocumentClient => {
  client ??= DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: optionalEnv(ENV.dynamodbEndpoint) }), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return client;
};
