import { cachedProgrammes, cachedSeasons } from '../../shared/adapters/dynamodb/cached-catalogue.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbInternshipStore } from '../../shared/adapters/dynamodb/dynamodb-internship-store.ts';
import { dynamoDbInternshipSubjects } from '../../shared/adapters/dynamodb/dynamodb-internship-subjects.ts';
import { DynamoDbPartnerOrganisations } from '../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { dynamoDbCandidateScores } from '../../shared/adapters/dynamodb/dynamodb-candidate-scores.ts';
import { dynamoDbRubricScores } from '../../shared/adapters/dynamodb/dynamodb-rubric-scores.ts';
import { partnerOrganisationResolver } from '../../shared/partners/use-cases/resolve-partner-organisation.ts';
import { staffedSeasonCheck } from '../../shared/catalogue/use-cases/staffed-season.ts';
import type { InternshipDependencies } from '../../shared/internships/use-cases/internship-dependencies.ts';
import { DynamoDbMatchingRuns } from '../../shared/adapters/dynamodb/dynamodb-matching-runs.ts';
import { placementOffersFrom } from '../../shared/adapters/dynamodb/dynamodb-placement-offers.ts';
import { dynamoDbPlacementRecipients } from '../../shared/adapters/dynamodb/dynamodb-placement-recipients.ts';
import { DynamoDbPlacements } from '../../shared/adapters/dynamodb/dynamodb-placements.ts';
import { dynamoDbApplicantRecords } from '../../shared/adapters/dynamodb/dynamodb-applicant-records.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbEducationCatalogue } from '../../shared/adapters/dynamodb/dynamodb-education-catalogue.ts';
import { DynamoDbEducationProgress } from '../../shared/adapters/dynamodb/dynamodb-education-progress.ts';
import { DynamoDbTeams } from '../../shared/adapters/dynamodb/dynamodb-teams.ts';
import { lazySfnWorkflowStarter } from '../../shared/adapters/sfn/lazy-workflow-starter.ts';
import { currentShortlist } from '../../shared/education/use-cases/current-shortlist.ts';
import type { MatchingRunDependencies } from '../../shared/internships/use-cases/matching-runs/matching-run-dependencies.ts';
import type { PlacementDependencies } from '../../shared/internships/use-cases/placements/placement-dependencies.ts';
import { moveOnPlacement } from '../../shared/progression/use-cases/transitions/move-on-placement.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';

/** Everything the internships function's routes reach outside pure code for. */
export interface InternshipsWiring {
  readonly internships: InternshipDependencies;
  /** The matching runs' routes, built at the first of them. */
  readonly matchingRuns: () => MatchingRunDependencies;
  /** The placements' routes, built at the first of them. */
  readonly placements: () => PlacementDependencies;
}

/** Built once per Lambda container, at the first call that needs it, and shared by every invocation. */
export const wiring: () => InternshipsWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const clock = () => new Date();
  const programmes = cachedProgrammes(client, tableName, clock);
  const seasons = cachedSeasons(client, tableName, clock);
  const organisations = new DynamoDbPartnerOrganisations(client, tableName);
  const store = new DynamoDbInternshipStore(client, tableName);
  const staffedSeasons = staffedSeasonCheck({ programmes, seasons });
  const workflows = lazySfnWorkflowStarter();
  return {
    internships: {
      store,
      // Hosts reach a season without a staff scope: the catalogue's records through the container's cache.
      seasons: {
        find: async (seasonId) => {
          const season = await seasons.find(seasonId);
          const programme = season === undefined ? undefined : await programmes.find(season.programmeId);
          return season === undefined || programme === undefined ? undefined : { season, programme };
        },
      },
      staffedSeasons,
      // The partner registry (shared/partners), read strongly: staff register a host right before it publishes.
      organisations,
      partnerOrganisation: partnerOrganisationResolver({ organisations }),
      subjects: dynamoDbInternshipSubjects(client, tableName, { programmes, seasons }),
      // The reviews' stored scores, which interview panels' scorecards settle into.
      scores: dynamoDbCandidateScores(client, tableName),
      clock,
    },
    matchingRuns: once(() => ({ runs: new DynamoDbMatchingRuns(client, tableName), workflows, staffedSeasons, clock })),
    placements: once(() => {
      // What deciding and starting a placement's move reads (progression's transition machinery), as a score's move does.
      const transitions = {
        applications: new DynamoDbApplicationRepository(client, tableName),
        programmes,
        seasons,
        applicants: dynamoDbApplicantRecords(client, tableName),
        shortlist: currentShortlist({
          catalogues: new DynamoDbEducationCatalogue(client, tableName),
          progress: new DynamoDbEducationProgress(client, tableName),
        }),
        teamMemberships: new DynamoDbTeams(client, tableName),
        rubricScores: dynamoDbRubricScores(client, tableName),
        workflows,
      };
      return {
        placements: new DynamoDbPlacements(client, tableName),
        offers: placementOffersFrom(store),
        staffedSeasons,
        partnerOrganisation: partnerOrganisationResolver({ organisations }),
        programmes,
        seasons,
        organisations,
        recipients: dynamoDbPlacementRecipients(client, tableName, transitions.applicants),
        moves: { move: (request) => moveOnPlacement(transitions, request) },
        clock,
      };
    }),
  };
});
