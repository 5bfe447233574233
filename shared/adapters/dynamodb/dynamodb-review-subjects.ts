import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProgrammeRepository } from '../../catalogue/ports/programme-repository.ts';
import type { SeasonRepository } from '../../catalogue/ports/season-repository.ts';
import type { ReviewSubject, ReviewSubjects } from '../../reviews/ports/review-subjects.ts';
import { DynamoDbApplicationRepository } from './dynamodb-application-repository.ts';
import { profileKey } from '../../platform/keys/keys.ts';
import { batchGetAll } from './batch-get.ts';
import { DynamoDbProfileRepository, toProfile } from './dynamodb-profile-repository.ts';

/**
 * An application, its applicant's profile and its programme and season: two strongly consistent
 * reads (the application, then the profile it names) and the catalogue through the container's
 * cache, which staff's edits reach within its TTL.
 */
export const dynamoDbReviewSubjects = (
  client: DynamoDBDocumentClient,
  tableName: string,
  catalogue: { readonly programmes: Pick<ProgrammeRepository, 'find'>; readonly seasons: Pick<SeasonRepository, 'find'> },
): ReviewSubjects => {
  const applications = new DynamoDbApplicationRepository(client, tableName);
  const profiles = new DynamoDbProfileRepository(client, tableName);
  return {
    async find(applicationId: string): Promise<ReviewSubject | undefined> {
      const application = await applications.find(applicationId);
      if (application === undefined) return undefined;
      const [profile, programme, season] = await Promise.all([
        profiles.find(application.applicantId),
        catalogue.programmes.find(application.programmeId),
        catalogue.seasons.find(application.seasonId),
      ]);
      if (programme === undefined || season === undefined) return undefined;
      return { application, profile, programme, season };
    },
    atStage: (seasonId, stage, page) => applications.listForSeason({ seasonId, stage }, page),
    async profilesOf(applicantIds) {
      const items = await batchGetAll(
        client,
        tableName,
        [...new Set(applicantIds)].map((id) => ({ ...profileKey(id) })),
      );
      return new Map(items.map(toProfile).map((profile) => [profile.applicantId, profile]));
    },
  };
};
