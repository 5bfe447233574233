import { randomUUID } from 'node:crypto';
import { cachedProgrammes, cachedSeasons } from '../../shared/adapters/dynamodb/cached-catalogue.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbDisclosureLog } from '../../shared/adapters/dynamodb/dynamodb-disclosure-log.ts';
import { DynamoDbMachineClients } from '../../shared/adapters/dynamodb/dynamodb-machine-clients.ts';
import { DynamoDbMailQueue } from '../../shared/adapters/dynamodb/dynamodb-mail-queue.ts';
import { DynamoDbPartnerOrganisations } from '../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { DynamoDbReleaseExports } from '../../shared/adapters/dynamodb/dynamodb-release-exports.ts';
import { DynamoDbReleaseStore } from '../../shared/adapters/dynamodb/dynamodb-release-store.ts';
import { dynamoDbReleaseSubjects } from '../../shared/adapters/dynamodb/dynamodb-release-subjects.ts';
import { lazyReleaseExportFiles } from '../../shared/adapters/s3/lazy-release-export-files.ts';
import { applicationAccessCheck } from '../../shared/applications/use-cases/load-application-context.ts';
import { staffedSeasonCheck } from '../../shared/catalogue/use-cases/staffed-season.ts';
import type { PartnerOrganisationResolver } from '../../shared/partners/ports/partner-organisation-resolver.ts';
import { partnerOrganisationResolver } from '../../shared/partners/use-cases/resolve-partner-organisation.ts';
import type { PartnerDependencies } from '../../shared/partners/use-cases/partner-dependencies.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { ReleaseDependencies } from '../../shared/releases/use-cases/release-dependencies.ts';

/** Everything the partners function's routes reach outside pure code for. */
export interface PartnersWiring {
  readonly partners: PartnerDependencies;
  /** Which registered organisation a partner caller acts for (their claims checked against the registry). */
  readonly resolver: PartnerOrganisationResolver;
  /** Finalists' data released to organisations, its readers, exports and disclosure log; built at the first such route. */
  readonly releases: () => ReleaseDependencies;
}

/** Built once per Lambda container, at the first call that needs it, and shared by every invocation. */
export const wiring: () => PartnersWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const clock = () => new Date();
  const partners: PartnerDependencies = {
    organisations: new DynamoDbPartnerOrganisations(client, tableName),
    clock,
  };
  const resolver = partnerOrganisationResolver(partners);
  return {
    partners,
    resolver,
    releases: once((): ReleaseDependencies => {
      const programmes = cachedProgrammes(client, tableName, clock);
      const seasons = cachedSeasons(client, tableName, clock);
      const access = applicationAccessCheck({ applications: new DynamoDbApplicationRepository(client, tableName), programmes, seasons });
      const staffedSeasons = staffedSeasonCheck({ programmes, seasons });
      return {
        releases: new DynamoDbReleaseStore(client, tableName),
        subjects: dynamoDbReleaseSubjects(client, tableName),
        disclosures: new DynamoDbDisclosureLog(client, tableName, Number(requireEnv(ENV.personalDataRetentionDays))),
        organisations: partners.organisations,
        partnerResolver: resolver,
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
    }),
  };
});
