import { cachedProgrammes, cachedSeasons } from '../../shared/adapters/dynamodb/cached-catalogue.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbInternshipStore } from '../../shared/adapters/dynamodb/dynamodb-internship-store.ts';
import { DynamoDbKpiActuals } from '../../shared/adapters/dynamodb/dynamodb-kpi-actuals.ts';
import { DynamoDbMentorPool } from '../../shared/adapters/dynamodb/dynamodb-mentor-pool.ts';
import { DynamoDbPartnerOrganisations } from '../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { DynamoDbPlacements } from '../../shared/adapters/dynamodb/dynamodb-placements.ts';
import { DynamoDbSeasonCounts } from '../../shared/adapters/dynamodb/dynamodb-season-counts.ts';
import { partnerOrganisationResolver } from '../../shared/partners/use-cases/resolve-partner-organisation.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { readEveryPage } from '../../shared/platform/paging/read-every-page.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { ReportDependencies } from '../../shared/reports/use-cases/report-dependencies.ts';

/** Built once per Lambda container, at the first call, and shared by every invocation. */
export const wiring: () => ReportDependencies = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const clock = () => new Date();
  const programmes = cachedProgrammes(client, tableName, clock);
  const seasons = cachedSeasons(client, tableName, clock);
  const placements = new DynamoDbPlacements(client, tableName);
  const mentorPool = new DynamoDbMentorPool(client, tableName);
  const offers = new DynamoDbInternshipStore(client, tableName);
  return {
    // Partners reach a season without a staff scope: the catalogue's records through the container's cache.
    seasons: {
      find: async (seasonId) => {
        const season = await seasons.find(seasonId);
        const programme = season === undefined ? undefined : await programmes.find(season.programmeId);
        return season === undefined || programme === undefined ? undefined : { season, programme };
      },
    },
    counts: new DynamoDbSeasonCounts(client, tableName),
    partners: partnerOrganisationResolver({ organisations: new DynamoDbPartnerOrganisations(client, tableName) }),
    // The internships' exact placement counters (one item), the mentoring pool's tier counts (one item).
    internships: { completed: async (seasonId) => (await placements.kpis(seasonId)).completed },
    mentorPools: { sizes: (seasonId) => mentorPool.tiers(seasonId) },
    // A season's approved offers, a page at a time: thousands at most, whatever the number of applications.
    hostOrganisations: {
      count: async (seasonId) => {
        const approved = await readEveryPage((page) => offers.offers(seasonId, { status: 'approved' }, page), 100);
        return new Set(approved.map((offer) => offer.hostOrganisation)).size;
      },
    },
    kpiActuals: new DynamoDbKpiActuals(client, tableName),
    clock,
  };
});
