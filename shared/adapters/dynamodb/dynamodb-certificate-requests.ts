import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { requestCertificate } from '../../certificates/use-cases/request-certificate.ts';
import type { CertificateRequests } from '../../progression/ports/certificate-requests.ts';
import { dynamoDbCertificateHolders } from './dynamodb-certificate-holders.ts';
import { DynamoDbCertificateStore } from './dynamodb-certificate-store.ts';

/** The `issueCertificate` effect as the certificates module carries it out, on the table. */
export const dynamoDbCertificateRequests = (client: DynamoDBDocumentClient, tableName: string, clock: () => Date): CertificateRequests => {
  const deps = {
    certificates: new DynamoDbCertificateStore(client, tableName),
    holders: dynamoDbCertificateHolders(client, tableName),
    clock,
    newId: randomUUID,
  };
  return { request: (context) => requestCertificate(deps, context) };
};
