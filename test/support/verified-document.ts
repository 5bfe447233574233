import { randomUUID } from 'node:crypto';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbDocumentRepository } from '../../shared/adapters/dynamodb/dynamodb-document-repository.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';

const documents = new DynamoDbDocumentRepository(documentClient(), requireEnv(ENV.tableName));

/**
 * A verified PDF of `requirementId` (the résumé unless said), recorded as the documents capability
 * records one after its checks: its own tests prove the upload and verification; elsewhere only
 * the record matters. Returns the document's id.
 */
export const storeVerifiedDocument = async (applicationId: string, applicantId: string, requirementId = 'resume'): Promise<string> => {
  const id = randomUUID();
  const at = new Date().toISOString();
  await documents.create({
    id,
    applicationId,
    applicantId,
    requirementId,
    format: 'pdf',
    contentType: 'application/pdf',
    fileName: `${requirementId}.pdf`,
    objectKey: `uploads/${applicationId}/${id}/${requirementId}.pdf`,
    uploadExpiresAt: at,
    declaredSize: 1024,
    limits: { maxBytes: 10 * 1024 * 1024 },
    size: 1024,
    status: 'verified',
    createdAt: at,
    updatedAt: at,
    verifiedAt: at,
    verifiedObject: { key: `verified/${applicationId}/${id}/${randomUUID()}/${requirementId}.pdf` },
    version: 1,
  });
  return id;
};
