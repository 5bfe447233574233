import { cachedProgrammes, cachedSeasons } from '../../shared/adapters/dynamodb/cached-catalogue.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbInternshipStore } from '../../shared/adapters/dynamodb/dynamodb-internship-store.ts';
import { dynamoDbInternshipSubjects } from '../../shared/adapters/dynamodb/dynamodb-internship-subjects.ts';
import { DynamoDbPartnerOrganisations } from '../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { dynamoDbRubricScores } from '../../shared/adapters/dynamodb/dynamodb-rubric-scores.ts';
import { staffedSeasonCheck } from '../../shared/catalogue/use-cases/staffed-season.ts';
import type { InternshipDependencies } from '../../shared/internships/use-cases/internship-dependencies.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';

/** Everything the internships function's routes reach outside pure code for. */
export interface InternshipsWiring {
  readonly internships: InternshipDependencies;
}

/** Built once per Lambda container, at the first call that needs it, and shared by every invocation. */
export const wiring: () => InternshipsWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const clock = () => new Date();
  const programmes = cachedProgrammes(client, tableName, clock);
  const seasons = cachedSeasons(client, tableName, clock);
  return {
    internships: {
      store: new DynamoDbInternshipStore(client, tableName),
      // Hosts reach a season without a staff scope: the catalogue's records through the container's cache.
      seasons: {
        find: async (seasonId) => {
          const season = await seasons.find(seasonId);
          const programme = season === undefined ? undefined : await programmes.find(season.programmeId);
          return season === undefined || programme === undefined ? undefined : { season, programme };
        },
      },
      staffedSeasons: staffedSeasonCheck({ programmes, seasons }),
      // The partner registry (shared/partners), read strongly: staff register a host right before it publishes.
      organisations: new DynamoDbPartnerOrganisations(client, tableName),
      subjects: dynamoDbInternshipSubjects(client, tableName, { programmes, seasons }),
      // The reviews' stored scores, which interview panels' scorecards settle into.
      scores: dynamoDbRubricScores(client, tableName),
      clock,
    },
  };
});
