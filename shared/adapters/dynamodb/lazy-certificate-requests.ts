import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { once } from '../../platform/wiring/once.ts';
import type { CertificateRequests } from '../../progression/ports/certificate-requests.ts';

/**
 * The certificate requests of dynamodb-certificate-requests.ts, loaded at the first move into a
 * certifying stage: the use case and its adapters sit in a chunk of their own, never in a
 * function's cold start.
 */
export const lazyCertificateRequests = (client: DynamoDBDocumentClient, tableName: string, clock: () => Date): CertificateRequests => {
  const requests = once(() =>
    import('./dynamodb-certificate-requests.ts').then((module) => module.dynamoDbCertificateRequests(client, tableName, clock)),
  );
  return { request: async (context) => (await requests()).request(context) };
};
