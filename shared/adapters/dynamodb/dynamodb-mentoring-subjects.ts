import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProgrammeRepository } from '../../catalogue/ports/programme-repository.ts';
import type { SeasonRepository } from '../../catalogue/ports/season-repository.ts';
import type { MentoringSubject, MentoringSubjects } from '../../mentoring/ports/mentoring-subjects.ts';
import { profileKey } from '../../platform/keys/keys.ts';
import { batchGetAll } from './batch-get.ts';
import { DynamoDbApplicationRepository } from './dynamodb-application-repository.ts';
import { DynamoDbProfileRepository, toProfile } from './dynamodb-profile-repository.ts';

/**
 * An application (one strongly consistent GetItem: pairing decides on its stage) with its
 * applicant's profile and its programme and season through the container's cache; a stage's page
 * through the season's sharded staff index; a page's profiles in one BatchGet.
 */
export const dynamoDbMentoringSubjects = (
  client: DynamoDBDocumentClient,
  tableName: string,
  catalogue: { readonly programmes: Pick<ProgrammeRepository, 'find'>; readonly seasons: Pick<SeasonRepository, 'find'> },
): MentoringSubjects => {
  const applications = new DynamoDbApplicationRepository(client, tableName);
  const profiles = new DynamoDbProfileRepository(client, tableName);
  return {
    async find(applicationId: string): Promise<MentoringSubject | undefined> {
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
