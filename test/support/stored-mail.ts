import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { queuedMailKey } from '../../shared/platform/keys/keys.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';

/** A mail's item in the queue as stored (queued, sent or failed), or undefined if never queued. */
export const storedMail = async (mailId: string): Promise<Record<string, unknown> | undefined> =>
  (await documentClient().send(new GetCommand({ TableName: requireEnv(ENV.tableName), Key: queuedMailKey(mailId), ConsistentRead: true })))
    .Item;
