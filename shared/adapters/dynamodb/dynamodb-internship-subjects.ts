import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Application } from '../../applications/application-schema.ts';
import type { ProgrammeRepository } from '../../catalogue/ports/programme-repository.ts';
import type { SeasonRepository } from '../../catalogue/ports/season-repository.ts';
import type { InternshipSubject, InternshipSubjects } from '../../internships/ports/internship-subjects.ts';
import { applicationKey } from '../../platform/keys/keys.ts';
import { batchGetAll } from './batch-get.ts';
import { DynamoDbApplicationRepository } from './dynamodb-application-repository.ts';
import { toApplication } from './dynamodb-application-items.ts';

/**
 * An application (one GetItem) with its programme and season through the container's cache; a page
 * of an offer's candidates reads its applications in one BatchGet.
 */
export const dynamoDbInternshipSubjects = (
  client: DynamoDBDocumentClient,
  tableName: string,
  catalogue: { readonly programmes: Pick<ProgrammeRepository, 'find'>; readonly seasons: Pick<SeasonRepository, 'find'> },
): InternshipSubjects => {
  const applications = new DynamoDbApplicationRepository(client, tableName);
  return {
    async find(applicationId: string): Promise<InternshipSubject | undefined> {
      const application = await applications.find(applicationId);
      if (application === undefined) return undefined;
      const [programme, season] = await Promise.all([
        catalogue.programmes.find(application.programmeId),
        catalogue.seasons.find(application.seasonId),
      ]);
      if (programme === undefined || season === undefined) return undefined;
      return { application, programme, season };
    },
    async applications(applicationIds: readonly string[]): Promise<ReadonlyMap<string, Application>> {
      const items = await batchGetAll(
        client,
        tableName,
        [...new Set(applicationIds)].map((id) => ({ ...applicationKey(id) })),
      );
      return new Map(items.map(toApplication).map((application) => [application.id, application]));
    },
  };
};
