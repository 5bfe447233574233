import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DataReleases } from '../../progression/ports/data-releases.ts';
import { once } from '../../platform/wiring/once.ts';

/** A placement whose host has the intern, or is about to: the organisation an internship host release goes to. */
const HOSTING = new Set(['accepted', 'started', 'completed']);

/**
 * Progression's release effects, answered by the releases module's use cases over the table (its
 * store, the people's live consent, the registry of partner organisations and, for an internship's
 * host, the application's placement). The code loads at the first release, in a chunk of its own,
 * so a function whose moves rarely release carries none of it at cold start.
 */
export const dynamoDbDataReleases = (client: DynamoDBDocumentClient, tableName: string, releaseValidityDays: number): DataReleases => {
  const load = once(async () => {
    const [releasing, { DynamoDbReleaseStore }, { dynamoDbReleaseSubjects }, { DynamoDbPartnerOrganisations }, { DynamoDbPlacements }] =
      await Promise.all([
        import('../../releases/use-cases/release-application-data.ts'),
        import('./dynamodb-release-store.ts'),
        import('./dynamodb-release-subjects.ts'),
        import('./dynamodb-partner-organisations.ts'),
        import('./dynamodb-placements.ts'),
      ]);
    const placements = new DynamoDbPlacements(client, tableName);
    const deps = {
      releases: new DynamoDbReleaseStore(client, tableName),
      subjects: dynamoDbReleaseSubjects(client, tableName),
      organisations: new DynamoDbPartnerOrganisations(client, tableName),
      // The internships' placements answer who hosts whom: the organisation of the application's latest placement, once accepted.
      hosts: {
        hostsOf: async (applicationId: string) => {
          const placement = await placements.latest(applicationId);
          return placement !== undefined && HOSTING.has(placement.status) ? [placement.hostOrganisation] : [];
        },
      },
      releaseValidityDays,
      clock: () => new Date(),
    };
    return { releasing, deps };
  });
  return {
    effects: ['releaseDataToRegion', 'releaseDataToPartner'],
    release: async (effect, request) => {
      const { releasing, deps } = await load();
      return effect === 'releaseDataToRegion'
        ? releasing.releaseDataToRegion(deps, request)
        : releasing.releaseDataToPartner(deps, request);
    },
  };
};
