import { randomUUID } from 'node:crypto';
import { cachedProgrammes, cachedSeasons } from '../../shared/adapters/dynamodb/cached-catalogue.ts';
import { DynamoDbScoreExportRuns } from '../../shared/adapters/dynamodb/dynamodb-score-export-runs.ts';
import { lazyScoreExportFiles } from '../../shared/adapters/s3/lazy-score-export-files.ts';
import { staffedSeasonCheck } from '../../shared/catalogue/use-cases/staffed-season.ts';
import type { ScoreExportDependencies } from '../../shared/reviews/use-cases/score-export/score-export-dependencies.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbDocumentRepository } from '../../shared/adapters/dynamodb/dynamodb-document-repository.ts';
import { DynamoDbReviewStore } from '../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import { DynamoDbPendingUploads } from '../../shared/adapters/dynamodb/dynamodb-pending-uploads.ts';
import { DynamoDbFixedWindowThrottle, UPLOAD_RATE_COUNTER } from '../../shared/adapters/dynamodb/dynamodb-fixed-window-throttle.ts';
import { dynamoDbProcessingConsent } from '../../shared/adapters/dynamodb/dynamodb-processing-consent.ts';
import { lazyGuardDutyTagScanner } from '../../shared/adapters/guardduty/lazy-guardduty-tag-scanner.ts';
import { lazyS3DocumentStore } from '../../shared/adapters/s3/lazy-document-store.ts';
import type { DocumentStore } from '../../shared/documents/ports/document-store.ts';
import type { MalwareScanner } from '../../shared/documents/ports/malware-scanner.ts';
import { EicarStandInScanner } from '../../shared/documents/domain/scanning/eicar-stand-in-scanner.ts';
import { UPLOAD_LIMITS } from '../../shared/documents/domain/upload/upload-limits.ts';
import type { DocumentsDependencies } from '../../shared/documents/use-cases/documents-dependencies.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { DynamoDbPartnerOrganisations } from '../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { actingOrganisationId } from '../../shared/partners/use-cases/resolve-partner-organisation.ts';
import { once } from '../../shared/platform/wiring/once.ts';

/** Everything the documents function's routes reach outside pure code for. */
export interface DocumentsWiring {
  readonly documents: DocumentsDependencies;
  /**
   * Links to staff's score exports (the reviews capability makes them): served here, where the S3
   * client already is, built at the first such link.
   */
  readonly scoreExportLinks: () => Pick<ScoreExportDependencies, 'staffedSeasons' | 'scoreExports' | 'exportFiles' | 'clock'>;
}

/** Chosen explicitly by the deployment: a missing or unknown value fails the cold start, never silently scans nothing. */
const scanner = (kind: string, bucket: string, store: DocumentStore): MalwareScanner => {
  if (kind === 'guardduty') return lazyGuardDutyTagScanner(bucket);
  if (kind === 'stand-in') return new EicarStandInScanner(store);
  throw new Error(`${ENV.malwareScanner} must be 'guardduty' or 'stand-in', not '${kind}'`);
};

/**
 * Built once per Lambda container (the handler calls it at cold start) and shared by every
 * invocation. The bucket is the exception: listing documents and assigning experts never touch
 * it, so the S3 client is built at the first upload form, confirmation or download link.
 */
export const wiring: () => DocumentsWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const bucket = requireEnv(ENV.documentsBucket);
  const client = documentClient();
  const store = lazyS3DocumentStore(bucket);
  const clock = () => new Date();
  const programmes = cachedProgrammes(client, tableName, clock);
  const organisations = new DynamoDbPartnerOrganisations(client, tableName);
  return {
    documents: {
      applications: new DynamoDbApplicationRepository(client, tableName),
      // Document requirements through the per-container catalogue cache: an edit reaches uploads within its TTL.
      programmes,
      documents: new DynamoDbDocumentRepository(client, tableName),
      store,
      scanner: scanner(requireEnv(ENV.malwareScanner), bucket, store),
      // The reviews' assignments decide which experts read an application's documents.
      experts: new DynamoDbReviewStore(client, tableName),
      // The partner registry decides whom an organisation's interview scorecard is read for.
      actingOrganisation: { of: (identity) => actingOrganisationId({ organisations }, identity) },
      // The owner's consent state (one GetItem), read live before an upload form or a confirmation.
      consent: dynamoDbProcessingConsent(client, tableName),
      pendingUploads: new DynamoDbPendingUploads(client, tableName),
      uploadThrottle: new DynamoDbFixedWindowThrottle(client, tableName, UPLOAD_RATE_COUNTER),
      uploadLimits: UPLOAD_LIMITS,
      clock,
      newId: randomUUID,
    },
    scoreExportLinks: once(() => ({
      // The catalogue's staff scope, as the export's other routes check it.
      staffedSeasons: staffedSeasonCheck({ programmes, seasons: cachedSeasons(client, tableName, clock) }),
      scoreExports: new DynamoDbScoreExportRuns(client, tableName),
      exportFiles: lazyScoreExportFiles(() => bucket),
      clock,
    })),
  };
});
