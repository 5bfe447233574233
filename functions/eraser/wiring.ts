import { issuerWithoutAccounts } from '../../shared/adapters/cognito/issuer-without-accounts.ts';
import { lazyCognitoAccounts } from '../../shared/adapters/cognito/lazy-cognito-accounts.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { dynamoDbLease, type Lease } from '../../shared/adapters/dynamodb/dynamodb-lease.ts';
import { MAIN_MAIL_QUEUE } from '../../shared/adapters/dynamodb/dynamodb-mail-items.ts';
import { DynamoDbErasureRequests } from '../../shared/adapters/dynamodb/dynamodb-erasure-requests.ts';
import { DynamoDbMailQueue } from '../../shared/adapters/dynamodb/dynamodb-mail-queue.ts';
import { DynamoDbPersonalRecords } from '../../shared/adapters/dynamodb/dynamodb-personal-records.ts';
import { lazyS3PersonalObjects } from '../../shared/adapters/s3/lazy-personal-objects.ts';
import type { EraserDependencies } from '../../shared/erasure/use-cases/erasure-dependencies.ts';
import { ENV, optionalEnv, requireEnv } from '../../shared/platform/config/env.ts';
import { ENTITY, eraserLeaseKey } from '../../shared/platform/keys/keys.ts';
import { once } from '../../shared/platform/wiring/once.ts';

export interface EraserWiring {
  readonly eraser: EraserDependencies;
  readonly lease: Lease;
}

/** Built once per Lambda container and shared by every run. */
export const wiring: () => EraserWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const userPoolId = optionalEnv(ENV.applicantsPoolId);
  return {
    eraser: {
      requests: new DynamoDbErasureRequests(client, tableName),
      records: new DynamoDbPersonalRecords(client, tableName, MAIN_MAIL_QUEUE),
      objects: lazyS3PersonalObjects({ documents: requireEnv(ENV.documentsBucket), verification: requireEnv(ENV.verificationBucket) }),
      accounts: userPoolId === undefined ? issuerWithoutAccounts : lazyCognitoAccounts(userPoolId),
      mail: new DynamoDbMailQueue(client, tableName),
      clock: () => new Date(),
    },
    lease: dynamoDbLease(client, tableName, eraserLeaseKey(), ENTITY.eraserLease),
  };
});
