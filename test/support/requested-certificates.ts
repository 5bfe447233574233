import { DynamoDbCertificateStore } from '../../shared/adapters/dynamodb/dynamodb-certificate-store.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';

/** An application's certificates as `<achievement>:<status>` (`issued` once `runIssuer` has run), from its season's list (the tests' seasons hold a few). */
export const certificatesOf = async (seasonId: string, applicationId: string): Promise<string[]> => {
  const store = new DynamoDbCertificateStore(documentClient(), requireEnv(ENV.tableName));
  const { items } = await store.ofSeason(seasonId, { limit: 100 });
  return items
    .filter((certificate) => certificate.applicationId === applicationId)
    .map((certificate) => `${certificate.achievement.id}:${certificate.status}`);
};
