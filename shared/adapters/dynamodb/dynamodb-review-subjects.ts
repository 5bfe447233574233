import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProgrammeRepository } from '../../catalogue/ports/programme-repository.ts';
import type { SeasonRepository } from '../../catalogue/ports/season-repository.ts';
import type { ReviewApplicant, ReviewSubject, ReviewSubjects } from '../../reviews/ports/review-subjects.ts';
import { DynamoDbApplicationRepository } from './dynamodb-application-repository.ts';
import type { Profile } from '../../applicants/domain/profile/profile-schema.ts';
import { ENTITY, peopleRelationsKey, profileKey } from '../../platform/keys/keys.ts';
import type { PeopleRelation } from '../../relations/people-relation-schema.ts';
import { batchGetAll } from './batch-get.ts';
import { toPeopleRelations } from './dynamodb-people-relations.ts';
import { toProfile } from './dynamodb-profile-repository.ts';

/**
 * An application, its applicant's profile and relations and its programme and season: two strongly
 * consistent reads (the application, then one BatchGet of the profile and the relations it names)
 * and the catalogue through the container's cache, which staff's edits reach within its TTL.
 */
export const dynamoDbReviewSubjects = (
  client: DynamoDBDocumentClient,
  tableName: string,
  catalogue: { readonly programmes: Pick<ProgrammeRepository, 'find'>; readonly seasons: Pick<SeasonRepository, 'find'> },
): ReviewSubjects => {
  const applications = new DynamoDbApplicationRepository(client, tableName);
  /** Each applicant's profile and RELATIONS items, neighbours in their partition, in one BatchGet per 50 applicants. */
  const applicantsOf = async (applicantIds: readonly string[]): Promise<ReadonlyMap<string, ReviewApplicant>> => {
    const ids = [...new Set(applicantIds)];
    const items = await batchGetAll(
      client,
      tableName,
      ids.flatMap((id) => [{ ...profileKey(id) }, { ...peopleRelationsKey(id) }]),
    );
    const profiles = new Map<string, Profile>();
    const relations = new Map<string, PeopleRelation[]>();
    for (const item of items) {
      if (item['entity'] === ENTITY.peopleRelations) relations.set(String(item['applicantId']), toPeopleRelations(item));
      else {
        const profile = toProfile(item);
        profiles.set(profile.applicantId, profile);
      }
    }
    return new Map(ids.map((id) => [id, { profile: profiles.get(id), relations: relations.get(id) ?? [] }]));
  };
  return {
    async find(applicationId: string): Promise<ReviewSubject | undefined> {
      const application = await applications.find(applicationId);
      if (application === undefined) return undefined;
      const [applicants, programme, season] = await Promise.all([
        applicantsOf([application.applicantId]),
        catalogue.programmes.find(application.programmeId),
        catalogue.seasons.find(application.seasonId),
      ]);
      if (programme === undefined || season === undefined) return undefined;
      const applicant = applicants.get(application.applicantId) ?? { profile: undefined, relations: [] };
      return { application, ...applicant, programme, season };
    },
    atStage: (seasonId, stage, page) => applications.listForSeason({ seasonId, stage }, page),
    applicantsOf,
  };
};
