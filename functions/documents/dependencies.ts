import { randomUUID } from 'node:crypto';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbDocumentRepository } from '../../shared/adapters/dynamodb/dynamodb-document-repository.ts';
import { DynamoDbExpertAssignments } from '../../shared/adapters/dynamodb/dynamodb-expert-assignments.ts';
import { DynamoDbProgrammeRepository } from '../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { GuardDutyTagScanner } from '../../shared/adapters/guardduty/guardduty-tag-scanner.ts';
import { s3Client } from '../../shared/adapters/s3/s3-client.ts';
import { S3DocumentStore } from '../../shared/adapters/s3/s3-document-store.ts';
import { CatalogueCache } from '../../shared/catalogue/catalogue-cache.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import type { MalwareScanner } from '../../shared/documents/ports/malware-scanner.ts';
import { EicarStandInScanner } from '../../shared/documents/scanning/eicar-stand-in-scanner.ts';
import type { DocumentsDependencies } from '../../shared/documents/use-cases/documents-dependencies.ts';

/** Created once per Lambda container, at cold start, and shared by every invocation. */
const tableName = requireEnv(ENV.tableName);
const bucket = requireEnv(ENV.documentsBucket);
const client = documentClient();
const store = new S3DocumentStore(s3Client(), bucket);
const clock = () => new Date();

/** Chosen explicitly by the deployment: a missing or unknown value fails the cold start, never silently scans nothing. */
const scanner = (kind: string): MalwareScanner => {
  if (kind === 'guardduty') return new GuardDutyTagScanner(s3Client(), bucket);
  if (kind === 'stand-in') return new EicarStandInScanner(store);
  throw new Error(`${ENV.malwareScanner} must be 'guardduty' or 'stand-in', not '${kind}'`);
};

export const documents: DocumentsDependencies = {
  applications: new DynamoDbApplicationRepository(client, tableName),
  // Document requirements through the per-container catalogue cache: an edit reaches uploads within
  // its TTL (catalogue-cache.ts); refreshes read eventually consistently.
  programmes: new CatalogueCache(new DynamoDbProgrammeRepository(client, tableName, { consistentFind: false }), { clock }),
  documents: new DynamoDbDocumentRepository(client, tableName),
  store,
  scanner: scanner(requireEnv(ENV.malwareScanner)),
  experts: new DynamoDbExpertAssignments(client, tableName),
  clock,
  newId: randomUUID,
};
