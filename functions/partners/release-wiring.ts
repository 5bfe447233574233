import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { cachedProgrammes, cachedSeasons } from '../../shared/adapters/dynamodb/cached-catalogue.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbDisclosureLog } from '../../shared/adapters/dynamodb/dynamodb-disclosure-log.ts';
import { DynamoDbMachineClients } from '../../shared/adapters/dynamodb/dynamodb-machine-clients.ts';
import { DynamoDbMailQueue } from '../../shared/adapters/dynamodb/dynamodb-mail-queue.ts';
import { DynamoDbReleaseExports } from '../../shared/adapters/dynamodb/dynamodb-release-exports.ts';
import { DynamoDbReleaseStore } from '../../shared/adapters/dynamodb/dynamodb-release-store.ts';
import { dynamoDbReleaseSubjects } from '../../shared/adapters/dynamodb/dynamodb-release-subjects.ts';
import { lazyReleaseExportFiles } from '../../shared/adapters/s3/lazy-release-export-files.ts';
import { applicationAccessCheck } from '../../shared/applications/use-cases/load-application-context.ts';
import { staffedSeasonCheck } from '../../shared/catalogue/use-cases/staffed-season.ts';
import type { PartnerOrganisationResolver } from '../../shared/partners/ports/partner-organisation-resolver.ts';
import type { PartnerOrganisations } from '../../shared/partners/ports/partner-organisations.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import type { ReleaseDependencies } from '../../shared/releases/use-cases/release-dependencies.ts';

/**
 * What the release routes reach outside pure code for: loaded at the first of them, in a chunk of
 * its own, so the registry's routes never read the releases' adapters and schemas. The S3 client
 * loads later still, at the first export or download.
 */
export const releaseWiring = (
  client: DynamoDBDocumentClient,
  tableName: string,
  shared: { readonly organisations: PartnerOrganisations; readonly resolver: PartnerOrganisationResolver; readonly clock: () => Date },
): ReleaseDependencies => {
  const { clock } = shared;
  const programmes = cachedProgrammes(client, tableName, clock);
  const seasons = cachedSeasons(client, tableName, clock);
  const access = applicationAccessCheck({ applications: new DynamoDbApplicationRepository(client, tableName), programmes, seasons });
  const staffedSeasons = staffedSeasonCheck({ programmes, seasons });
  return {
    releases: new DynamoDbReleaseStore(client, tableName),
    subjects: dynamoDbReleaseSubjects(client, tableName),
    // Kept as long as the deployment keeps personal data.
    disclosures: new DynamoDbDisclosureLog(client, tableName, Number(requireEnv(ENV.personalDataRetentionDays))),
    organisations: shared.organisations,
    partnerResolver: shared.resolver,
    machineClients: new DynamoDbMachineClients(client, tableName),
    exports: new DynamoDbReleaseExports(client, tableName),
    exportFiles: lazyReleaseExportFiles(() => requireEnv(ENV.documentsBucket)),
    // The catalogue's staff scope and the applications' access rules, plugged into the port releases declare for them.
    staffAccess: {
      staffedSeason: (identity, seasonId) => staffedSeasons.staffedSeason(identity, seasonId),
      staffedApplication: async (identity, applicationId) => (await access.load(identity, applicationId, ['staff'])).application,
    },
    mailQueue: new DynamoDbMailQueue(client, tableName),
    newId: randomUUID,
    clock,
  };
};
