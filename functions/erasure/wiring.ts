import { randomUUID } from 'node:crypto';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { MAIN_MAIL_QUEUE } from '../../shared/adapters/dynamodb/dynamodb-mail-items.ts';
import { DynamoDbErasureRequests } from '../../shared/adapters/dynamodb/dynamodb-erasure-requests.ts';
import { DynamoDbPersonalRecords } from '../../shared/adapters/dynamodb/dynamodb-personal-records.ts';
import type { ErasureRequestDependencies } from '../../shared/erasure/use-cases/erasure-dependencies.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';

/** Everything the erasure function's routes reach outside pure code for. */
export interface ErasureWiring {
  readonly erasure: ErasureRequestDependencies;
}

/** Built once per Lambda container (the handler calls it at cold start) and shared by every invocation. */
export const wiring: () => ErasureWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  return {
    erasure: {
      requests: new DynamoDbErasureRequests(client, tableName),
      records: new DynamoDbPersonalRecords(client, tableName, MAIN_MAIL_QUEUE),
      clock: () => new Date(),
      newId: randomUUID,
    },
  };
});
