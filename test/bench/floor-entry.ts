import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import middy from '@middy/core';
import * as z from 'zod';

/**
 * The floor of the cold-import bench (bundle-bench.ts): the least an HTTP capability of cadre loads
 * — the DynamoDB document client, middy and zod — and nothing of cadre itself. Each function's cold
 * import is set against this bundle, built with the same options and timed in the same run, so the
 * ratio says what cadre's own code and any further dependency add on top of that stack.
 *
 * Each piece is used the way a handler module uses it (a client created once per container, a
 * schema built once, a middy-wrapped handler), so esbuild cannot tree-shake it away. Nothing here
 * needs the network: reading the client's region only reads the environment.
 */
const client = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });

const eventSchema = z.object({ id: z.string().min(1) });

const answer = async (event: unknown): Promise<{ statusCode: number; body: string }> => {
  const { id } = eventSchema.parse(event);
  return { statusCode: 200, body: JSON.stringify({ id, region: await client.config.region() }) };
};

export const handler = middy(answer);
