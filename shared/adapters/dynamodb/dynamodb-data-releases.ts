import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DataReleases } from '../../progression/ports/data-releases.ts';
import { once } from '../../platform/wiring/once.ts';

/**
 * Progression's release effects, answered by the releases module's use case over the table (its
 * store, the people's live consent and the registry of partner organisations). The code loads at
 * the first release, in a chunk of its own, so a function whose moves rarely release carries none
 * of it at cold start. Only `releaseDataToRegion` is carried out: releasing to an internship's hosts
 * needs placements (releases' ApplicationHosts port), which no capability records yet.
 */
export const dynamoDbDataReleases = (client: DynamoDBDocumentClient, tableName: string, releaseValidityDays: number): DataReleases => {
  const load = once(async () => {
    const [{ releaseDataToRegion }, { DynamoDbReleaseStore }, { dynamoDbReleaseSubjects }, { DynamoDbPartnerOrganisations }] =
      await Promise.all([
        import('../../releases/use-cases/release-application-data.ts'),
        import('./dynamodb-release-store.ts'),
        import('./dynamodb-release-subjects.ts'),
        import('./dynamodb-partner-organisations.ts'),
      ]);
    const deps = {
      releases: new DynamoDbReleaseStore(client, tableName),
      subjects: dynamoDbReleaseSubjects(client, tableName),
      organisations: new DynamoDbPartnerOrganisations(client, tableName),
      releaseValidityDays,
      clock: () => new Date(),
    };
    return { releaseDataToRegion, deps };
  });
  return {
    effects: ['releaseDataToRegion'],
    release: async (effect, request) => {
      if (effect !== 'releaseDataToRegion') throw new Error(`${effect} is not carried out here`);
      const { releaseDataToRegion, deps } = await load();
      return releaseDataToRegion(deps, request);
    },
  };
};
